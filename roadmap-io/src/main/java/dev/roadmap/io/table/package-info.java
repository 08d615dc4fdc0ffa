/**
 * Support shared by the readers of tabular documents (Markdown tables, CSV): the header and cell
 * {@link dev.roadmap.io.table.Vocabulary} kept as per-language resources, and the decision of what
 * each column of a table holds. Public so that format plugins can reuse it; not a format of its own.
 */
package dev.roadmap.io.table;
