/**
 * Test support every module can reuse, in test scope only:
 * {@link dev.roadmap.plugins.testkit.FormatContract}, the contract every format provider passes;
 * {@link dev.roadmap.plugins.testkit.PlanContract}, the rules every plan meets, whichever scheduler
 * made it; {@link dev.roadmap.plugins.testkit.Golden}, golden files with a regenerate switch;
 * {@link dev.roadmap.plugins.testkit.Resources}, fixtures read from the test class path; and
 * {@link dev.roadmap.plugins.testkit.SampleRoadmaps}, small roadmaps and plans (including hostile
 * titles) that tests share. Like any plugin it depends on roadmap-core alone.
 */
package dev.roadmap.plugins.testkit;
