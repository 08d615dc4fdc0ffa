/**
 * Graphviz export: {@link dev.roadmap.plugins.dot.DotExporter} ({@code dot}) writes a roadmap's
 * prerequisite graph as a DOT digraph with one cluster per group and the skill data as node
 * attributes, ready for {@code dot -Tsvg}.
 *
 * <p>The DOT is written by hand, not with JGraphT's jgrapht-io {@code DOTExporter}: in jgrapht-io
 * 1.5.2 (the version matching our jgrapht-core) that exporter writes vertices, edges and attributes
 * but no subgraphs, so it cannot express clusters; subgraph support only arrived in JGraphT after
 * 1.5.2. Writing by hand also keeps JGraphT inside roadmap-core, as the architecture rules require.
 * The tests parse the output back with jgrapht-io's {@code DOTImporter} and, where Graphviz is
 * installed, render it with {@code dot}. Found through {@link java.util.ServiceLoader}; depends on
 * roadmap-core only.
 */
package dev.roadmap.plugins.dot;
