package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Topic;
import java.util.ArrayList;
import java.util.List;

/** A skill as read from the document, before ids, prerequisites and groups are settled. Mutable. */
final class Draft {
    /** A prerequisite named in the document, with where it was named. */
    record Ref(String name, int line, int column) {
    }

    /** A "choose one of the following" menu whose items are the options of one choice. */
    record Menu(String title, int line, int column) {
    }

    String title = "";
    String description = "";
    String notation = "";
    String docId;
    String track = "";
    int line;
    int column;
    int effortLine;
    int effortColumn;
    String rule = "";
    String detail = "";
    Section home;
    int number = -1;
    final List<Topic> topics = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    /** The prerequisites named, usually one text (a table's cell) or none: the list grows from one. */
    final List<Ref> requires = new ArrayList<>(0);
    /** Soft prerequisites (a corequisites column): resolved like {@link #requires}, kept as {@code recommends}. */
    final List<Ref> recommends = new ArrayList<>(0);
    String optionKey;
    String optionLabel;
    int[] insteadOf;
    /** The menu this skill is one option of, or null. */
    Menu menu;
    boolean optional;
    /** A ticked check box that is itself a unit: the learner marked it done. */
    boolean done;
    /**
     * The title as the table reader read it, while it was at hand: what it found of that title below
     * holds while {@link #title} is still this very string.
     */
    String readTitle;
    /** {@code NameFilter.mostWords} of {@link #readTitle} alone. */
    int readWords;
    /** {@link #docId} as a skill id when the table reader found it valid, while its value is still {@link #docId} itself; else null. */
    dev.roadmap.core.SkillId readId;
    /** Whether {@link #readTitle} surely says nothing of being optional ({@code OptionMarkers.titleMaySayOptional} is false). */
    boolean readQuiet;

    Draft(int line, int column) {
        this.line = line;
        this.column = column;
        this.effortLine = line;
        this.effortColumn = column;
    }
}
