/**
 * The inline parser of the importer's parser: paragraphs and headings whose content cannot hold inline
 * markup get their text nodes directly, everything else goes to commonmark-java 0.24's own inline
 * parser; the trees are the same. Not part of the API; may change in any release.
 */
package dev.roadmap.io.markdown.internal.inline;
