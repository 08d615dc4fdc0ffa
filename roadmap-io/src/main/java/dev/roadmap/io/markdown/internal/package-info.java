/**
 * Implementation of the Markdown format: encoding repair, effort spotting, column roles, table and
 * outline readers, assembly. Not part of the API; may change in any release.
 */
package dev.roadmap.io.markdown.internal;
