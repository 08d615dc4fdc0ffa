package dev.roadmap.io.markdown.internal;

import dev.roadmap.spi.LimitExceededException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the skill sections of an outline while {@link DocumentWalk} passes the document, each as soon
 * as the walk has closed it, so the reader finds the section's nodes still in the cache instead of
 * going over the whole tree a second time after the parse's garbage has pushed it out.
 *
 * <p>A closed section (of level 2 or deeper, so never the document's title) whose heading carries an
 * effort and below which no heading does is, in a document without tables, exactly a section that
 * {@link OutlineReader#readSection} makes one skill of: no section is attached to a table row and no
 * table rows lie below it. Its draft is made here, by {@link OutlineReader#skillSection}, and kept as
 * {@link Section#early}; {@code readSection} takes it in its place and counts it there, in the order
 * it counts every skill. The reading stops, and everything it did is undone ({@link #settle}), when
 * the document turns out to have a top-level table, when the rewriting passes change the tree, or when
 * the reading of a section fails (a limit): then {@code readSection} reads every section itself, as it
 * would have. Not thread-safe; one per document.
 */
final class EarlySkills {
    private final ReadContext ctx;
    private final OutlineReader reader;
    private final List<Section> read = new ArrayList<>();
    private boolean stopped;
    /** The sections read and then undone by {@link #settle}. */
    private int undone;

    EarlySkills(ReadContext ctx) {
        this.ctx = ctx;
        this.reader = new OutlineReader(ctx, new ArrayList<>());
    }

    /** Reads no more sections; {@link #settle} will undo what was read (a table, a rewritten tree, a failure). */
    void stop() {
        stopped = true;
    }

    /** @param s a section the walk has just closed (its blocks and its sub-sections all passed and closed) */
    void close(Section s) {
        if (stopped) {
            return;
        }
        boolean carries = s.spotted(ctx).isPresent();
        if (carries || s.effortBelow) {
            s.parent.effortBelow = true;
        }
        if (!carries || s.effortBelow || s.level < 2) {
            return;
        }
        int depth = 0;
        for (Section p = s; p.parent != null; p = p.parent) {
            depth++;
        }
        read.add(s);
        try {
            s.early = reader.skillSection(s, depth);
        } catch (LimitExceededException | StackOverflowError e) {
            stop();   // readSection meets the same limit in its own order
        }
    }

    /** Once the walk is over: when the reading stopped, the sections read and the context are as if nothing had been read. */
    void settle() {
        if (!stopped) {
            return;
        }
        for (Section s : read) {
            s.early = null;
            s.skill = null;
            for (Section d : s.preOrder()) {
                d.collected = false;
            }
        }
        undone += read.size();
        read.clear();
        ctx.used.clear();   // only the sections read here have added to it yet
        ctx.explicitPrerequisites = false;
    }

    /** @return how many sections were read and then undone */
    int undone() {
        return undone;
    }
}
