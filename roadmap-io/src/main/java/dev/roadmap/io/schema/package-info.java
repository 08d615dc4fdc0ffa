/** The JSON Schemas of {@code roadmap/1} and {@code roadmap-plan/1}, shipped in this package's resources. */
package dev.roadmap.io.schema;
