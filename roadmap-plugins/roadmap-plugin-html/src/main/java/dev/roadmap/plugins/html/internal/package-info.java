/**
 * Implementation of the HTML report: escaping, track colours, the Gantt and DAG drawings and the page.
 * Not API; may change in any release.
 *
 * <h2>Why not Eclipse ELK for the DAG</h2>
 * ELK's layered algorithm ({@code org.eclipse.elk:org.eclipse.elk.alg.layered:0.9.1}) resolves from
 * Maven Central and does run without OSGi (register {@code LayeredMetaDataProvider} with
 * {@code LayoutMetaDataService}, then {@code RecursiveGraphLayoutEngine}). It was not adopted: it brings
 * about 8.5 MB of jars (ELK core, graph and common, EMF ecore/common/xmi, Guava and its annotation jars)
 * into a plugin that otherwise depends on nothing but roadmap-core, and in a trial it took about nine
 * seconds (cold JVM, two cores) to lay out a 300-skill, 600-link graph, which a command-line export
 * should not. Roadmap DAGs need only the classic Sugiyama steps, done here in
 * {@link dev.roadmap.plugins.html.internal.LayeredLayout}: longest-path layers from
 * {@code PrerequisiteGraph.levels()}, dummy vertices on long edges, and barycentre crossing reduction
 * over a few sweeps, keeping the best order seen; then each box is placed along its layer as near as
 * the order allows to the mean place of its neighbours (a least-squares fit per layer, a few passes),
 * so chains come out straight. It lays out the same graph in well under a second.
 * One refinement over plain longest-path layers: a skill with no prerequisites is drawn in the layer
 * just before its earliest dependent rather than in the first layer, which shortens the edges of
 * skills first needed late in the roadmap ({@code DagSvg.pullSourcesRight}).
 */
package dev.roadmap.plugins.html.internal;
