/**
 * Implementation support of the table and Markdown readers (phrase scanning). Not part of the API;
 * may change in any release.
 */
package dev.roadmap.io.table.internal;
