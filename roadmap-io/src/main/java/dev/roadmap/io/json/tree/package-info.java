/**
 * A located JSON tree for importers of JSON-based formats (plugins such as roadmap.sh and CASE):
 * {@link dev.roadmap.io.json.tree.JsonTreeReader} reads a document with Jackson's streaming parser
 * under {@link dev.roadmap.spi.ReadLimits}, into {@link dev.roadmap.io.json.tree.Json} values that
 * carry their {@link dev.roadmap.core.SourceLocation}, so every diagnostic can name file, line and
 * column. The native {@code roadmap/1} importer streams instead and does not use it.
 */
package dev.roadmap.io.json.tree;
