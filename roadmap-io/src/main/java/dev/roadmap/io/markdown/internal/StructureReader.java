package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Finds units by the document's structure when no effort, table or option marker names them:
 * checklists, list-item headings ({@code - ### Arrays}), link headings ({@code ### [Module 1](…)}),
 * list trees, heading outlines and prose with one paragraph per course. Each rule runs only when
 * the ones before it found nothing, in the order of {@link #read}.
 */
final class StructureReader {
    /** Fewer units than this found by a weak rule (trees, headings, prose links) are not a roadmap. */
    private static final int MIN_UNITS = 3;
    /** A bold or linked lead longer than this is emphasis in prose, not a course name. */
    private static final int MAX_NAME = 120;

    private final ReadContext ctx;
    private final List<Draft> out;
    private final OutlineReader outline;

    StructureReader(ReadContext ctx, List<Draft> out) {
        this.ctx = ctx;
        this.out = out;
        this.outline = new OutlineReader(ctx, out);
    }

    /** Checklists: a heading with check boxes directly beneath it is a unit, else each top-level box is one. */
    boolean readChecklists(Section root) {
        if (!hasTasks(root)) {
            return false;
        }
        for (Section s : root.preOrder()) {
            if (s.toc || s.attached != null) {
                continue;
            }
            boolean headingUnit = s.heading != null && !s.title && hasDirectTasks(s) && !isNameChecklist(s);
            Draft unit = headingUnit ? sectionUnit(s, "checklist-heading", "heading with a checklist beneath it") : null;
            OutlineReader.Mode mode = OutlineReader.Mode.TOPICS;
            for (Node block : s.blocks) {
                if (block instanceof ListBlock list && !isToc(list)) {
                    checklistItems(list, s, unit);
                } else if (unit != null && block instanceof Paragraph) {
                    mode = outline.collectBlock(block, unit, mode, 1);
                }
            }
        }
        return !out.isEmpty();
    }

    private void checklistItems(ListBlock list, Section s, Draft unit) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            ListItem item = (ListItem) n;
            if (itemHeading(item) != null) {
                if (containsTask(item) || hasContent(item)) {
                    ctx.used.add(list);
                    itemHeadingUnit(item, s);
                }
            } else if (unit != null) {
                ctx.used.add(list);
                outline.collectItem(item, unit, OutlineReader.Mode.TOPICS, 1);
            } else if (isTask(item)) {
                ctx.used.add(list);
                itemUnit(item, s, "checklist-item", "check box at the top of a checklist that nothing else structures");
            }
        }
    }

    /** Outlines without check boxes: list-item and link headings; else prose courses; else heading or list trees. */
    boolean readOutline(Section root) {
        for (Section s : root.preOrder()) {
            if (s.toc) {
                continue;
            }
            if (linkHeading(s) != null && !s.title) {
                Draft d = sectionUnit(s, "link-heading", "heading that is a link");
                Link link = linkHeading(s);
                d.title = Texts.trimSeparators(Texts.stripSymbols(Texts.collapse(Inlines.text(link))));
                d.resources.add(Resource.of(d.title, link.getDestination()));
                collectBlocks(s, d);
                continue;
            }
            for (Node block : s.blocks) {
                if (block instanceof ListBlock list) {
                    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                        if (itemHeading((ListItem) n) != null && hasContent((ListItem) n)) {
                            ctx.used.add(list);
                            itemHeadingUnit((ListItem) n, s);
                        }
                    }
                }
            }
        }
        return out.size() >= MIN_UNITS || retract(0);
    }

    /** One paragraph per course: a paragraph led by a bold or linked name, or links to the document's own course pages. */
    boolean readProseCourses(Section root) {
        Set<String> seen = new HashSet<>();
        for (Section s : root.preOrder()) {
            if (s.toc) {
                continue;
            }
            for (Node block : s.blocks) {
                if (block instanceof Paragraph p) {
                    proseParagraph(p, s, seen);
                } else if (block instanceof ListBlock list && !isToc(list)) {
                    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                        if (n.getFirstChild() instanceof Paragraph p && Inlines.isOnlyLink(p)) {
                            Link link = firstLink(p);
                            if (link != null && isLocalPage(link.getDestination()) && !Phrases.isNoName(Inlines.text(link))
                                    && seen.add(link.getDestination())) {
                                ctx.used.add(list);
                                linkUnit(link, p, s, "course-link", "list item linking to a course page of this document's site");
                            }
                        }
                    }
                }
            }
        }
        return out.size() >= MIN_UNITS || retract(0);
    }

    private void proseParagraph(Paragraph p, Section s, Set<String> seen) {
        Node lead = Inlines.leading(p);
        String after = lead == null ? "" : Texts.collapse(Inlines.textAfter(lead));
        if (lead instanceof Link link && !link.getDestination().startsWith("#") && !after.isEmpty() && !Phrases.isNoName(Inlines.text(link))
                && Texts.collapse(Inlines.text(link)).length() <= MAX_NAME && seen.add(link.getDestination())) {
            Draft d = linkUnit(link, p, s, "course-paragraph", "paragraph led by a linked course name");
            d.description = Texts.trimLeading(after);
            collectLocalLinks(p, s, seen, link);
            return;
        }
        if (lead instanceof StrongEmphasis strong && !after.isEmpty()) {
            String bold = Texts.collapse(Inlines.text(strong));
            String name = Texts.trimSeparators(bold);
            if (!name.isEmpty() && !bold.endsWith(":") && !bold.endsWith("：") && name.length() <= MAX_NAME && seen.add("**" + name.toLowerCase(Locale.ROOT))) {
                int[] pos = Inlines.position(p, new int[] {s.line, 1});
                Draft d = newDraft(pos, s, "course-paragraph", "paragraph led by a bold course name");
                ctx.used.add(p);
                d.title = name;
                d.description = Texts.trimLeading(after);
                Inlines.links(p).forEach(l -> d.resources.add(Resource.of(l.title(), l.url())));
                return;
            }
        }
        collectLocalLinks(p, s, seen, null);
    }

    private void collectLocalLinks(Paragraph p, Section s, Set<String> seen, Link skip) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link link && link != skip && isLocalPage(link.getDestination()) && !Phrases.isNoName(Inlines.text(link))
                    && seen.add(link.getDestination())) {
                linkUnit(link, p, s, "course-link", "link to a course page of this document's site");
            }
        }
    }

    /** Lists whose items carry nested content, else headings whose sections hold lists: each item or heading a unit. */
    boolean readTrees(Section root) {
        for (Section s : root.preOrder()) {
            if (s.toc) {
                continue;
            }
            boolean leaf = s.children.isEmpty() && s.heading != null && !s.title;
            int before = out.size();
            for (Node block : s.blocks) {
                if (block instanceof ListBlock list && !isToc(list) && isTree(list)) {
                    ctx.used.add(list);
                    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                        itemUnit((ListItem) n, s, "list-tree", "item of a list whose items carry nested points");
                    }
                }
            }
            if (out.size() == before && leaf && (hasList(s) || hasLinkParagraph(s))) {
                Draft d = sectionUnit(s, "heading-outline", "heading of a section holding a list or links");
                collectBlocks(s, d);
            }
        }
        return out.size() >= MIN_UNITS || retract(0);
    }

    // --- units ---

    private Draft sectionUnit(Section s, String rule, String detail) {
        Draft d = newDraft(new int[] {s.line, s.column}, s.parent, rule, detail);
        d.title = Texts.trimSeparators(Texts.stripSymbols(OutlineReader.firstLine(s.text)));
        s.skill = d;
        return d;
    }

    private void collectBlocks(Section s, Draft d) {
        OutlineReader.Mode mode = OutlineReader.Mode.TOPICS;
        for (Node block : s.blocks) {
            mode = outline.collectBlock(block, d, mode, 1);
        }
    }

    private void itemHeadingUnit(ListItem item, Section s) {
        Heading h = itemHeading(item);
        int[] pos = Inlines.position(h, Inlines.position(item, new int[] {s.line, 1}));
        Draft d = newDraft(pos, s, "list-item-heading", "heading written inside a list item");
        d.title = Texts.trimSeparators(Texts.stripSymbols(Texts.collapse(Inlines.text(h))));
        OutlineReader.Mode mode = OutlineReader.Mode.TOPICS;
        for (Node c = h.getNext(); c != null; c = c.getNext()) {
            mode = outline.collectBlock(c, d, mode, 1);
        }
    }

    private void itemUnit(ListItem item, Section s, String rule, String detail) {
        Node first = item.getFirstChild();
        boolean ticked = false;
        while (first instanceof TaskListItemMarker marker) {
            ticked = marker.isChecked();
            first = first.getNext();
        }
        if (!(first instanceof Paragraph p)) {
            return;
        }
        String text = Texts.collapse(OutlineReader.firstLine(Inlines.text(p)));
        int box = Texts.pseudoBoxLength(text);
        int[] pos = Inlines.position(p, Inlines.position(item, new int[] {s.line, 1}));
        Draft d = newDraft(pos, s, rule, detail);
        d.done = ticked || Texts.pseudoBoxTicked(text);
        d.title = Texts.trimSeparators(Texts.stripSymbols(text.substring(box)));
        Link link = firstLink(p);
        if (link != null) {
            d.resources.add(Resource.of(Texts.collapse(Inlines.text(link)), link.getDestination()));
            if (Inlines.isOnlyLink(p)) {
                d.title = Texts.trimSeparators(Texts.stripSymbols(Texts.collapse(Inlines.text(link))));
            }
        }
        for (Node c = first.getNext(); c != null; c = c.getNext()) {
            outline.collectBlock(c, d, OutlineReader.Mode.TOPICS, 1);
        }
    }

    private Draft linkUnit(Link link, Paragraph p, Section s, String rule, String detail) {
        int[] pos = Inlines.position(link, Inlines.position(p, new int[] {s.line, 1}));
        Draft d = newDraft(pos, s, rule, detail);
        ctx.used.add(p);
        d.title = Texts.trimSeparators(Texts.stripSymbols(Texts.collapse(Inlines.text(link))));
        d.resources.add(Resource.of(d.title, link.getDestination()));
        return d;
    }

    private Draft newDraft(int[] pos, Section home, String rule, String detail) {
        ctx.countSkill(pos[0], pos[1]);
        Draft d = new Draft(pos[0], pos[1]);
        d.home = home;
        d.rule = rule;
        d.detail = detail;
        out.add(d);
        return d;
    }

    /** Drops what a weak rule found (fewer than {@link #MIN_UNITS} units); always false. */
    private boolean retract(int keep) {
        while (out.size() > keep) {
            Draft d = out.remove(out.size() - 1);
            ctx.skills--;
            if (d.home != null && d.home.skill == d) {
                d.home.skill = null;
            }
            for (Section s = d.home; s != null; s = s.parent) {
                for (Section c : s.children) {
                    if (c.skill == d) {
                        c.skill = null;
                    }
                }
            }
        }
        ctx.used.clear();
        return false;
    }

    // --- shapes ---

    static Heading itemHeading(ListItem item) {
        return item.getFirstChild() instanceof Heading h ? h : null;
    }

    private static Link linkHeading(Section s) {
        if (s.heading == null) {
            return null;
        }
        Node lead = Inlines.leading(s.heading);
        return lead instanceof Link link && Inlines.isOnlyLink(s.heading) && !link.getDestination().startsWith("#") ? link : null;
    }

    static boolean isTask(ListItem item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TaskListItemMarker) {
                return true;
            }
            if (c instanceof Paragraph p) {
                return Texts.pseudoBoxLength(Texts.collapse(Inlines.text(p))) > 0;
            }
        }
        return false;
    }

    private static boolean containsTask(Node node) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof ListItem item && isTask(item)) {
                return true;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock || c instanceof ListItem) {
                    stack.push(c);
                }
            }
        }
        return false;
    }

    private static boolean hasTasks(Section root) {
        for (Section s : root.preOrder()) {
            for (Node b : s.blocks) {
                if (b instanceof ListBlock && containsTask(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Check boxes in the section's own lists, outside list-item headings. */
    private static boolean hasDirectTasks(Section s) {
        for (Node b : s.blocks) {
            if (b instanceof ListBlock list) {
                for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                    if (itemHeading((ListItem) n) == null && containsTask(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A heading's checklist whose boxes are all plain names ("- [ ] HTML", "- [ ] CSS": no nested
     * points, no links, no label ending in ":") lists units, grouped by the heading; boxes that carry
     * links, steps or nested points are the heading's topics.
     */
    private static boolean isNameChecklist(Section s) {
        int names = 0;
        for (Node b : s.blocks) {
            if (!(b instanceof ListBlock list)) {
                continue;
            }
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                if (itemHeading(item) != null) {
                    continue;
                }
                Paragraph p = firstParagraph(item);
                if (!isTask(item) || p == null || firstLink(p) != null || hasNestedList(item)) {
                    return false;
                }
                String text = Texts.collapse(Inlines.text(p));
                if (text.length() > MAX_NAME / 2 || text.endsWith(":") || text.endsWith("：")) {
                    return false;
                }
                names++;
            }
        }
        return names >= 2;
    }

    private static Paragraph firstParagraph(ListItem item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                return p;
            }
        }
        return null;
    }

    private static boolean hasNestedList(ListItem item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContent(ListItem item) {
        Heading h = itemHeading(item);
        return h != null && h.getNext() != null;
    }

    private static boolean hasLinkParagraph(Section s) {
        return s.blocks.stream().anyMatch(b -> b instanceof Paragraph p && !Inlines.links(p).isEmpty());
    }

    private static boolean hasList(Section s) {
        return s.blocks.stream().anyMatch(b -> b instanceof ListBlock list && !isToc(list));
    }

    /** A list of at least {@link #MIN_UNITS} items, most of which carry nested points. */
    private static boolean isTree(ListBlock list) {
        int items = 0;
        int nested = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            items++;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock) {
                    nested++;
                    break;
                }
            }
        }
        return items >= MIN_UNITS && nested * 2 > items;
    }

    /** A table of contents: a list whose links (at least two) all point to anchors of this document. */
    static boolean isToc(ListBlock list) {
        int anchors = 0;
        int others = 0;
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(list);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Link l) {
                if (l.getDestination().startsWith("#")) {
                    anchors++;
                } else {
                    others++;
                }
                continue;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        return anchors >= 2 && anchors >= 4 * others;
    }

    private static Link firstLink(Node p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                return l;
            }
        }
        return null;
    }

    /** A link to another page of the same site: relative, not an anchor, an image or a mail address. */
    static boolean isLocalPage(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.startsWith("#") || u.contains("://") || u.startsWith("mailto:") || u.startsWith("//")) {
            return false;
        }
        String path = u.contains("#") ? u.substring(0, u.indexOf('#')) : u;
        return !(path.endsWith(".png") || path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".gif")
                || path.endsWith(".svg") || path.endsWith(".pdf"));
    }
}
