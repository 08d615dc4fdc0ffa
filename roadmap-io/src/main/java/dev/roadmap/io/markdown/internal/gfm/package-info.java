/**
 * The GFM table block of the importer's parser: the same nodes as commonmark-java's tables extension
 * ({@code commonmark-ext-gfm-tables} 0.24), without running the inline parser over cells that hold no
 * character that can start inline markup. Not part of the API; may change in any release.
 */
package dev.roadmap.io.markdown.internal.gfm;
