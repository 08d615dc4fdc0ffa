/**
 * Test support for format plugins: {@link dev.roadmap.plugins.testkit.FormatContract}, the contract
 * every format provider passes, and {@link dev.roadmap.plugins.testkit.SampleRoadmaps}, small roadmaps
 * and plans (including hostile titles) that plugin tests share. Used in test scope only.
 */
package dev.roadmap.plugins.testkit;
