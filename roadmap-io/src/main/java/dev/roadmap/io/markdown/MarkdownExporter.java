package dev.roadmap.io.markdown;

import dev.roadmap.core.Group;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.RoadmapExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a roadmap as readable Markdown that {@link MarkdownImporter} reads back: the title and
 * description, the pace and declared total, one table per group (id, skill, effort, prerequisites),
 * then one section per skill with its description, checklist, resources and projects.
 *
 * <p>Carried through a round trip: title, description, pace (weekly hours), declared total
 * duration, groups (id is re-derived from the title; nesting is flattened), skill ids, titles,
 * descriptions, effort notations, groups, requires, topics with done flags, resources and
 * projects. Not carried: tracks, recommends, status, optional, tags, rigid paces, choices and
 * extensions (use the native JSON format for those).
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF line ends; never closes the stream.
 *
 * <pre>{@code
 * String markdown = new MarkdownExporter().writeToString(roadmap);
 * }</pre>
 */
public final class MarkdownExporter implements RoadmapExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("markdown", "Markdown (tables and checklists)",
            "md", "markdown");

    /** Creates the exporter. */
    public MarkdownExporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(roadmap));
        w.flush();
    }

    private static String render(Roadmap r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(inline(r.title())).append("\n\n");
        if (!r.description().isEmpty()) {
            b.append(inline(r.description())).append("\n\n");
        }
        r.pace().ifPresent(p -> b.append("Pace: ").append(number(p.hoursPerWeek())).append(" hours per week\n\n"));
        if (!r.declared().totalDuration().isEmpty()) {
            b.append("Total duration: ").append(inline(r.declared().totalDuration())).append("\n\n");
        }
        Map<String, List<Skill>> byGroup = new LinkedHashMap<>();
        for (Group g : r.groups()) {
            byGroup.put(g.id(), new ArrayList<>());
        }
        List<Skill> ungrouped = new ArrayList<>();
        for (Skill s : r.skills()) {
            List<Skill> list = byGroup.get(s.group());
            (list == null ? ungrouped : list).add(s);
        }
        if (!ungrouped.isEmpty()) {
            table(b, ungrouped); // under the title: a table outside any heading belongs to no group
        }
        for (Group g : r.groups()) {
            List<Skill> list = byGroup.get(g.id());
            if (list.isEmpty()) {
                continue;
            }
            b.append("## ").append(inline(g.title())).append("\n\n");
            table(b, list);
        }
        boolean details = r.skills().stream().anyMatch(s -> !s.description().isEmpty() || !s.topics().isEmpty()
                || !s.resources().isEmpty() || !s.projects().isEmpty());
        if (details) {
            b.append("## Details\n\n");
            for (Skill s : r.skills()) {
                section(b, s);
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, List<Skill> skills) {
        b.append("| ID | Skill | Effort | Prerequisites |\n|----|-------|--------|---------------|\n");
        for (Skill s : skills) {
            String effort = !s.effortNotation().isEmpty() ? s.effortNotation() : s.effort().map(e -> e.toNotation()).orElse("");
            String requires = s.requires().stream().map(SkillId::value).collect(Collectors.joining(", "));
            b.append("| ").append(cell(s.id().value())).append(" | ").append(cell(s.title())).append(" | ")
                    .append(cell(effort)).append(" | ").append(cell(requires)).append(" |\n");
        }
        b.append('\n');
    }

    private static void section(StringBuilder b, Skill s) {
        if (s.description().isEmpty() && s.topics().isEmpty() && s.resources().isEmpty() && s.projects().isEmpty()) {
            return;
        }
        b.append("### ").append(inline(s.title())).append(" (`").append(s.id().value()).append("`)\n\n");
        if (!s.description().isEmpty()) {
            b.append("Description: ").append(inline(s.description())).append("\n\n");
        }
        if (!s.topics().isEmpty()) {
            b.append("#### Topics\n\n");
            for (Topic t : s.topics()) {
                b.append(t.done() ? "- [x] " : "- [ ] ").append(inline(t.title())).append('\n');
            }
            b.append('\n');
        }
        if (!s.resources().isEmpty()) {
            b.append("#### Resources\n\n");
            for (Resource res : s.resources()) {
                if (res.url().isEmpty()) {
                    b.append("- ").append(inline(res.title())).append('\n');
                } else {
                    b.append("- [").append(inline(res.title())).append("](<").append(res.url().replace(">", "%3E")).append(">)\n");
                }
            }
            b.append('\n');
        }
        if (!s.projects().isEmpty()) {
            b.append("#### Projects\n\n");
            for (Project p : s.projects()) {
                b.append("- **").append(inline(p.title())).append("**");
                if (!p.description().isEmpty()) {
                    b.append(": ").append(inline(p.description()));
                }
                b.append('\n');
            }
            b.append('\n');
        }
    }

    /**
     * Escapes Markdown punctuation that would change the meaning of inline text; {@code &} too, so a title
     * holding an entity reference ({@code &amp;}) is read back as written, not as the character it names.
     */
    static String inline(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                b.append(' ');
                continue;
            }
            if ("\\`*_[]<>#|&".indexOf(c) >= 0 || (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String cell(String text) {
        return inline(text);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
