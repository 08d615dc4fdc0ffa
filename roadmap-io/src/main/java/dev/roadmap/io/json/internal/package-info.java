/**
 * Implementation of the native JSON formats: the streaming readers and writers behind
 * {@link dev.roadmap.io.json.JsonImporter}, {@link dev.roadmap.io.json.JsonExporter} and
 * {@link dev.roadmap.io.json.PlanJsonExporter}. Not an API: anything here may change in any release.
 */
package dev.roadmap.io.json.internal;
