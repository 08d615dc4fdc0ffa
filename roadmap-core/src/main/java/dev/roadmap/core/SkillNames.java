package dev.roadmap.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The names under which a plan shows its skills, unambiguous within one roadmap: a skill's title
 * where no other skill has that title; where titles repeat (three "Learn the basics" under HTML,
 * CSS and JavaScript), the title qualified by its parent, {@code "HTML › Learn the basics"}. The
 * parent is the skill's group when that group's title differs from the skill's own, else its first
 * prerequisite. When even the qualified names collide, the skill id is added in parentheses.
 * Every plan exporter names skills through this class so that all outputs agree.
 *
 * <p>Computed once per roadmap in {@code O(n)} and cached on it ({@link Roadmap#derived}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String name = SkillNames.of(roadmap).name(SkillId.of("html-basics"));
 * }</pre>
 */
public final class SkillNames {
    /** Separates a parent's title from the skill's. */
    public static final String SEPARATOR = " › ";

    private final Map<SkillId, String> names;

    private SkillNames(Map<SkillId, String> names) {
        this.names = names;
    }

    /**
     * @param roadmap a roadmap
     * @return the display names of its skills
     */
    public static SkillNames of(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        return roadmap.derived(SkillNames.class, SkillNames::compute);
    }

    /**
     * @param id a skill id
     * @return the skill's display name; the id itself for a skill the roadmap lacks
     */
    public String name(SkillId id) {
        Objects.requireNonNull(id, "id must not be null");
        String n = names.get(id);
        return n != null ? n : id.value();
    }

    private static SkillNames compute(Roadmap roadmap) {
        Map<String, Integer> titleCount = new HashMap<>();
        for (Skill s : roadmap.skills()) {
            titleCount.merge(title(s), 1, Integer::sum);
        }
        Map<String, String> groupTitles = new HashMap<>();
        for (Group g : roadmap.groups()) {
            groupTitles.putIfAbsent(g.id(), g.title());
        }
        Map<SkillId, String> names = new HashMap<>(Math.max(16, roadmap.size() * 4 / 3 + 1));
        Map<String, Integer> qualifiedCount = new HashMap<>();
        for (Skill s : roadmap.skills()) {
            String name = titleCount.get(title(s)) > 1 ? qualified(roadmap, s, groupTitles) : title(s);
            names.putIfAbsent(s.id(), name);
            qualifiedCount.merge(name, 1, Integer::sum);
        }
        for (Skill s : roadmap.skills()) {
            String name = names.get(s.id());
            if (qualifiedCount.get(name) > 1) {
                names.put(s.id(), name + " (" + s.id().value() + ")");
            }
        }
        return new SkillNames(names);
    }

    /** @return the skill's title, or its id when the title is blank */
    private static String title(Skill s) {
        return s.title().isBlank() ? s.id().value() : s.title();
    }

    private static String qualified(Roadmap roadmap, Skill s, Map<String, String> groupTitles) {
        String group = groupTitles.get(s.group());
        String own = title(s);
        if (group != null && !group.isBlank() && !group.equals(own)) {
            return group + SEPARATOR + own;
        }
        for (SkillId r : s.requires()) {
            String parent = roadmap.skill(r).map(SkillNames::title).orElse(null);
            if (parent != null && !parent.equals(own)) {
                return parent + SEPARATOR + own;
            }
        }
        return own;
    }
}
