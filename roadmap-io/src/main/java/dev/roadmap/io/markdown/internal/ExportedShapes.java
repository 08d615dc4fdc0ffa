package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Group;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads back the shapes the Markdown exporter writes that plain tables do not say by themselves:
 * <ul>
 *   <li>an effort cell in the fixed-pace form of {@link PaceText} makes the skill rigid;</li>
 *   <li>a title ending in {@value #OPTIONAL_SUFFIX} makes the skill optional (the suffix leaves the title);</li>
 *   <li>a top-level section headed {@value #UNGROUPED} holds skills of no group (the exporter writes
 *       it for skills without a group that follow grouped ones, so reading order is kept);</li>
 *   <li>a section headed like an earlier one of the same parent plus {@value #REPEATED_SUFFIX} holds
 *       more skills of that group (the exporter writes it when a group's skills are not consecutive);</li>
 *   <li>a section headed in the form of {@link ChoiceHeading} holds the skills of one option of a
 *       choice, and one headed {@value ChoiceHeading#CONTINUED} more skills of the enclosing group:
 *       these sections become choices, and their skills go back to the enclosing group.</li>
 * </ul>
 * The marker groups are removed (the source-map entries of later groups then point one heading
 * late). Runs once on the assembled roadmap, in linear time; applying it twice changes nothing.
 * Stateless and thread-safe.
 */
public final class ExportedShapes {
    /** The heading of a section of skills that belong to no group. */
    public static final String UNGROUPED = "Ungrouped";
    /** What the exporter appends to a group's heading when the group's skills resume after others. */
    public static final String REPEATED_SUFFIX = " (continued)";
    /** What the exporter appends to the title of an optional skill. */
    public static final String OPTIONAL_SUFFIX = " (optional)";

    private ExportedShapes() {
    }

    /**
     * @param r a roadmap as assembled from a Markdown document
     * @return the same roadmap with the exporter's shapes read; {@code r} itself when none occurs
     */
    public static Roadmap restore(Roadmap r) {
        Set<String> parents = new HashSet<>();
        r.groups().forEach(g -> parents.add(g.parent()));
        Map<String, ChoiceHeading> optionGroups = new HashMap<>();
        Map<String, String> into = new HashMap<>(); // marker section -> where its skills and subsections go
        Map<String, String> firstByTitle = new HashMap<>();
        for (Group g : r.groups()) {
            Optional<ChoiceHeading> h = ChoiceHeading.parse(g.title());
            boolean option = h.isPresent() || g.title().equals(ChoiceHeading.CONTINUED);
            String repeated = g.title().endsWith(REPEATED_SUFFIX)
                    ? firstByTitle.get(g.parent() + "\u0000" + g.title().substring(0, g.title().length() - REPEATED_SUFFIX.length()))
                    : null;
            if (option && !parents.contains(g.id())) { // one holding subsections is a real group
                h.ifPresent(x -> optionGroups.put(g.id(), x));
                into.put(g.id(), g.parent());
            } else if (g.title().equals(UNGROUPED) && g.parent().isEmpty()) {
                into.put(g.id(), "");
            } else if (repeated != null) {
                into.put(g.id(), repeated);
            } else {
                firstByTitle.putIfAbsent(g.parent() + "\u0000" + g.title(), g.id());
            }
        }
        Set<String> markers = into.keySet();
        Map<String, Map<String, List<SkillId>>> members = new LinkedHashMap<>();
        Map<String, ChoiceHeading> firstOf = new LinkedHashMap<>();
        boolean changed = !markers.isEmpty();
        List<Skill> skills = new ArrayList<>(r.size());
        for (Skill s : r.skills()) {
            ChoiceHeading option = optionGroups.get(s.group());
            if (option != null) {
                members.computeIfAbsent(option.choiceId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(option.optionId(), k -> new ArrayList<>()).add(s.id());
                firstOf.putIfAbsent(option.choiceId() + "\u0000" + option.optionId(), option);
            }
            Skill t = restore(s, enclosing(s.group(), into));
            changed |= t != s;
            skills.add(t);
        }
        if (!changed) {
            return r;
        }
        Roadmap.Builder b = Roadmap.builder(r.id()).title(r.title()).description(r.description()).language(r.language())
                .pace(r.pace().orElse(null)).declared(r.declared()).extensions(r.extensions()).sourceMap(r.sourceMap());
        r.tracks().forEach(b::addTrack);
        for (Group g : r.groups()) {
            if (!markers.contains(g.id())) {
                String parent = enclosing(g.parent(), into);
                b.addGroup(parent.equals(g.parent()) ? g : new Group(g.id(), g.title(), parent, g.extensions()));
            }
        }
        r.choices().forEach(b::addChoice);
        Set<String> known = new HashSet<>();
        r.choices().forEach(c -> known.add(c.id()));
        choices(members, firstOf).stream().filter(c -> known.add(c.id())).forEach(b::addChoice);
        return b.setSkills(skills).build();
    }

    /** The group a skill (or subsection) belongs to once marker sections are dissolved. */
    private static String enclosing(String group, Map<String, String> into) {
        String g = group;
        for (int guard = 0; into.containsKey(g) && guard <= into.size(); guard++) {
            g = into.get(g);
        }
        return into.containsKey(g) ? "" : g;
    }

    private static List<Choice> choices(Map<String, Map<String, List<SkillId>>> members, Map<String, ChoiceHeading> firstOf) {
        List<Choice> out = new ArrayList<>();
        members.forEach((choiceId, options) -> {
            List<ChoiceOption> list = new ArrayList<>();
            String title = "";
            String defaultOption = "";
            for (Map.Entry<String, List<SkillId>> o : options.entrySet()) {
                ChoiceHeading h = firstOf.get(choiceId + "\u0000" + o.getKey());
                title = title.isEmpty() ? h.choiceTitle() : title;
                defaultOption = h.isDefault() && defaultOption.isEmpty() ? h.optionId() : defaultOption;
                list.add(ChoiceOption.of(h.optionId(), h.optionTitle(), o.getValue()));
            }
            out.add(Choice.of(choiceId, title, defaultOption, list));
        });
        return out;
    }

    private static Skill restore(Skill s, String group) {
        Optional<RigidPace> pace = s.rigidPace().isPresent() || s.effortNotation().isEmpty() ? Optional.empty()
                : PaceText.parse(s.effortNotation(), s.track());
        boolean optional = s.title().endsWith(OPTIONAL_SUFFIX) && s.title().length() > OPTIONAL_SUFFIX.length();
        if (pace.isEmpty() && group.equals(s.group()) && !optional) {
            return s;
        }
        Skill.Builder b = s.toBuilder().group(group);
        pace.ifPresent(p -> b.effort("", null).rigidPace(p));
        if (optional) {
            b.title(s.title().substring(0, s.title().length() - OPTIONAL_SUFFIX.length())).optional(true);
        }
        return b.build();
    }
}
