/**
 * Implementation shared by the JSON writers of roadmap-io's formats ({@code io.json}, {@code io.report}):
 * not exported, not API. Like {@code io.table} for the table readers, it is support, not a format, so
 * the formats may use it without depending on each other.
 */
package dev.roadmap.io.writing.internal;
