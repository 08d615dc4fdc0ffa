/**
 * Reading and writing roadmaps in any available format: {@link dev.roadmap.io.Formats} detects a document's format and picks exporters.
 */
package dev.roadmap.io;
