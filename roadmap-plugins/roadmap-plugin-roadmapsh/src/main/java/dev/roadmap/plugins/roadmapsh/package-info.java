/**
 * Import of roadmap.sh roadmaps (format id {@code roadmapsh}): {@link dev.roadmap.plugins.roadmapsh.RoadmapShImporter},
 * its {@link dev.roadmap.plugins.roadmapsh.RoadmapShOptions} (default efforts per
 * {@link dev.roadmap.plugins.roadmapsh.NodeKind}, content directory) and the learner's
 * {@link dev.roadmap.plugins.roadmapsh.RoadmapShProgress}.
 */
package dev.roadmap.plugins.roadmapsh;
