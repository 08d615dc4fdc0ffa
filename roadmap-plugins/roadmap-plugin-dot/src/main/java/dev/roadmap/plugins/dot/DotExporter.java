package dev.roadmap.plugins.dot;

import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.GroupTree;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.text.Numbers;
import dev.roadmap.spi.AbstractRoadmapExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Writes a roadmap's prerequisite graph as a Graphviz DOT {@code digraph}.
 *
 * <p>Each skill is a node {@code n<index>} (its document index, so any skill id is safe) labelled
 * with its title and effort, and carrying its data as attributes: {@code skill} (the id),
 * {@code effort} (as written), {@code effort_min_hours} / {@code effort_max_hours} (absent when
 * unknown or open-ended), {@code rigid_weeks}, {@code track}, {@code status} and {@code optional}.
 * Each group is a {@code subgraph cluster_<index>} nested as the groups nest, with {@code label}
 * and a {@code group_id} attribute holding the group id. {@code requires} are solid edges from the
 * prerequisite to the skill and {@code recommends} dashed ones, each with a {@code kind} attribute.
 * Done, in-progress and skipped skills are filled in colours; optional skills and skills of a
 * choice option have dashed borders (choice options in blue). Prerequisites naming no skill are
 * left out.
 *
 * <p>The DOT is written directly rather than with JGraphT's {@code DOTExporter}: jgrapht-io 1.5.2
 * has no subgraph support, so it cannot write clusters (and JGraphT stays in roadmap-core, behind
 * the read-only graph view). Every ID is a quoted string escaped by {@link DotText}.
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF line ends and never closes the stream.
 *
 * <pre>{@code
 * String dot = new DotExporter().writeToString(roadmap);   // then: dot -Tsvg roadmap.dot
 * }</pre>
 */
public final class DotExporter extends AbstractRoadmapExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("dot", "Graphviz DOT (prerequisites)",
            "dot", "gv");

    /** Creates the exporter. */
    public DotExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("digraph " + DotText.quoted(roadmap.id()) + " {\n");
        w.write("    graph [label=" + DotText.label(roadmap.title())
                + ", labelloc=\"t\", rankdir=\"TB\", fontname=\"Helvetica\"];\n");
        w.write("    node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"white\", fontname=\"Helvetica\"];\n");
        w.write("    edge [fontname=\"Helvetica\"];\n");
        BitSet choice = new BitSet();
        roadmap.choices().forEach(c -> c.options().stream().map(ChoiceOption::skills).flatMap(List::stream)
                .mapToInt(roadmap::indexOf).filter(i -> i >= 0).forEach(choice::set));
        GroupTree layout = GroupTree.of(roadmap);
        layout.walk((g, depth) -> openCluster(w, layout.groups().get(g), g, depth + 1),
                (s, depth) -> writeNode(w, roadmap.skill(s), s, choice.get(s), depth + 1),
                (g, depth) -> w.write("    ".repeat(depth + 1) + "}\n"));
        for (int s = 0; s < roadmap.size(); s++) {
            Skill skill = roadmap.skill(s);
            writeEdges(w, roadmap, skill.requires(), s, " [kind=\"requires\"]");
            writeEdges(w, roadmap, skill.recommends(), s, " [kind=\"recommends\", style=\"dashed\"]");
        }
        w.write("}\n");
        w.flush();
    }

    private static void openCluster(Writer w, Group group, int g, int depth) throws IOException {
        String indent = "    ".repeat(depth);
        w.write(indent + "subgraph cluster_" + g + " {\n");
        w.write(indent + "    label=" + DotText.label(group.title()) + ";\n");
        w.write(indent + "    group_id=" + DotText.quoted(group.id()) + ";\n");
    }

    private static void writeNode(Writer w, Skill skill, int index, boolean choice, int depth) throws IOException {
        String effort = effortText(skill);
        List<String> attrs = new ArrayList<>();
        attrs.add("label=" + DotText.label(effort.isEmpty() ? skill.title() : skill.title() + "\n" + effort));
        attrs.add("skill=" + DotText.quoted(skill.id().value()));
        if (!effort.isEmpty()) {
            attrs.add("effort=" + DotText.quoted(effort));
        }
        skill.effort().ifPresent(e -> {
            attrs.add("effort_min_hours=" + DotText.quoted(Numbers.hours(e.minHours())));
            if (!e.openEnded()) {
                attrs.add("effort_max_hours=" + DotText.quoted(Numbers.hours(e.maxHours())));
            }
        });
        skill.rigidPace().ifPresent(p -> attrs.add("rigid_weeks=" + DotText.quoted(Integer.toString(p.weeks()))));
        if (!skill.track().isEmpty()) {
            attrs.add("track=" + DotText.quoted(skill.track()));
        }
        attrs.add("status=" + DotText.quoted(skill.status().id()));
        attrs.add("optional=" + DotText.quoted(Boolean.toString(skill.optional())));
        if (skill.optional() || choice) {
            attrs.add("style=\"rounded,filled,dashed\"");
        }
        if (choice) {
            attrs.add("color=\"#1c7ed6\"");
        }
        String fill = fill(skill.status());
        if (!fill.isEmpty()) {
            attrs.add("fillcolor=\"" + fill + "\"");
        }
        if (skill.status() == Status.SKIPPED) {
            attrs.add("fontcolor=\"#868e96\"");
        }
        w.write("    ".repeat(depth) + "n" + index + " [" + String.join(", ", attrs) + "];\n");
    }

    private static String fill(Status status) {
        return switch (status) {
            case DONE -> "#d3f9d8";
            case DOING -> "#fff3bf";
            case SKIPPED -> "#f1f3f5";
            case TODO -> "";
        };
    }

    private static void writeEdges(Writer w, Roadmap roadmap, List<SkillId> from, int to, String attrs) throws IOException {
        for (SkillId id : from) {
            int source = roadmap.indexOf(id);
            if (source >= 0) {
                w.write("    n" + source + " -> n" + to + attrs + ";\n");
            }
        }
    }

    private static String effortText(Skill skill) {
        if (skill.rigidPace().isPresent()) {
            return skill.rigidPace().get().describe();
        }
        return skill.effortNotation().isEmpty() ? skill.effort().map(Effort::toNotation).orElse("") : skill.effortNotation();
    }
}
