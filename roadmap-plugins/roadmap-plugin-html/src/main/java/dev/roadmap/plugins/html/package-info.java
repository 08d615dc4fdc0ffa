/**
 * The {@code html} plan exporter: a self-contained HTML report of a plan with SVG pictures of the
 * timeline and the prerequisite DAG. See {@link dev.roadmap.plugins.html.HtmlPlanExporter}; the DAG
 * layout and the reasons for not using Eclipse ELK are described in the {@code internal} package.
 */
package dev.roadmap.plugins.html;
