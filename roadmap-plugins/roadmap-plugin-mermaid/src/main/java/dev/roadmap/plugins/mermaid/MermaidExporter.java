package dev.roadmap.plugins.mermaid;

import dev.roadmap.core.ChoiceOption;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a roadmap's prerequisite graph as a Mermaid flowchart ({@code flowchart TD}).
 *
 * <p>Each skill is a node {@code n<index>} (its document index, so any skill id is safe) labelled
 * with its title and effort; each group is a {@code subgraph g<index>} (nested as the groups nest);
 * {@code requires} are solid arrows from the prerequisite to the skill, {@code recommends} dotted
 * arrows. Node classes mark status and role: {@code done}, {@code doing}, {@code skipped},
 * {@code optional} (dashed border) and {@code choice} (a skill belonging to a choice option: dashed,
 * blue). Labels are quoted and every character a Mermaid parser could take as syntax is written as
 * an entity code ({@code #quot;}, {@code #35;}), so any title renders as written. The roadmap
 * title goes into the front matter. Prerequisites naming no skill are left out.
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF line ends and never closes the stream.
 *
 * <pre>{@code
 * String mermaid = new MermaidExporter().writeToString(roadmap);
 * }</pre>
 */
public final class MermaidExporter extends AbstractRoadmapExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("mermaid", "Mermaid flowchart (prerequisites)",
            "mmd", "mermaid");

    /** Creates the exporter. */
    public MermaidExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("---\ntitle: " + MermaidText.yamlQuoted(roadmap.title()) + "\n---\nflowchart TD\n");
        GroupTree layout = GroupTree.of(roadmap);
        for (int g : layout.roots()) {
            writeGroup(w, roadmap, layout, g, 1);
        }
        for (int s : layout.ungrouped()) {
            writeNode(w, roadmap.skill(s), s, 1);
        }
        for (int s = 0; s < roadmap.size(); s++) {
            Skill skill = roadmap.skill(s);
            writeEdges(w, roadmap, skill.requires(), s, " --> ");
            writeEdges(w, roadmap, skill.recommends(), s, " -.-> ");
        }
        writeClasses(w, roadmap);
        w.flush();
    }

    private static void writeGroup(Writer w, Roadmap roadmap, GroupTree layout, int g, int depth) throws IOException {
        String indent = "    ".repeat(depth);
        w.write(indent + "subgraph g" + g + "[\"" + label(layout.groups().get(g).title(), layout.groups().get(g).id()) + "\"]\n");
        for (int child : layout.children(g)) {
            writeGroup(w, roadmap, layout, child, depth + 1);
        }
        for (int s : layout.skills(g)) {
            writeNode(w, roadmap.skill(s), s, depth + 1);
        }
        w.write(indent + "end\n");
    }

    private static void writeNode(Writer w, Skill skill, int index, int depth) throws IOException {
        String effort = effortText(skill);
        String text = label(skill.title(), skill.id().value()) + (effort.isEmpty() ? "" : "<br>" + MermaidText.label(effort));
        w.write("    ".repeat(depth) + "n" + index + "[\"" + text + "\"]\n");
    }

    private static void writeEdges(Writer w, Roadmap roadmap, List<SkillId> from, int to, String arrow) throws IOException {
        for (SkillId id : from) {
            int source = roadmap.indexOf(id);
            if (source >= 0) {
                w.write("    n" + source + arrow + "n" + to + "\n");
            }
        }
    }

    private static void writeClasses(Writer w, Roadmap roadmap) throws IOException {
        BitSet choice = new BitSet();
        roadmap.choices().forEach(c -> c.options().stream().map(ChoiceOption::skills).flatMap(List::stream)
                .mapToInt(roadmap::indexOf).filter(i -> i >= 0).forEach(choice::set));
        List<String> lines = new ArrayList<>();
        for (Status status : List.of(Status.DONE, Status.DOING, Status.SKIPPED)) {
            classLine(lines, status.id(), roadmap, s -> roadmap.skill(s).status() == status);
        }
        classLine(lines, "optional", roadmap, s -> roadmap.skill(s).optional());
        classLine(lines, "choice", roadmap, choice::get);
        w.write("    classDef done fill:#d3f9d8,stroke:#2b8a3e,color:#1b4d2b\n");
        w.write("    classDef doing fill:#fff3bf,stroke:#e67700\n");
        w.write("    classDef skipped fill:#f1f3f5,stroke:#adb5bd,color:#868e96\n");
        w.write("    classDef optional stroke-dasharray:5 5\n");
        w.write("    classDef choice stroke:#1c7ed6,stroke-dasharray:2 2\n");
        for (String line : lines) {
            w.write(line);
        }
    }

    private static void classLine(List<String> lines, String name, Roadmap roadmap, java.util.function.IntPredicate member) {
        String nodes = java.util.stream.IntStream.range(0, roadmap.size()).filter(member).mapToObj(i -> "n" + i)
                .collect(Collectors.joining(","));
        if (!nodes.isEmpty()) {
            lines.add("    class " + nodes + " " + name + "\n");
        }
    }

    /** @return the escaped title, or the escaped fallback when the title is blank (an empty label does not parse) */
    private static String label(String title, String fallback) {
        String text = MermaidText.label(title);
        return text.isBlank() ? MermaidText.label(fallback) : text;
    }

    static String effortText(Skill skill) {
        if (skill.rigidPace().isPresent()) {
            var pace = skill.rigidPace().get();
            String hours = pace.hoursPerWeek().entrySet().stream().sorted(Map.Entry.comparingByKey()) // Map.of order varies by run
                    .map(e -> Numbers.hours(e.getValue()) + "h " + e.getKey()).collect(Collectors.joining(", "));
            return pace.weeks() + (pace.weeks() == 1 ? " week" : " weeks") + " at " + hours + " a week";
        }
        if (!skill.effortNotation().isEmpty()) {
            return skill.effortNotation();
        }
        return skill.effort().map(e -> e.toNotation()).orElse("");
    }
}
