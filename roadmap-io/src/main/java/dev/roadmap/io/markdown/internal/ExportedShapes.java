package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Group;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads back the two shapes the Markdown exporter writes that plain tables do not say by
 * themselves: an effort cell in the fixed-pace form of {@link PaceText} makes the skill rigid,
 * and a section headed {@value #UNGROUPED} (which the exporter writes for skills without a group
 * that follow grouped ones, so reading order is kept) holds skills of no group. Runs once on the
 * assembled roadmap, in linear time; applying it twice changes nothing. Stateless and thread-safe.
 */
public final class ExportedShapes {
    /** The heading of a section of skills that belong to no group. */
    public static final String UNGROUPED = "Ungrouped";

    private ExportedShapes() {
    }

    /**
     * @param r a roadmap as assembled from a Markdown document
     * @return the same roadmap with fixed paces read and the ungrouped sections dissolved; {@code r}
     *     itself when neither occurs
     */
    public static Roadmap restore(Roadmap r) {
        Set<String> ungrouped = new HashSet<>();
        for (Group g : r.groups()) {
            if (g.title().equals(UNGROUPED) && g.parent().isEmpty()) {
                ungrouped.add(g.id());
            }
        }
        for (Group g : r.groups()) {
            ungrouped.remove(g.parent()); // a marker holding subgroups is a real group after all
        }
        boolean changed = !ungrouped.isEmpty();
        List<Skill> skills = new ArrayList<>(r.size());
        for (Skill s : r.skills()) {
            Skill t = restore(s, ungrouped);
            changed |= t != s;
            skills.add(t);
        }
        if (!changed) {
            return r;
        }
        Roadmap.Builder b = Roadmap.builder(r.id()).title(r.title()).description(r.description()).language(r.language())
                .pace(r.pace().orElse(null)).declared(r.declared()).extensions(r.extensions()).sourceMap(r.sourceMap());
        r.tracks().forEach(b::addTrack);
        r.groups().stream().filter(g -> !ungrouped.contains(g.id())).forEach(b::addGroup);
        r.choices().forEach(b::addChoice);
        return b.setSkills(skills).build();
    }

    private static Skill restore(Skill s, Set<String> ungrouped) {
        Optional<RigidPace> pace = s.rigidPace().isPresent() || s.effortNotation().isEmpty() ? Optional.empty()
                : PaceText.parse(s.effortNotation(), s.track());
        boolean regroup = ungrouped.contains(s.group());
        if (pace.isEmpty() && !regroup) {
            return s;
        }
        Skill.Builder b = s.toBuilder();
        if (pace.isPresent()) {
            b.effort("", null).rigidPace(pace.get());
        }
        if (regroup) {
            b.group("");
        }
        return b.build();
    }
}
