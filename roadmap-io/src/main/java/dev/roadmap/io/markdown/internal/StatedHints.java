package dev.roadmap.io.markdown.internal;

import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The first pace and total the author states, read from the paragraphs and headings offered in
 * document order (labelled totals anywhere; an unlabelled one only in the first prose blocks, kept
 * apart until the units are known). {@link DocumentWalk} offers the blocks as it reaches them, so
 * their text is read while the walk has it at hand. Not thread-safe.
 */
final class StatedHints {
    /** An unlabelled total is stated in the introduction: looked for in this many prose blocks at most. */
    private static final int MAX_PLAIN_TOTAL_BLOCKS = 200;

    private final ReadContext ctx;
    Optional<ProseHints.PaceHint> pace = Optional.empty();
    Optional<ProseHints.TotalHint> total = Optional.empty();
    Optional<ProseHints.TotalHint> plainTotal = Optional.empty();
    int[] paceAt;
    int[] totalAt;
    int[] plainTotalAt;
    private int proseBlocks;

    StatedHints(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** @param n the next paragraph or heading in document order (nothing is read once the pace and a labelled total are known) */
    void offer(Node n) {
        if (pace.isPresent() && total.isPresent()) {
            return;
        }
        if (pace.isEmpty()) {
            pace = ProseHints.pace(Inlines.text(n));
            paceAt = pace.isPresent() ? locate(Inlines.position(n, new int[] {1, 1}), pace.get().text()) : null;
        }
        if (total.isEmpty()) {
            String text = Inlines.textWithoutLinks(n);
            total = ProseHints.total(text, false);
            totalAt = total.isPresent() ? locate(Inlines.position(n, new int[] {1, 1}), total.get().notation()) : null;
            boolean prose = n instanceof Heading heading ? heading.getLevel() == 1
                    : n.getParent() instanceof org.commonmark.node.Document || n.getParent() instanceof BlockQuote;
            if (total.isEmpty() && plainTotal.isEmpty() && prose && proseBlocks++ < MAX_PLAIN_TOTAL_BLOCKS) {
                plainTotal = ProseHints.total(text, true);
                plainTotalAt = plainTotal.isPresent() ? locate(Inlines.position(n, new int[] {1, 1}), plainTotal.get().notation()) : null;
            }
        }
    }

    /** Finds the phrase in the raw lines from the block's first line on; falls back to the block start. */
    private int[] locate(int[] blockPos, String phrase) {
        String probe = phrase.length() > 3 ? phrase.substring(0, 3) : phrase;
        for (int l = blockPos[0]; l < blockPos[0] + 50 && l <= ctx.lineCount(); l++) {
            int at = ctx.line(l).indexOf(probe);
            if (at >= 0) {
                return new int[] {l, at + 1};
            }
        }
        return blockPos;
    }
}
