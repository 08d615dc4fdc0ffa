package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.core.text.JsonText;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.plugins.roadmapsh.NodeKind;
import dev.roadmap.plugins.roadmapsh.RoadmapShImporter;
import dev.roadmap.plugins.roadmapsh.RoadmapShOptions;
import dev.roadmap.plugins.roadmapsh.RoadmapShProgress;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the prerequisite DAG of a roadmap.sh {@link Layout} and builds the {@link Roadmap}.
 *
 * <ol>
 *   <li>Topics are ranked by {@link Node#order()} (vertical position, or the legacy number), then
 *       horizontal position, then document order.</li>
 *   <li>Each topic-to-topic edge makes the lower-ranked end a prerequisite of the other, whichever way
 *       it was drawn; so the topic relation follows the ranking and cannot have a cycle.</li>
 *   <li>A topic no edge leads into requires the topic ranked just before it (skipping
 *       "order not strict" topics, which get no implicit order).</li>
 *   <li>Every other learnable node requires one parent: the topic an edge links it to, else the topic
 *       of the smallest section box containing it, else the nearest topic. Siblings are unordered.</li>
 *   <li>Legends: optional ones make skills optional; alternatives under one topic become a
 *       {@link Choice} (recommended siblings first, the first option the default).</li>
 * </ol>
 * One instance per import; not thread-safe.
 */
public final class Assembler {
    private final Layout layout;
    private final RoadmapShOptions options;
    private final Map<String, ContentFiles.Content> content;
    private final ReadLimits limits;
    private final String roadmapId;
    private final String source;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, SkillId> ids = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, Set<String>> requires = new LinkedHashMap<>();
    private final Map<String, Set<String>> recommends = new LinkedHashMap<>();
    private final Set<String> matchedProgress = new HashSet<>();
    private int prerequisites;

    /**
     * @param layout    what the shape reader found
     * @param options   efforts and progress
     * @param content   content by node id (may be empty)
     * @param limits    limits to enforce
     * @param roadmapId the roadmap's id
     * @param source    the source name
     */
    public Assembler(Layout layout, RoadmapShOptions options, Map<String, ContentFiles.Content> content,
                     ReadLimits limits, String roadmapId, String source) {
        this.layout = layout;
        this.options = options;
        this.content = content;
        this.limits = limits;
        this.roadmapId = roadmapId;
        this.source = source;
        this.diagnostics = new ArrayList<>(layout.diagnostics);
        layout.nodes.forEach(n -> byId.put(n.nodeId(), n));
    }

    /** @return the roadmap with the readers' and the assembler's remarks */
    public ImportResult build() {
        List<Node> learnable = layout.nodes.stream().filter(n -> !n.isSection()).toList();
        List<Node> sections = layout.nodes.stream().filter(Node::isSection).toList();
        assignIds(learnable);
        List<Node> topics = rankedTopics(learnable);
        relations(learnable, topics);
        Map<String, String> parent = parents(learnable, topics, sections);
        parent.forEach((child, p) -> requires.get(child).add(p));
        Map<String, String> groupOf = groups(learnable, topics, parent);
        Set<String> optional = new HashSet<>();
        List<Choice> choices = choices(learnable, parent, optional);

        Roadmap.Builder roadmap = Roadmap.builder(roadmapId).title(layout.title.isEmpty() ? roadmapId : layout.title)
                .extensions(Extensions.of(Map.of("x-roadmapsh", roadmapExtension())));
        for (Node t : topics) {
            roadmap.addGroup(Group.of(ids.get(t.nodeId()).value(), t.label()));
        }
        SourceMap.Builder map = new SourceMap.Builder(source);
        for (int i = 0; i < learnable.size(); i++) {
            Node n = learnable.get(i);
            Skill skill = skill(n, groupOf.getOrDefault(n.nodeId(), ""), optional.contains(n.nodeId()));
            roadmap.addSkill(skill);
            map.put(SourceMap.keySkill(i), n.location().line(), n.location().column());
            map.put(SourceMap.keySkillField(i, "requires"), n.location().line(), n.location().column());
            for (int k = 0; k < skill.requires().size(); k++) {
                map.put(SourceMap.keySkillEntry(i, "requires", k), n.location().line(), n.location().column());
            }
        }
        reportUnmatchedProgress(options.progress(), matchedProgress);
        choices.forEach(roadmap::addChoice);
        roadmap.sourceMap(map.build());
        if (learnable.isEmpty()) {
            diagnostics.add(Diagnostic.warning("roadmapsh-no-learnable-nodes", "the document has no topic, subtopic, "
                    + "todo or checklist node", SourceLocation.of(source, 1, 1)));
        }
        return new ImportResult(roadmap.build(), diagnostics);
    }

    /** @return the topics in reading order (by order, then x, then document), each ranked in {@link #rank} */
    private List<Node> rankedTopics(List<Node> learnable) {
        Map<String, Integer> documentIndex = new HashMap<>();
        for (int i = 0; i < layout.nodes.size(); i++) {
            documentIndex.put(layout.nodes.get(i).nodeId(), i);
        }
        List<Node> topics = learnable.stream().filter(n -> n.kind() == NodeKind.TOPIC)
                .sorted(Comparator.comparingDouble(Node::order).thenComparingDouble(Node::x)
                        .thenComparingInt(n -> documentIndex.get(n.nodeId())))
                .toList();
        for (int i = 0; i < topics.size(); i++) {
            rank.put(topics.get(i).nodeId(), i);
        }
        return topics;
    }

    /** Requires along drawn order edges and the topic sequence, recommends along soft edges. */
    private void relations(List<Node> learnable, List<Node> topics) {
        learnable.forEach(n -> {
            requires.put(n.nodeId(), new LinkedHashSet<>());
            recommends.put(n.nodeId(), new LinkedHashSet<>());
        });
        Set<String> hasIncoming = new HashSet<>();
        for (Layout.Relation r : layout.order) {
            String[] ends = oriented(r);
            requires.get(ends[1]).add(ends[0]);
            hasIncoming.add(ends[1]);
        }
        for (Layout.Relation r : layout.soft) {
            String[] ends = oriented(r);
            if (!requires.get(ends[1]).contains(ends[0])) {
                recommends.get(ends[1]).add(ends[0]);
            }
        }
        Node previous = null;
        for (Node t : topics) {
            if (Legend.of(t.legend()) == Legend.ANY_ORDER) {
                continue;
            }
            if (previous != null && !hasIncoming.contains(t.nodeId())) {
                requires.get(t.nodeId()).add(previous.nodeId());
            }
            previous = t;
        }
    }

    /** @return the group of each node: its topic's, found by walking up the parents */
    private Map<String, String> groups(List<Node> learnable, List<Node> topics, Map<String, String> parent) {
        Map<String, String> groupOf = new HashMap<>();
        for (Node t : topics) {
            groupOf.put(t.nodeId(), ids.get(t.nodeId()).value());
        }
        for (Node n : learnable) {
            if (n.kind() != NodeKind.TOPIC) {
                String top = n.nodeId();
                Set<String> seen = new HashSet<>();
                while (parent.containsKey(top) && seen.add(top)) {
                    top = parent.get(top);
                }
                if (groupOf.containsKey(top)) {
                    groupOf.put(n.nodeId(), groupOf.get(top));
                }
            }
        }
        return groupOf;
    }

    private Skill skill(Node n, String group, boolean optional) {
        Skill.Builder s = Skill.builder(ids.get(n.nodeId())).title(n.label()).group(group).optional(optional);
        List<SkillId> req = requires.get(n.nodeId()).stream().map(ids::get).toList();
        prerequisites += req.size();
        if (prerequisites > limits.maxPrerequisites()) {
            throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(),
                    "the rebuilt roadmap has more prerequisites", n.location());
        }
        s.setRequires(req);
        s.setRecommends(recommends.get(n.nodeId()).stream().map(ids::get).toList());
        s.effort(effort(n));
        s.addTag(n.kind().id().equals("checklist-item") ? "checklist" : n.kind().id());
        s.addTag(RoadmapShImporter.ESTIMATED_TAG);
        Legend legend = Legend.of(n.legend());
        if (legend != Legend.NONE) {
            s.addTag(legend.tag());
        }
        addProgress(n, s);
        ContentFiles.Content c = content.get(n.nodeId());
        if (c != null) {
            s.description(c.description());
            s.setResources(c.resources());
        }
        s.extensions(Extensions.of(Map.of("x-roadmapsh", "{\"nodeId\":" + JsonText.quoted(n.nodeId())
                + ",\"type\":" + JsonText.quoted(n.type())
                + (n.legend().isEmpty() ? "" : ",\"legend\":" + JsonText.quoted(n.legend())) + "}")));
        return s.build();
    }

    /** Ticks the node's checklist items and sets its status from the progress export. */
    private void addProgress(Node n, Skill.Builder s) {
        RoadmapShProgress progress = options.progress();
        for (Node.Item item : n.items()) {
            boolean done = !item.id().isEmpty() && progress.done().contains(item.id());
            if (done) {
                matchedProgress.add(item.id());
            }
            s.addTopic(Topic.of(item.label(), done));
        }
        progress.statusOf(n.nodeId()).ifPresent(st -> {
            matchedProgress.add(n.nodeId());
            s.status(st);
        });
    }

    private void assignIds(List<Node> learnable) {
        Slugs used = new Slugs();
        for (Node n : learnable) {
            ids.put(n.nodeId(), SkillId.of(used.unique(Slugs.of(n.label(), "node"))));
        }
    }

    /** @return the relation's ends with the lower-ranked topic first */
    private String[] oriented(Layout.Relation r) {
        return rank.get(r.from()) <= rank.get(r.to()) ? new String[] {r.from(), r.to()} : new String[] {r.to(), r.from()};
    }

    private Map<String, String> parents(List<Node> learnable, List<Node> topics, List<Node> sections) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (Layout.Relation r : layout.parents) {
            Node child = byId.get(r.from());
            Node p = byId.get(r.to());
            if (child == null || child.kind() == NodeKind.TOPIC && p != null && p.kind() == NodeKind.TOPIC) {
                continue;
            }
            if (p == null || p.isSection()) {
                diagnostics.add(Diagnostic.warning("roadmapsh-missing-parent", r.path() + " names parent '"
                        + Abbreviations.abbreviate(r.to()) + "', which is not a learnable node; placed by position instead", r.at()));
                continue;
            }
            String existing = parent.putIfAbsent(child.nodeId(), p.nodeId());
            if (existing != null && !existing.equals(p.nodeId())) {
                diagnostics.add(Diagnostic.notice("roadmapsh-second-parent", r.path() + " links '" + Abbreviations.abbreviate(child.label())
                        + "' to a second topic; it stays under '" + Abbreviations.abbreviate(byId.get(existing).label()) + "'", r.at()));
            }
        }
        if (topics.isEmpty()) {
            return parent;
        }
        Map<String, String> sectionTopic = new HashMap<>();
        for (Layout.Relation r : layout.sectionLinks) {
            sectionTopic.putIfAbsent(r.to(), r.from());
        }
        for (Node section : sections) {
            sectionTopic.computeIfAbsent(section.nodeId(), k -> nearest(section, topics).nodeId());
        }
        for (Node n : learnable) {
            if (n.kind() == NodeKind.TOPIC || parent.containsKey(n.nodeId())) {
                continue;
            }
            Node box = sections.stream().filter(s -> s.contains(n))
                    .min(Comparator.comparingDouble(s -> s.width() * s.height())).orElse(null);
            String p = box != null ? sectionTopic.get(box.nodeId()) : nearest(n, topics).nodeId();
            parent.put(n.nodeId(), p);
            diagnostics.add(Diagnostic.notice("roadmapsh-placed-by-position", n.path() + " ('" + Abbreviations.abbreviate(n.label())
                    + "') has no edge to a topic; attached to '" + Abbreviations.abbreviate(byId.get(p).label()) + "' "
                    + (box != null ? "whose section box contains it" : "as the nearest topic"), n.location()));
        }
        return parent;
    }

    /** The topic whose box is nearest to the node's centre; ties go to the higher-ranked topic. */
    private static Node nearest(Node n, List<Node> rankedTopics) {
        Node best = rankedTopics.get(0);
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Node t : rankedTopics) {
            double d = t.distanceSquaredTo(n);
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    private List<Choice> choices(List<Node> learnable, Map<String, String> parent, Set<String> optional) {
        Map<String, List<Node>> children = new LinkedHashMap<>();
        for (Node n : learnable) {
            Legend legend = Legend.of(n.legend());
            if (legend == Legend.OPTIONAL) {
                optional.add(n.nodeId());
            }
            String p = parent.get(n.nodeId());
            if (p != null) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
            }
        }
        List<Choice> out = new ArrayList<>();
        for (Map.Entry<String, List<Node>> e : children.entrySet()) {
            List<Node> alternatives = e.getValue().stream().filter(n -> Legend.of(n.legend()) == Legend.ALTERNATIVE).toList();
            if (alternatives.isEmpty()) {
                continue;
            }
            List<Node> picks = new ArrayList<>(e.getValue().stream()
                    .filter(n -> Legend.of(n.legend()) == Legend.RECOMMENDED).toList());
            picks.addAll(alternatives);
            if (picks.size() < 2) {
                Node lone = alternatives.get(0);
                optional.add(lone.nodeId());
                diagnostics.add(Diagnostic.notice("roadmapsh-lone-alternative", lone.path() + " ('" + Abbreviations.abbreviate(lone.label())
                        + "') is marked as an alternative but has no sibling to choose against; made optional", lone.location()));
                continue;
            }
            SkillId topic = ids.get(e.getKey());
            List<ChoiceOption> options = picks.stream().map(n -> ChoiceOption.of(ids.get(n.nodeId()).value(), n.label(),
                    List.of(ids.get(n.nodeId())))).toList();
            out.add(Choice.of(topic.value() + "-pick", byId.get(e.getKey()).label() + ": pick one",
                    options.get(0).id(), options));
        }
        // an alternative with no parent (a topic) has nothing to be an alternative to in the rebuilt DAG
        for (Node n : learnable) {
            if (Legend.of(n.legend()) == Legend.ALTERNATIVE && !parent.containsKey(n.nodeId()) && optional.add(n.nodeId())) {
                diagnostics.add(Diagnostic.notice("roadmapsh-lone-alternative", n.path() + " ('" + Abbreviations.abbreviate(n.label())
                        + "') is an alternative topic; made optional", n.location()));
            }
        }
        return out;
    }

    private Effort effort(Node n) {
        Effort per = options.effort(n.kind());
        if (n.kind() != NodeKind.CHECKLIST_ITEM) {
            return per;
        }
        int count = Math.max(1, n.items().size());
        return Effort.ofHours(Math.min(per.minHours() * count, Effort.MAX_HOURS), Math.min(per.maxHours() * count, Effort.MAX_HOURS));
    }

    private String roadmapExtension() {
        StringBuilder b = new StringBuilder("{\"estimatedEfforts\":{");
        NodeKind[] kinds = NodeKind.values();
        for (int i = 0; i < kinds.length; i++) {
            b.append(i == 0 ? "" : ",").append(JsonText.quoted(kinds[i].id())).append(':')
                    .append(JsonText.quoted(options.effort(kinds[i]).toNotation()));
        }
        return b.append("}}").toString();
    }

    private void reportUnmatchedProgress(RoadmapShProgress progress, Set<String> matched) {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(progress.done());
        all.addAll(progress.learning());
        all.addAll(progress.skipped());
        all.removeAll(matched);
        if (!all.isEmpty()) {
            diagnostics.add(Diagnostic.notice("roadmapsh-unknown-progress", all.size() + " progress id(s) match no node, e.g. '"
                    + Abbreviations.abbreviate(all.stream().sorted().findFirst().orElseThrow()) + "'; ignored", SourceLocation.of(source, 1, 1)));
        }
    }
}
