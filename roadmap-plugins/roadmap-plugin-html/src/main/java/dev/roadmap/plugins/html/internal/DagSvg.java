package dev.roadmap.plugins.html.internal;

import static dev.roadmap.core.text.XmlText.escape;
import static dev.roadmap.plugins.html.internal.Markup.num;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prerequisite DAG as SVG: layers from left to right ({@link LayeredLayout}), one box per skill
 * coloured by track, hard prerequisites as arrows routed through the layers they cross. Done and
 * skipped skills are drawn with a tick or dashed; skills the plan leaves out are faded.
 */
public final class DagSvg {
    /** Width of a skill box. */
    static final int NODE_WIDTH = 180;
    private static final int NODE_HEIGHT = 22;
    private static final int REAL_SLOT = 30;
    private static final int DUMMY_SLOT = 12;
    private static final int GAP = 70;
    private static final int MARGIN = 12;
    private static final int LABEL_CHARS = 24;
    /** Barycentre sweeps; more rarely removes further crossings on roadmap-sized graphs. */
    static final int SWEEPS = 6;
    /** Passes that pull each box towards its neighbours; a few settle roadmap-sized graphs. */
    static final int PLACEMENT_PASSES = 4;

    private DagSvg() {
    }

    /**
     * @param plan    the plan (to fade the skills it leaves out)
     * @param roadmap the roadmap
     * @param palette track colours
     * @return the {@code <svg>} element, well-formed XML
     */
    public static String render(Plan plan, Roadmap roadmap, Palette palette) {
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        int n = roadmap.size();
        int[] levels = pullSourcesRight(graph, graph.levels());
        List<int[]> edges = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            for (int u : graph.prerequisitesOf(v)) {
                edges.add(new int[] {u, v});
            }
        }
        LayeredLayout layout = LayeredLayout.of(levels, edges, SWEEPS);
        int total = layout.vertexCount();
        double[] size = new double[total];
        for (int v = 0; v < total; v++) {
            size[v] = layout.isDummy(v) ? DUMMY_SLOT : REAL_SLOT;
        }
        double[] y = layout.coordinates(size, PLACEMENT_PASSES);
        double[] x = new double[total];
        double tallest = 0;
        for (int v = 0; v < total; v++) {
            y[v] += MARGIN;
            x[v] = MARGIN + layout.layerOf(v) * (NODE_WIDTH + GAP);
            tallest = Math.max(tallest, y[v] + size[v] / 2 - MARGIN);
        }
        int width = (int) Math.ceil(2 * MARGIN + Math.max(layout.layerCount(), 1) * (NODE_WIDTH + GAP) - GAP);
        int height = (int) Math.ceil(2 * MARGIN + Math.max(tallest, REAL_SLOT));
        Set<SkillId> planned = plan.skills().stream().map(s -> s.id()).collect(Collectors.toSet());

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"dag\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"Prerequisites of ")
                .append(n).append(" skills in ").append(layout.layerCount()).append(" layers\">\n");
        b.append("<title>Prerequisites: ").append(n).append(" skills, ").append(edges.size()).append(" links, ")
                .append(layout.layerCount()).append(" layers</title>\n");
        b.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
                .append(" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
        b.append("<g class=\"edges\">\n");
        for (int[] chain : layout.chains()) {
            Skill from = roadmap.skill(chain[0]);
            Skill to = roadmap.skill(chain[chain.length - 1]);
            b.append("<path class=\"edge\" d=\"").append(route(chain, x, y)).append("\" marker-end=\"url(#arrow)\"><title>")
                    .append(escape(title(from) + " \u2192 " + title(to))).append("</title></path>\n");
        }
        b.append("</g>\n<g class=\"nodes\">\n");
        for (int v = 0; v < n; v++) {
            Skill s = roadmap.skill(v);
            String cls = "node" + (s.status() == Status.DONE ? " done" : "") + (s.status() == Status.SKIPPED ? " skipped" : "")
                    + (!s.status().isClosed() && !planned.contains(s.id()) ? " out" : "");
            String label = (s.status() == Status.DONE ? "\u2713 " : "") + title(s);
            double top = y[v] - NODE_HEIGHT / 2.0;
            b.append("<g class=\"").append(cls).append("\"><title>").append(escape(tooltip(s, planned))).append("</title>")
                    .append("<rect x=\"").append(num(x[v])).append("\" y=\"").append(num(top)).append("\" width=\"")
                    .append(NODE_WIDTH).append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"5\" stroke=\"")
                    .append(palette.colour(s)).append("\"/>")
                    .append("<rect class=\"stripe\" x=\"").append(num(x[v])).append("\" y=\"").append(num(top))
                    .append("\" width=\"5\" height=\"").append(NODE_HEIGHT).append("\" fill=\"").append(palette.colour(s)).append("\"/>")
                    .append("<text x=\"").append(num(x[v] + 10)).append("\" y=\"").append(num(y[v] + 4)).append("\">")
                    .append(escape(Markup.truncate(label, LABEL_CHARS))).append("</text></g>\n");
        }
        b.append("</g>\n</svg>");
        return b.toString();
    }

    /**
     * Longest-path layering puts every skill without prerequisites in the first layer, however late
     * it is first needed, which makes long edges across the whole drawing. Such a skill moves to the
     * layer just before its earliest dependent instead; edges still point forward.
     */
    static int[] pullSourcesRight(PrerequisiteGraph graph, int[] levels) {
        int[] out = levels.clone();
        for (int v = 0; v < out.length; v++) {
            int[] dependents = graph.dependentsOf(v);
            if (graph.prerequisitesOf(v).length == 0 && dependents.length > 0) {
                int earliest = Integer.MAX_VALUE;
                for (int d : dependents) {
                    earliest = Math.min(earliest, levels[d]);
                }
                out[v] = earliest - 1;
            }
        }
        return out;
    }

    /** A path from the source box's right edge through each dummy's column to the target's left edge. */
    private static String route(int[] chain, double[] x, double[] y) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {x[chain[0]] + NODE_WIDTH, y[chain[0]]});
        for (int k = 1; k + 1 < chain.length; k++) {
            points.add(new double[] {x[chain[k]], y[chain[k]]});
            points.add(new double[] {x[chain[k]] + NODE_WIDTH, y[chain[k]]});
        }
        int last = chain[chain.length - 1];
        points.add(new double[] {x[last] - 1, y[last]});
        StringBuilder d = new StringBuilder("M").append(num(points.get(0)[0])).append(',').append(num(points.get(0)[1]));
        for (int i = 1; i < points.size(); i++) {
            double[] p = points.get(i - 1);
            double[] q = points.get(i);
            if (p[1] == q[1]) {
                d.append(" L").append(num(q[0])).append(',').append(num(q[1]));
            } else {
                double mid = (p[0] + q[0]) / 2;
                d.append(" C").append(num(mid)).append(',').append(num(p[1])).append(' ').append(num(mid)).append(',')
                        .append(num(q[1])).append(' ').append(num(q[0])).append(',').append(num(q[1]));
            }
        }
        return d.toString();
    }

    private static String title(Skill s) {
        return s.title().isBlank() ? s.id().value() : s.title();
    }

    private static String tooltip(Skill s, Set<SkillId> planned) {
        String state = switch (s.status()) {
            case DONE -> "done";
            case SKIPPED -> "skipped";
            default -> planned.contains(s.id()) ? s.status().id() : "not in this plan";
        };
        return title(s) + " (" + s.id().value() + ", " + state + ")";
    }
}
