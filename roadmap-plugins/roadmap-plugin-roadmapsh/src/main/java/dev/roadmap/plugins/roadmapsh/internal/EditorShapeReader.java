package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.plugins.roadmapsh.NodeKind;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the editor shape ({@code {"nodes": [...], "edges": [...]}}, React Flow). Nodes of learnable
 * types become {@link Node}s, {@code section} boxes are kept for geometry, decoration is dropped.
 * Edges are classified by the kinds of their ends; broken ones are skipped with a located warning
 * naming their JSON path. Stateless apart from one import's {@link Layout}.
 */
final class EditorShapeReader extends ShapeReader {
    private static final Set<String> DECORATION = Set.of("label", "paragraph", "button", "resourcebutton",
            "linksgroup", "legend", "vertical", "horizontal", "title");

    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, String> decorationTypes = new HashMap<>();

    /** @param limits limits to enforce */
    EditorShapeReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    Layout read(Json root, Json nodes) {
        int learnable = 0;
        int items = 0;
        for (int i = 0; i < nodes.elements().size(); i++) {
            Json n = nodes.elements().get(i);
            Node node = node(n, "nodes[" + i + "]");
            if (node != null) {
                if (!node.isSection() && ++learnable > limits.maxSkills()) {
                    throw new LimitExceededException("maxSkills", limits.maxSkills(), "the roadmap has more learnable nodes",
                            n.location());
                }
                items += node.items().size();
                if (items > limits.maxTableCells()) {
                    throw new LimitExceededException("maxTableCells", limits.maxTableCells(),
                            "the roadmap has more checklist items", n.location());
                }
                byId.put(node.nodeId(), node);
                layout.nodes.add(node);
            }
        }
        Optional<Json> edges = root.get("edges");
        if (edges.isPresent()) {
            if (!edges.get().isArray()) {
                throw new ImportException("wrong-type", "\"edges\" must be a list of edges", edges.get().location(), null);
            }
            List<Json> list = edges.get().elements();
            if (list.size() > limits.maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(), "the roadmap has more edges",
                        edges.get().location());
            }
            for (int i = 0; i < list.size(); i++) {
                edge(list.get(i), "edges[" + i + "]");
            }
        }
        return layout;
    }

    private Node node(Json n, String path) {
        if (!n.isObject()) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-bad-node", path + " is not an object; skipped", n.location()));
            return null;
        }
        Optional<String> id = n.text("id").filter(s -> !s.isBlank());
        String type = n.text("type").orElse("").trim();
        Json data = n.object("data").orElse(null);
        String label = data == null ? "" : Texts.clean(data.text("label").orElse(""));
        if (id.isEmpty()) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-node-without-id", path + " (" + type
                    + ") has no id; skipped", n.location()));
            return null;
        }
        if (byId.containsKey(id.get()) || decorationTypes.containsKey(id.get())) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-duplicate-node", path + " repeats node id '"
                    + Abbreviations.abbreviate(id.get()) + "'; skipped", n.location()));
            return null;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        NodeKind kind;
        switch (lower) {
            case "topic" -> kind = NodeKind.TOPIC;
            case "subtopic" -> kind = NodeKind.SUBTOPIC;
            case "todo" -> kind = NodeKind.TODO;
            case "checklist" -> kind = NodeKind.CHECKLIST_ITEM;
            case "section" -> kind = null;
            default -> {
                if (lower.equals("title") && layout.title.isEmpty() && !label.isEmpty()) {
                    layout.title = label;
                }
                if (!DECORATION.contains(lower)) {
                    layout.diagnostics.add(Diagnostic.notice("roadmapsh-unknown-node-type", path + " has unknown type '"
                            + Abbreviations.abbreviate(type) + "'; treated as decoration", n.location()));
                }
                decorationTypes.put(id.get(), type.isEmpty() ? "untyped" : type);
                return null;
            }
        }
        List<Node.Item> items = new ArrayList<>();
        if (data != null) {
            List<Json> checklists = data.array("checklists");
            for (int k = 0; k < checklists.size(); k++) {
                Json item = checklists.get(k);
                String text = item.isObject() ? Texts.clean(item.text("label").orElse("")) : "";
                if (text.isEmpty()) {
                    layout.diagnostics.add(Diagnostic.warning("roadmapsh-empty-checklist-item", path
                            + ".data.checklists[" + k + "] has no label; skipped", item.location()));
                    continue;
                }
                items.add(new Node.Item(item.text("id").orElse(""), text));
            }
        }
        if (items.size() > limits.maxTopicsPerSkill()) {
            throw new LimitExceededException("maxTopicsPerSkill", limits.maxTopicsPerSkill(),
                    "a checklist has more items", n.location());
        }
        if (kind == NodeKind.CHECKLIST_ITEM && label.isEmpty()) {
            label = items.isEmpty() ? "" : "Checklist";
        }
        if (kind != null && label.isEmpty()) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-unlabelled-node", path + " (" + type
                    + ") has no label; skipped", n.location()));
            decorationTypes.put(id.get(), type);
            return null;
        }
        Json position = n.object("position").orElse(null);
        double x = position == null ? 0 : position.number("x").orElse(0.0);
        double y = position == null ? 0 : position.number("y").orElse(0.0);
        double width = size(n, "width");
        double height = size(n, "height");
        String legend = data == null ? "" : data.object("legend").flatMap(l -> l.text("label")).map(Texts::clean).orElse("");
        return new Node(id.get(), kind, type, label, x, y, width, height, y, legend, items, path, n.location());
    }

    /** React Flow keeps sizes in {@code width}, {@code measured.width} or {@code style.width}. */
    private static double size(Json n, String field) {
        return n.number(field)
                .or(() -> n.object("measured").flatMap(m -> m.number(field)))
                .or(() -> n.object("style").flatMap(s -> s.number(field)))
                .filter(v -> v > 0)
                .orElse(0.0);
    }

    private void edge(Json e, String path) {
        if (!e.isObject()) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-bad-edge", path + " is not an object; skipped", e.location()));
            return;
        }
        Optional<String> source = e.text("source").filter(s -> !s.isBlank());
        Optional<String> target = e.text("target").filter(s -> !s.isBlank());
        if (source.isEmpty() || target.isEmpty()) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-incomplete-edge", path + " has no "
                    + (source.isEmpty() ? "source" : "target") + "; skipped", e.location()));
            return;
        }
        for (String end : List.of(source.get(), target.get())) {
            if (!byId.containsKey(end) && !decorationTypes.containsKey(end)) {
                layout.diagnostics.add(Diagnostic.warning("roadmapsh-dangling-edge", path + " points to missing node '"
                        + Abbreviations.abbreviate(end) + "'; skipped", e.location()));
                return;
            }
        }
        if (source.get().equals(target.get())) {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-self-edge", path + " links node '"
                    + Abbreviations.abbreviate(source.get()) + "' to itself; skipped", e.location()));
            return;
        }
        Node a = byId.get(source.get());
        Node b = byId.get(target.get());
        if (a == null || b == null) {
            String decoration = a == null ? decorationTypes.get(source.get()) : decorationTypes.get(target.get());
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-decoration-edge", path + " touches a " + decoration
                    + " node, which is decoration; ignored", e.location()));
            return;
        }
        boolean dashed = dashed(e);
        Layout.Relation relation = new Layout.Relation(a.nodeId(), b.nodeId(), path, e.location());
        if (a.kind() == NodeKind.TOPIC && b.kind() == NodeKind.TOPIC) {
            (dashed ? layout.soft : layout.order).add(relation);
        } else if (a.kind() == NodeKind.TOPIC && b.kind() != null) {
            layout.parents.add(new Layout.Relation(b.nodeId(), a.nodeId(), path, e.location()));
        } else if (b.kind() == NodeKind.TOPIC && a.kind() != null) {
            layout.parents.add(relation);
        } else if (a.kind() == NodeKind.TOPIC || b.kind() == NodeKind.TOPIC) {
            layout.sectionLinks.add(a.kind() == NodeKind.TOPIC ? relation
                    : new Layout.Relation(b.nodeId(), a.nodeId(), path, e.location()));
        } else {
            layout.diagnostics.add(Diagnostic.warning("roadmapsh-sibling-edge", path + " links two "
                    + (a.isSection() || b.isSection() ? "non-topic nodes" : "subtopics")
                    + "; subtopics under a topic are unordered siblings, so it is ignored", e.location()));
        }
    }

    private static boolean dashed(Json e) {
        Optional<String> style = e.object("data").flatMap(d -> d.text("edgeStyle"));
        if (style.isPresent()) {
            return style.get().trim().equalsIgnoreCase("dashed");
        }
        return e.object("style").flatMap(s -> s.text("strokeDasharray")).filter(s -> !s.isBlank() && !s.equals("0")).isPresent();
    }
}
