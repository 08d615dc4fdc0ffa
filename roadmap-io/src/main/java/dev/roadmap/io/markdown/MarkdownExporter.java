package dev.roadmap.io.markdown;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Group;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.core.text.MarkdownText;
import dev.roadmap.io.markdown.internal.ChoiceHeading;
import dev.roadmap.io.markdown.internal.ExportedShapes;
import dev.roadmap.io.markdown.internal.PaceText;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.RoadmapExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a roadmap as readable Markdown that {@link MarkdownImporter} reads back: the title and
 * description, the pace and declared total, the skills in reading order as tables (id, skill,
 * track when any skill has one, effort, prerequisites), one per run of skills of the same group
 * under the group's heading, then one section per skill with its description, checklist,
 * resources and projects.
 *
 * <p>Carried through a round trip: title, description, pace (weekly hours), declared total
 * duration, groups (id is re-derived from the title; nesting is flattened), the reading order of
 * the skills, skill ids, titles, descriptions, tracks, effort notations, fixed paces
 * ({@code 2 weeks at theory 2 h + practice 4 h a week}), optional flags ({@code (optional)} after
 * the title), groups, requires, topics with done flags, resources, projects and choices (one
 * section per option: {@code Choice path: After the basics / option b: On-device (default)}).
 * Not carried: declared tracks and per-track pace hours, recommends, status, tags and extensions
 * (use the native JSON format for those). See docs/markdown-import.md.
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
        tables(b, r);
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

    /**
     * One table per run of consecutive skills of the same group and choice option, in reading
     * order. A group's run goes under its heading; skills of no group before the first heading sit
     * directly under the title, later ones under an {@value ExportedShapes#UNGROUPED} heading (the
     * importer reads both as no group); a group's later runs under its title plus
     * {@value ExportedShapes#REPEATED_SUFFIX}. A run of one option of a choice goes under a
     * {@link ChoiceHeading} one level below its group's heading, and a run of the same group after
     * it under a {@value ChoiceHeading#CONTINUED} heading.
     */
    private static void tables(StringBuilder b, Roadmap r) {
        Map<String, Group> groups = new HashMap<>();
        r.groups().forEach(g -> groups.put(g.id(), g));
        Map<SkillId, ChoiceHeading> options = options(r);
        Layout layout = new Layout(b, r.skills().stream().anyMatch(s -> !s.track().isEmpty()));
        List<Skill> run = new ArrayList<>();
        for (Skill s : r.skills()) {
            String group = groups.containsKey(s.group()) ? s.group() : "";
            ChoiceHeading option = options.get(s.id());
            if (!run.isEmpty() && (!group.equals(layout.nextGroup) || !java.util.Objects.equals(option, layout.nextOption))) {
                layout.write(run, groups.get(layout.nextGroup));
                run.clear();
            }
            layout.nextGroup = group;
            layout.nextOption = option;
            run.add(s);
        }
        if (!run.isEmpty()) {
            layout.write(run, groups.get(layout.nextGroup));
        }
    }

    /** The option each skill belongs to (its first, when a skill is in several). */
    private static Map<SkillId, ChoiceHeading> options(Roadmap r) {
        Map<SkillId, ChoiceHeading> out = new HashMap<>();
        for (Choice c : r.choices()) {
            for (ChoiceOption o : c.options()) {
                ChoiceHeading h = new ChoiceHeading(c.id(), c.title(), o.id(), o.title(), o.id().equals(c.defaultOption()));
                o.skills().forEach(id -> out.putIfAbsent(id, h));
            }
        }
        return out;
    }

    /** Where the tables are being written: the group and option in effect and whether a heading was written. */
    private static final class Layout {
        final StringBuilder b;
        final boolean tracks;
        String nextGroup = "";
        ChoiceHeading nextOption;
        String group;
        ChoiceHeading option;
        boolean headed;
        String optionLevel = "### ";
        final java.util.Set<String> written = new java.util.HashSet<>();

        Layout(StringBuilder b, boolean tracks) {
            this.b = b;
            this.tracks = tracks;
        }

        void write(List<Skill> run, Group g) {
            boolean leaveTopOption = group != null && group.isEmpty() && option != null && nextOption == null
                    && optionLevel.equals("## ");
            if (!nextGroup.equals(group) || leaveTopOption) {
                if (g != null || headed) {
                    b.append("## ").append(g != null ? inline(g.title()) : ExportedShapes.UNGROUPED);
                    if (g != null && !written.add(g.id())) {
                        b.append(ExportedShapes.REPEATED_SUFFIX);
                    }
                    b.append("\n\n");
                    headed = true;
                    optionLevel = "### ";
                } else {
                    optionLevel = "## ";
                }
            } else if (option != null && nextOption == null) {
                b.append(optionLevel).append(ChoiceHeading.CONTINUED).append("\n\n");
            }
            if (nextOption != null) {
                b.append(optionLevel).append(nextOption.format(MarkdownExporter::inline)).append("\n\n");
                headed |= optionLevel.equals("## ");
            }
            group = nextGroup;
            option = nextOption;
            table(b, run, tracks);
        }
    }

    private static void table(StringBuilder b, List<Skill> skills, boolean tracks) {
        b.append(tracks ? "| ID | Skill | Track | Effort | Prerequisites |\n|----|-------|-------|--------|---------------|\n"
                : "| ID | Skill | Effort | Prerequisites |\n|----|-------|--------|---------------|\n");
        for (Skill s : skills) {
            String requires = s.requires().stream().map(SkillId::value).collect(Collectors.joining(", "));
            String title = s.optional() ? s.title() + ExportedShapes.OPTIONAL_SUFFIX : s.title();
            b.append("| ").append(cell(s.id().value())).append(" | ").append(cell(title)).append(" | ");
            if (tracks) {
                b.append(cell(s.track())).append(" | ");
            }
            b.append(cell(effort(s))).append(" | ").append(cell(requires)).append(" |\n");
        }
        b.append('\n');
    }

    /** The effort as written, else in hours; a fixed pace in the form {@link PaceText} reads back. */
    private static String effort(Skill s) {
        if (s.rigidPace().isPresent()) {
            return PaceText.format(s.rigidPace().get(), s.track());
        }
        return !s.effortNotation().isEmpty() ? s.effortNotation() : s.effort().map(e -> e.toNotation()).orElse("");
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
        return MarkdownText.inline(text);
    }

    private static String cell(String text) {
        return inline(text);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
