/**
 * The native JSON formats: {@code roadmap/1} documents ({@link dev.roadmap.io.json.JsonImporter},
 * {@link dev.roadmap.io.json.JsonExporter}) and {@code roadmap-plan/1} plans
 * ({@link dev.roadmap.io.json.PlanJsonExporter}). All three are found through
 * {@link java.util.ServiceLoader} under the format id {@code json}.
 */
package dev.roadmap.io.json;
