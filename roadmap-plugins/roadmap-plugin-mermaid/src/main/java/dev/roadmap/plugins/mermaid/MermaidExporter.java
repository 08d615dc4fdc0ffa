package dev.roadmap.plugins.mermaid;

import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.GroupTree;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
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
        layout.walk((g, depth) -> openGroup(w, layout.groups().get(g), g, depth + 1),
                (s, depth) -> writeNode(w, roadmap.skill(s), s, depth + 1),
                (g, depth) -> w.write("    ".repeat(depth + 1) + "end\n"));
        for (int s = 0; s < roadmap.size(); s++) {
            Skill skill = roadmap.skill(s);
            writeEdges(w, roadmap, skill.requires(), s, " --> ");
            writeEdges(w, roadmap, skill.recommends(), s, " -.-> ");
        }
        writeClasses(w, roadmap);
        w.flush();
    }

    private static void openGroup(Writer w, Group group, int g, int depth) throws IOException {
        w.write("    ".repeat(depth) + "subgraph g" + g + "[\"" + label(group.title(), group.id()) + "\"]\n");
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
            return skill.rigidPace().get().describe();
        }
        return skill.effortNotation().isEmpty() ? skill.effort().map(Effort::toNotation).orElse("") : skill.effortNotation();
    }
}
