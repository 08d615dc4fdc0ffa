package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Topic;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The outline conventions: headings and list items that carry an effort are skills; checklists
 * and list items beneath a skill are its topics; links are resources; "Project N: X" headings
 * and items under a "Projects" label are projects; "Prerequisites: A, B" lines name prerequisites;
 * option markers ("Path A", "Вариант B") make skills alternatives.
 */
final class OutlineReader {
    enum Mode { TOPICS, RESOURCES, PROJECTS }

    private final ReadContext ctx;
    private final List<Draft> out;

    OutlineReader(ReadContext ctx, List<Draft> out) {
        this.ctx = ctx;
        this.out = out;
    }

    /** @return whether the section's heading makes it a skill candidate */
    private boolean headingCarriesEffort(Section s) {
        return s.heading != null && s.spotted(ctx).isPresent();
    }

    /** @return whether below this section (not counting itself) lie skills of other kinds */
    private boolean hasSkillsBelow(Section s) {
        if (s.children.isEmpty()) {
            return !s.tableDrafts.isEmpty();   // the walk below would see the section alone
        }
        for (Section d : s.preOrder()) {
            if (!d.tableDrafts.isEmpty() || (d != s && d.attached == null && headingCarriesEffort(d))) {
                return true;
            }
        }
        return false;
    }

    void readSection(Section s, int depth) {
        checkDepth(depth, s.line);
        if (s.attached != null) {
            collectSection(s, s.attached, Mode.TOPICS, depth);
            return;
        }
        if (headingCarriesEffort(s) && !hasSkillsBelow(s) && !s.title) {
            Draft d = s.early;
            if (d != null) {
                ctx.countSkill(d.line, d.column);   // read while the walk passed the section (EarlySkills): counted in order here
            } else {
                ctx.countSkill(s.line, s.column);
                d = skillSection(s, depth);
            }
            out.add(d);
            return;
        }
        Draft last = null;
        for (Node block : s.blocks) {
            last = readBlock(block, s, last, depth);
        }
        for (Section c : s.children) {
            readSection(c, depth + 1);
        }
    }

    /**
     * A section whose heading carries an effort and below which lie no other skills: one skill, with
     * everything beneath the heading collected into it. The skill is not counted ({@link ReadContext#countSkill})
     * nor added to the drafts: the caller does both.
     *
     * @param s     the section
     * @param depth its depth (the root's children are at 1)
     * @return its skill, also set as {@code s.skill}
     */
    Draft skillSection(Section s, int depth) {
        EffortSpotter.Spotted sp = s.spotted(ctx).orElseThrow();
        Draft d = new Draft(s.line, s.column);
        d.home = s.parent;
        d.title = sp.title();
        d.notation = sp.notation();
        d.rule = sp.rule() == EffortSpotter.Rule.PERIOD ? "heading-period" : "heading-effort";
        d.detail = "heading with " + sp.rule().text() + " ('" + sp.notation() + "')";
        option(d, s.text);
        s.skill = d;
        collectSection(s, d, Mode.TOPICS, depth);
        return d;
    }

    private Draft readBlock(Node block, Section s, Draft last, int depth) {
        if (block instanceof ListBlock list) {
            int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            Draft previousInList = null;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
                int literal = list instanceof OrderedList ? literalNumber((ListItem) item, number) : -1;
                Draft d = readItem((ListItem) item, s, literal, depth);
                if (d != null) {
                    ctx.used.add(list);
                    last = d;
                    previousInList = d;
                } else if (previousInList != null && item.getFirstChild() instanceof Paragraph p) {
                    // a loose list mixing skills and plain points: the points belong to the skill above them
                    previousInList.topics.add(Topic.of(Texts.collapse(Inlines.text(p)), false));
                    ctx.checkTopics(previousInList);
                }
            }
            return last;
        }
        if (block instanceof Paragraph p) {
            String text = Inlines.text(p);
            int[] pos = Inlines.position(p, new int[] {s.line, 1});
            if (last != null && isPrerequisiteLine(text)) {
                prerequisites(text, pos, last);
                return last;
            }
            String head = firstLine(text);
            Optional<OptionMarkers.Marker> marker = OptionMarkers.find(head);
            if (marker.isPresent() && marker.get().start() < 3) {
                Draft d = newDraft(pos[0], pos[1], s);
                ctx.used.add(p);
                fillFromHead(d, head, "option-paragraph", "paragraph starting with option marker '" + marker.get().label() + "'");
                proseLines(text, d, pos);
                out.add(d);
                return d;
            }
        }
        return last;
    }

    /** The number as written ("5)" stays 5 even when CommonMark continues an earlier list). */
    private int literalNumber(ListItem item, int fallback) {
        int[] pos = Inlines.position(item, null);
        if (pos == null) {
            return fallback;
        }
        String line = ctx.line(pos[0]);
        int i = Math.max(0, pos[1] - 1);
        int start = i;
        while (i < line.length() && Character.isDigit(line.charAt(i)) && i - start < 9) {
            i++;
        }
        return i > start ? Integer.parseInt(line.substring(start, i)) : fallback;
    }

    private Draft readItem(ListItem item, Section s, int number, int depth) {
        checkDepth(depth, s.line);
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph p)) {
            return null;
        }
        String text = Inlines.text(p);
        String head = firstLine(text);
        int[] pos = Inlines.position(p, Inlines.position(item, new int[] {s.line, 1}));
        Optional<EffortSpotter.Spotted> sp = EffortSpotter.spot(head, ctx::isUnitEffort);
        Optional<OptionMarkers.Marker> marker = OptionMarkers.find(head);
        if (sp.isEmpty() && marker.isEmpty()) {
            // nested lists may hold skills ("- Phase 1" with "- Python (2 weeks)" beneath)
            for (Node c = first.getNext(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock) {
                    readBlock(c, s, null, depth + 1);
                }
            }
            return null;
        }
        Draft d = newDraft(pos[0], pos[1], s);
        d.number = number;
        if (sp.isPresent()) {
            d.title = sp.get().title();
            d.notation = sp.get().notation();
            d.rule = sp.get().rule() == EffortSpotter.Rule.PERIOD ? "list-item-period" : "list-item-effort";
            d.detail = "list item with " + sp.get().rule().text() + " ('" + sp.get().notation() + "')";
            option(d, head);
        } else {
            fillFromHead(d, head, "option-item", "list item with option marker '" + marker.get().label() + "'");
        }
        proseLines(text, d, pos);
        for (Node c = first.getNext(); c != null; c = c.getNext()) {
            collectBlock(c, d, Mode.TOPICS, depth + 1);
        }
        out.add(d);
        return d;
    }

    /** Fallback for documents without any effort: list items that start with a bold term are skills. */
    void readBoldItems(Section s, int depth) {
        checkDepth(depth, s.line);
        for (Node block : s.blocks) {
            if (block instanceof ListBlock list) {
                boldItems(list, s, depth);
            }
        }
        for (Section c : s.children) {
            readBoldItems(c, depth + 1);
        }
    }

    private void boldItems(ListBlock list, Section s, int depth) {
        checkDepth(depth, s.line);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            Draft d = null;
            if (first instanceof Paragraph p && Inlines.leading(p) instanceof StrongEmphasis strong) {
                int[] pos = Inlines.position(p, new int[] {s.line, 1});
                d = newDraft(pos[0], pos[1], s);
                ctx.used.add(list);
                d.title = Texts.trimSeparators(Texts.collapse(Inlines.text(strong)));
                d.description = Texts.trimLeading(Texts.collapse(Inlines.textAfter(strong)));
                d.rule = "bold-list-item";
                d.detail = "list item starting with a bold term (the document states no efforts)";
                out.add(d);
            }
            for (Node c = first == null ? null : first.getNext(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested) {
                    boldItems(nested, s, depth + 1);
                }
            }
        }
    }

    private Draft newDraft(int line, int column, Section home) {
        ctx.countSkill(line, column);
        Draft d = new Draft(line, column);
        d.home = home;
        return d;
    }

    private static void fillFromHead(Draft d, String head, String rule, String detail) {
        String title = head;
        Optional<int[]> instead = OptionMarkers.insteadOf(head);
        if (instead.isPresent()) {
            d.insteadOf = instead.get();
            title = head.substring(0, instead.get()[2]);
        }
        d.title = Texts.trimSeparators(Texts.stripSymbols(title));
        d.rule = rule;
        d.detail = detail;
        option(d, head);
    }

    private static void option(Draft d, String text) {
        Optional<OptionMarkers.Marker> m = OptionMarkers.find(text);
        if (m.isEmpty()) {
            return;
        }
        d.optionKey = m.get().key();
        String label = m.get().label();
        String after = text.substring(m.get().start() + label.length()).strip();
        if (after.startsWith("(") || after.startsWith("（")) {
            int close = Math.max(after.indexOf(')'), after.indexOf('）'));
            if (close > 0) {
                label = label + " " + after.substring(0, close + 1);
            }
        }
        d.optionLabel = label;
        Optional<int[]> instead = OptionMarkers.insteadOf(text);
        if (instead.isPresent()) {
            d.insteadOf = instead.get();
        }
    }

    /** Lines after the first of a paragraph: "– x" bullets become topics, prerequisite lines name prerequisites. */
    private void proseLines(String text, Draft d, int[] pos) {
        String[] lines = text.split("\n");
        StringBuilder desc = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (Texts.startsWithBullet(line)) {
                d.topics.add(Topic.of(Texts.stripBullet(line), false));
                ctx.checkTopics(d);
            } else if (isPrerequisiteLine(line)) {
                prerequisites(line, new int[] {pos[0] + i, 1}, d);
            } else {
                desc.append(desc.length() > 0 ? " " : "").append(line);
            }
        }
        if (d.description.isEmpty()) {
            d.description = desc.toString();
        }
    }

    private void collectSection(Section s, Draft d, Mode mode, int depth) {
        checkDepth(depth, s.line);
        s.collected = true;   // each block goes through collectBlock, which marks it used
        for (Node block : s.blocks) {
            mode = collectBlock(block, d, mode, depth);
        }
        for (Section c : s.children) {
            String h = Texts.stripSymbols(firstLine(c.text));
            Optional<Project> project = projectHeading(h);
            if (project.isPresent()) {
                String description = "";
                for (Node block : c.blocks) {
                    if (block instanceof Paragraph p) {
                        description = Texts.collapse(Inlines.text(p));
                        break;
                    }
                }
                d.projects.add(Project.of(project.get().title(), description));
                continue;
            }
            collectSection(c, d, modeOf(h, Mode.TOPICS), depth + 1);
        }
    }

    /** Adds a block beneath a skill to it: topics, resources, projects, description, prerequisites. */
    Mode collectBlock(Node block, Draft d, Mode mode, int depth) {
        checkDepth(depth, d.line);
        ctx.used.add(block);
        if (block instanceof Paragraph p) {
            String text = Inlines.text(p);
            String line = firstLine(text);
            if (isPrerequisiteLine(line)) {
                prerequisites(text, Inlines.position(p, new int[] {d.line, 1}), d);
                return mode;
            }
            String plain = Texts.stripSymbols(line);
            int colon = indexOfColon(plain);
            if (colon > 0 && Keywords.DESCRIPTION.contains(plain.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                String collapsed = Texts.collapse(text);
                String rest = Texts.trimLeading(collapsed.substring(indexOfColon(collapsed) + 1));
                if (d.description.isEmpty() && !rest.isEmpty()) {
                    d.description = rest;
                }
                return mode;
            }
            if (isLabel(p, plain)) {
                String rest = Inlines.leading(p) != null ? Texts.trimSeparators(Texts.collapse(Inlines.textAfter(Inlines.leading(p)))) : "";
                if (Keywords.startsWith(plain, List.of("description", "описание", "描述", "简介"))) {
                    if (!rest.isEmpty() && d.description.isEmpty()) {
                        d.description = rest;
                    }
                    return mode;
                }
                return modeOf(plain, mode);
            }
            if (Inlines.isOnlyLink(p)) {
                Inlines.FoundLink link = Inlines.links(p).get(0);
                d.resources.add(Resource.of(link.title().isEmpty() ? link.url() : link.title(), link.url()));
            } else if (d.description.isEmpty() && !(Inlines.leading(p) instanceof org.commonmark.node.Link)) {
                d.description = Texts.collapse(text);
            }
            return mode;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                collectItem((ListItem) item, d, mode, depth + 1);
            }
        }
        return mode;
    }

    /** Adds a list item beneath a skill to it (a topic, resource, project or prerequisite line) with its nested items. */
    void collectItem(ListItem item, Draft d, Mode mode, int depth) {
        checkDepth(depth, d.line);
        Node first = item.getFirstChild();
        boolean task = false;
        boolean done = false;
        for (Node c = item.getFirstChild(); c != null && !task; c = c.getNext()) {
            if (c instanceof TaskListItemMarker m) {
                task = true;
                done = m.isChecked();
            }
        }
        Paragraph p = null;
        for (Node c = first; c != null; c = c.getNext()) {
            if (c instanceof Paragraph para) {
                p = para;
                break;
            }
        }
        if (p != null) {
            String text = Texts.collapse(Inlines.text(p));
            int box = task ? 0 : Texts.pseudoBoxLength(text);
            if (box > 0) {
                task = true;
                done = Texts.pseudoBoxTicked(text);
                text = text.substring(box);
            }
            if (text.isEmpty()) {
                return;
            }
            if (isPrerequisiteLine(text)) {
                prerequisites(text, Inlines.position(p, new int[] {d.line, 1}), d);
            } else if (!task && (mode == Mode.RESOURCES || Inlines.isOnlyLink(p) || isAlternativeMaterial(text, p))) {
                List<Inlines.FoundLink> links = Inlines.links(p);
                if (links.isEmpty()) {
                    d.resources.add(Resource.of(text, ""));
                } else {
                    d.resources.add(Resource.of(links.get(0).title(), links.get(0).url()));
                }
            } else if (!task && mode == Mode.PROJECTS) {
                Node lead = Inlines.leading(p);
                if (lead instanceof StrongEmphasis) {
                    d.projects.add(Project.of(Texts.trimSeparators(Texts.collapse(Inlines.text(lead))),
                            Texts.trimLeading(Texts.collapse(Inlines.textAfter(lead)))));
                } else {
                    d.projects.add(Project.of(text, ""));
                }
            } else {
                d.topics.add(Topic.of(text, done));
                ctx.checkTopics(d);
            }
        }
        for (Node c = first; c != null; c = c.getNext()) {
            if (c instanceof ListBlock) {
                collectBlock(c, d, mode, depth + 1);
            }
        }
    }

    /** "Alternative: [Another course](url)", "альтернатива — [..](..)": other material for the same skill, a resource. */
    private static boolean isAlternativeMaterial(String text, Paragraph p) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !Inlines.links(p).isEmpty() && Keywords.startsWith(lower, Phrases.ALTERNATIVE_MATERIAL);
    }

    private void prerequisites(String text, int[] pos, Draft d) {
        String line = firstLine(text);
        int colon = indexOfColon(line);
        String names = colon < 0 ? "" : line.substring(colon + 1);
        TableReader.splitNames(names, new int[] {pos[0], pos[1] + colon + 1}, d);
        ctx.explicitPrerequisites = true;
    }

    static boolean isPrerequisiteLine(String text) {
        if (!hasColonInFirstLine(text)) {
            return false;   // the label ends at a colon, which neither stripping nor lower-casing adds
        }
        String line = Texts.stripSymbols(firstLine(text));
        int colon = indexOfColon(line);
        if (colon < 0) {
            return false;   // lower-casing makes no colon
        }
        if (!isAscii(line, colon)) {
            return isPrerequisiteLabel(line.toLowerCase(Locale.ROOT));
        }
        // ASCII before the colon keeps its length lower-cased: the colon stays where it is, and only the label needs lowering
        return colon <= 30 && Keywords.PREREQ_LABELS.contains(Texts.trimSeparators(line.substring(0, colon).toLowerCase(Locale.ROOT)));
    }

    /** The definition of {@link #isPrerequisiteLine} after its colon test, on the stripped first line lower-cased. */
    static boolean isPrerequisiteLabel(String lower) {
        int colon = indexOfColon(lower);
        if (colon < 0 || colon > 30) {
            return false;
        }
        return Keywords.PREREQ_LABELS.contains(Texts.trimSeparators(lower.substring(0, colon)));
    }

    private static boolean isAscii(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasColonInFirstLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
            if (c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static int indexOfColon(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' || s.charAt(i) == '：') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLabel(Paragraph p, String plain) {
        if (plain.endsWith(":") || plain.endsWith("：")) {
            return plain.length() < 60;
        }
        Node lead = Inlines.leading(p);
        if (lead instanceof StrongEmphasis) {
            String bold = Texts.collapse(Inlines.text(lead));
            return bold.endsWith(":") || bold.endsWith("：");
        }
        return false;
    }

    static Mode modeOf(String heading, Mode fallback) {
        if (Keywords.contains(heading, Keywords.RESOURCE_LABELS)) {
            return Mode.RESOURCES;
        }
        if (Keywords.contains(heading, Keywords.PROJECT_LABELS)) {
            return Mode.PROJECTS;
        }
        if (Keywords.contains(heading, Keywords.TOPIC_LABELS)) {
            return Mode.TOPICS;
        }
        return fallback;
    }

    /** "Project 1: AI Utilities Library", "Проект: ...", "项目一：..." is one project. */
    static Optional<Project> projectHeading(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (String w : List.of("project", "проект", "项目")) {
            if (lower.startsWith(w)) {
                int colon = indexOfColon(heading);
                String rest = colon >= 0 ? heading.substring(colon + 1) : heading.substring(w.length());
                rest = Texts.trimSeparators(rest);
                boolean numbered = lower.length() > w.length() && !Character.isLetter(lower.charAt(w.length()));
                if (!rest.isEmpty() && (colon >= 0 || numbered)) {
                    return Optional.of(Project.of(rest, ""));
                }
            }
        }
        return Optional.empty();
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private void checkDepth(int depth, int line) {
        if (depth > ctx.limits.maxNestingDepth()) {
            throw new dev.roadmap.spi.LimitExceededException("maxNestingDepth", ctx.limits.maxNestingDepth(),
                    "the document nests headings or lists deeper", ctx.at(line, 1));
        }
    }
}
