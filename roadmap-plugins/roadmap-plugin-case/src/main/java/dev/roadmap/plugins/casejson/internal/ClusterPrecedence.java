package dev.roadmap.plugins.casejson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives {@code precedes} associations that have a cluster (a CASE item read as a group: it has
 * children) at either end their meaning: every skill of the later side requires the earlier side.
 *
 * <p>The edges are the fewest that say so: each <em>entry</em> skill of the later side (one that
 * requires no other skill of that side) requires each <em>terminal</em> skill of the earlier side
 * (one that no other skill of that side requires). Every skill of a side reaches an entry or a
 * terminal through the side's own prerequisites, so by transitivity every later skill requires
 * every earlier one, exactly as if all pairs were written, with far fewer edges (a chain of ten
 * skills preceding a chain of ten gets one edge, not a hundred). A single skill is a side of one.
 * Associations whose sides overlap (a cluster preceding its own part) keep the reader's notice.
 *
 * <p>Runs after {@link CasePackageReader} on its result and the same package: skills and groups are
 * matched to items by the identifiers the reader keeps in their {@code x-case} extensions. Linear in
 * the package size plus the edges added; the total number of prerequisites stays within
 * {@link ReadLimits#maxPrerequisites()}. Stateless and thread-safe.
 */
public final class ClusterPrecedence {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The notice that replaces the reader's {@code case-association-kept} for an association read here. */
    public static final String CODE = "case-cluster-precedes";

    private ClusterPrecedence() {
    }

    /** One end of an association: the skills it stands for, by roadmap index. */
    private record Side(String name, boolean cluster, List<Integer> skills) {
    }

    /**
     * @param root   the package as read
     * @param result what {@link CasePackageReader} made of it
     * @param limits the limits of the import
     * @return the result with the prerequisites the cluster associations state; {@code result}
     *     itself when the package has none
     */
    public static ImportResult apply(Json root, ImportResult result, ReadLimits limits) {
        Json pkg = root.object("CFPackage").orElse(root);
        List<Json> candidates = new ArrayList<>();
        for (Json a : pkg.array("CFAssociations")) {
            if (a.isObject() && a.text("associationType").filter("precedes"::equals).isPresent()) {
                candidates.add(a);
            }
        }
        if (candidates.isEmpty()) {
            return result;
        }
        Roadmap r = result.roadmap();
        Index index = new Index(r);
        if (index.groups.isEmpty()) {
            return result;
        }
        Map<Integer, List<SkillId>> added = new HashMap<>();
        long total = r.skills().stream().mapToLong(s -> s.requires().size()).sum();
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        for (Json a : candidates) {
            Optional<Side> before = a.object("originNodeURI").flatMap(n -> n.text("identifier")).flatMap(index::side);
            Optional<Side> after = a.object("destinationNodeURI").flatMap(n -> n.text("identifier")).flatMap(index::side);
            if (before.isEmpty() || after.isEmpty() || !before.get().cluster() && !after.get().cluster()) {
                continue; // outside the package, or skill to skill (the reader's own case)
            }
            Set<Integer> earlier = new HashSet<>(before.get().skills());
            if (after.get().skills().stream().anyMatch(earlier::contains)) {
                continue;
            }
            int edges = 0;
            List<Integer> terminals = terminals(before.get(), earlier, r, added);
            for (int entry : entries(after.get(), r, added)) {
                for (int terminal : terminals) {
                    SkillId pre = r.skill(terminal).id();
                    List<SkillId> list = added.computeIfAbsent(entry, k -> new ArrayList<>(r.skill(k).requires()));
                    if (!list.contains(pre)) {
                        if (++total > limits.maxPrerequisites()) {
                            throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(),
                                    "cluster precedences give more prerequisites", a.location());
                        }
                        list.add(pre);
                        edges++;
                    }
                }
            }
            diagnostics.removeIf(d -> d.code().equals("case-association-kept") && d.location().equals(a.location()));
            diagnostics.add(Diagnostic.notice(CODE, "precedes from " + before.get().name() + " to " + after.get().name()
                    + ": every skill of the second requires the first (" + edges + " prerequisite"
                    + (edges == 1 ? "" : "s") + " added)", a.location()));
        }
        if (added.isEmpty()) {
            return new ImportResult(r, diagnostics);
        }
        List<Skill> skills = new ArrayList<>(r.skills());
        added.forEach((i, list) -> skills.set(i, skills.get(i).toBuilder().setRequires(list).build()));
        return new ImportResult(r.toBuilder().setSkills(skills).build(), diagnostics);
    }

    private static List<SkillId> requiresOf(int skill, Roadmap r, Map<Integer, List<SkillId>> added) {
        List<SkillId> list = added.get(skill);
        return list != null ? list : r.skill(skill).requires();
    }

    /** Skills of the side that require no other skill of the side. */
    private static List<Integer> entries(Side side, Roadmap r, Map<Integer, List<SkillId>> added) {
        Set<SkillId> members = new HashSet<>();
        side.skills().forEach(i -> members.add(r.skill(i).id()));
        List<Integer> out = new ArrayList<>();
        for (int i : side.skills()) {
            if (requiresOf(i, r, added).stream().noneMatch(members::contains)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Skills of the side that no other skill of the side requires. */
    private static List<Integer> terminals(Side side, Set<Integer> members, Roadmap r, Map<Integer, List<SkillId>> added) {
        Set<Integer> required = new HashSet<>();
        for (int i : side.skills()) {
            for (SkillId p : requiresOf(i, r, added)) {
                int at = r.indexOf(p);
                if (members.contains(at)) {
                    required.add(at);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i : side.skills()) {
            if (!required.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Items of the package found in the roadmap: skills and groups by CASE identifier. */
    private static final class Index {
        final Map<String, Integer> skills = new HashMap<>();
        final Map<String, String> groups = new HashMap<>();
        final Map<String, String> groupTitles = new HashMap<>();
        final Map<String, List<String>> subgroups = new HashMap<>();
        final Map<String, List<Integer>> direct = new HashMap<>();
        final Map<String, Side> sides = new HashMap<>();
        final Roadmap r;

        Index(Roadmap r) {
            this.r = r;
            for (Group g : r.groups()) {
                identifier(g.extensions().get(CaseKeys.EXTENSION)).ifPresent(id -> groups.put(id, g.id()));
                groupTitles.put(g.id(), g.title());
                subgroups.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g.id());
            }
            for (int i = 0; i < r.size(); i++) {
                Skill s = r.skill(i);
                int index = i;
                identifier(s.extensions().get(CaseKeys.EXTENSION)).ifPresent(id -> skills.put(id, index));
                direct.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(i);
            }
        }

        Optional<Side> side(String identifier) {
            Integer skill = skills.get(identifier);
            if (skill != null) {
                return Optional.of(new Side("skill '" + r.skill(skill).id() + "'", false, List.of(skill)));
            }
            String group = groups.get(identifier);
            if (group == null) {
                return Optional.empty();
            }
            return Optional.of(sides.computeIfAbsent(group, g -> new Side("cluster '" + groupTitles.get(g) + "'", true, members(g))));
        }

        /** The skills of a group and of all groups below it, in roadmap order of groups. */
        private List<Integer> members(String group) {
            List<Integer> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>();
            todo.push(group);
            while (!todo.isEmpty()) {
                String g = todo.pop();
                if (seen.add(g)) {
                    out.addAll(direct.getOrDefault(g, List.of()));
                    subgroups.getOrDefault(g, List.of()).forEach(todo::push);
                }
            }
            return out;
        }
    }

    /** @return the {@code identifier} of an {@code x-case} extension value */
    static Optional<String> identifier(Optional<String> extension) {
        if (extension.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser p = FACTORY.createParser(extension.get())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("identifier") && value == JsonToken.VALUE_STRING) {
                    return Optional.of(p.getText());
                }
                p.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
