package dev.roadmap.io.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** A heading and what lies under it up to the next heading of the same or a higher level. */
final class Section {
    private static final PhrasePrefilter OPTIONAL_MAY_OCCUR = PhrasePrefilter.of(Phrases.OPTIONAL, Phrases.MENU_OPTIONAL);

    final Heading heading;
    final int level;
    final String text;
    final int line;
    final int column;
    final Section parent;
    final List<Node> blocks = new ArrayList<>();
    final List<Section> children = new ArrayList<>();
    final List<Draft> tableDrafts = new ArrayList<>();
    /** Whether a GFM table is among the blocks (set as the blocks are added). */
    boolean tables;
    /**
     * Whether all its blocks went into a skill ({@link OutlineReader#collectSection}): each of them is in
     * {@code ReadContext.used}, so {@link Coverage} need not look at them again.
     */
    boolean collected;
    Draft attached;
    Draft skill;
    boolean group;
    boolean title;
    /** A table-of-contents heading ("Contents", "目录"): never a group or a unit. */
    boolean toc;
    /** {@link Phrases#isTocHeading} of the heading's text, tested as the section is made (its text still in the cache). */
    final boolean tocHeading;
    String groupId = "";
    /**
     * This section's skill as {@link EarlySkills} read it while the walk passed the section (its nodes
     * still in the cache), for {@link OutlineReader#readSection} to take as it is; null otherwise.
     */
    Draft early;
    /** Whether a heading below this one carries an effort (known once the section is closed; kept by {@link EarlySkills}). */
    boolean effortBelow;
    /** The effort the heading's first line carries ({@link EffortSpotter#spot}), once looked for; null before. */
    private java.util.Optional<EffortSpotter.Spotted> spotted;
    /** Whether the heading says optional or elective: 1 yes, 0 no, -1 not yet looked at. */
    private int optionalHeading = -1;

    Section(Heading heading, int level, String text, int line, int column, Section parent) {
        this.heading = heading;
        this.level = level;
        this.text = text;
        this.line = line;
        this.column = column;
        this.parent = parent;
        this.tocHeading = heading != null && Phrases.isTocHeading(text);
    }

    /**
     * @param ctx the document's reading context (whose memo answers the effort test)
     * @return the effort the heading's first line carries, looked for once
     */
    java.util.Optional<EffortSpotter.Spotted> spotted(ReadContext ctx) {
        if (spotted == null) {
            spotted = EffortSpotter.spot(OutlineReader.firstLine(text), ctx::isUnitEffort);
        }
        return spotted;
    }

    /** @return whether the heading's text names an optional part or electives (looked at once) */
    boolean headingSaysOptional() {
        if (optionalHeading < 0) {
            optionalHeading = 0;
            if (OPTIONAL_MAY_OCCUR.mayOccurIn(text)) {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                optionalHeading = Phrases.mentions(lower, Phrases.OPTIONAL) || Phrases.mentions(lower, Phrases.MENU_OPTIONAL) ? 1 : 0;
            }
        }
        return optionalHeading == 1;
    }

    /** @return this section and all below it, in document order */
    List<Section> preOrder() {
        List<Section> out = new ArrayList<>();
        java.util.ArrayDeque<Section> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Section s = stack.pop();
            out.add(s);
            for (int i = s.children.size() - 1; i >= 0; i--) {
                stack.push(s.children.get(i));
            }
        }
        return out;
    }
}
