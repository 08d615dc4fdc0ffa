package dev.roadmap.plugins.casejson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Topic;
import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.core.text.JsonText;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a CASE package (a {@link Json} tree) into a roadmap.
 *
 * <ul>
 *   <li>{@code isChildOf} (origin is the child) with {@code sequenceNumber} gives the hierarchy. Items typed
 *       {@code Topic} are checklist items of their parent; items typed {@code Group}, and untyped items with
 *       children other than topics, are groups; every other item is a skill. Skills and groups are read in
 *       hierarchy order (by sequence number, then package order).</li>
 *   <li>{@code precedes} between two skills: the destination requires the origin.</li>
 *   <li>{@code isRelatedTo} and {@code isPeerOf} between two skills: the origin recommends the destination.</li>
 *   <li>{@code exemplar} from a skill: a resource titled and addressed by the destination node.</li>
 *   <li>Every other association, and any association with an end outside the package, is kept verbatim in
 *       the roadmap's {@code caseAssociations} extension (written back on export); an external one is
 *       reported as a {@code case-external-reference} notice.</li>
 * </ul>
 * Identifiers, the document's creator and last change are kept in {@code case} extensions so that an export
 * keeps them. One instance per import; not thread-safe.
 */
public final class CasePackageReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final ReadLimits limits;
    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * @param limits limits to enforce
     * @param source the source name
     */
    public CasePackageReader(ReadLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    private enum Kind { GROUP, SKILL, TOPIC }

    private static final class Item {
        final String identifier;
        final String statement;
        final String code;
        final String type;
        final String notes;
        final int index;
        final Json json;
        String parent;
        double sequence = Double.POSITIVE_INFINITY;
        Kind kind;
        String id;

        Item(String identifier, String statement, String code, String type, String notes, int index, Json json) {
            this.identifier = identifier;
            this.statement = statement;
            this.code = code;
            this.type = type;
            this.notes = notes;
            this.index = index;
            this.json = json;
        }
    }

    /** An association as read: its type, the identifiers and nodes of its ends, and where it stands. */
    private record Assoc(String type, String origin, String dest, Json originNode, Json destNode, Json json, String path) {
    }

    /** What the associations mean for the skills, by item identifier, and the ones kept verbatim. */
    private static final class Relations {
        final Map<String, Set<String>> requires = new HashMap<>();
        final Map<String, Set<String>> recommends = new HashMap<>();
        final Map<String, List<Resource>> resources = new HashMap<>();
        final List<Json> kept = new ArrayList<>();
    }

    /**
     * @param root the document's root value
     * @return the roadmap and the reader's remarks
     */
    public ImportResult read(Json root) {
        if (!root.isObject()) {
            throw new ImportException("unsupported-format", "a CASE package is a JSON object with CFDocument", root.location(), null);
        }
        Json pkg = root.object("CFPackage").orElse(root);
        Json doc = pkg.get("CFDocument").orElseThrow(() -> new ImportException("missing-field",
                "a CASE package needs a CFDocument", pkg.location(), null));
        if (!doc.isObject()) {
            throw new ImportException("wrong-type", "CFDocument must be an object", doc.location(), null);
        }
        String docId = required(doc, "identifier", "CFDocument");
        required(doc, "title", "CFDocument");
        Map<String, Item> items = readItems(pkg, docId);
        List<Assoc> assocs = readAssociations(pkg);
        Map<String, List<Item>> children = hierarchy(assocs, items, docId);
        classify(items, children);
        List<Item> ordered = hierarchyOrder(items, children, docId);
        assignIds(ordered);
        Relations relations = relations(assocs, items, docId);
        return new ImportResult(assemble(doc, docId, items, children, ordered, relations), diagnostics);
    }

    private Map<String, Item> readItems(Json pkg, String docId) {
        Map<String, Item> items = new LinkedHashMap<>();
        List<Json> itemList = array(pkg, "CFItems");
        if (itemList.size() > limits.maxSkills()) {
            throw new LimitExceededException("maxSkills", limits.maxSkills(), "the package has more CFItems",
                    pkg.get("CFItems").map(Json::location).orElse(pkg.location()));
        }
        for (int i = 0; i < itemList.size(); i++) {
            Json it = itemList.get(i);
            String path = "CFItems[" + i + "]";
            if (!it.isObject()) {
                diagnostics.add(Diagnostic.warning("case-bad-item", path + " is not an object; skipped", it.location()));
                continue;
            }
            Optional<String> identifier = it.text("identifier").filter(s -> !s.isBlank());
            Optional<String> statement = it.text("fullStatement").map(String::strip).filter(s -> !s.isEmpty())
                    .or(() -> it.text("abbreviatedStatement").map(String::strip).filter(s -> !s.isEmpty()));
            if (identifier.isEmpty() || statement.isEmpty()) {
                diagnostics.add(Diagnostic.warning("case-bad-item", path + " has no " + (identifier.isEmpty()
                        ? "identifier" : "fullStatement") + "; skipped", it.location()));
                continue;
            }
            if (items.containsKey(identifier.get()) || identifier.get().equals(docId)) {
                diagnostics.add(Diagnostic.warning("case-duplicate-item", path + " repeats identifier '"
                        + Abbreviations.abbreviate(identifier.get()) + "'; skipped", it.location()));
                continue;
            }
            String type = it.text("CFItemType").or(() -> it.object("CFItemTypeURI").flatMap(l -> l.text("title"))).orElse("");
            items.put(identifier.get(), new Item(identifier.get(), statement.get(), it.text("humanCodingScheme").orElse("").strip(),
                    type.strip(), it.text("notes").orElse(""), i, it));
        }
        return items;
    }

    private List<Assoc> readAssociations(Json pkg) {
        List<Json> assocList = array(pkg, "CFAssociations");
        if (assocList.size() > limits.maxPrerequisites()) {
            throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(), "the package has more CFAssociations",
                    pkg.get("CFAssociations").map(Json::location).orElse(pkg.location()));
        }
        List<Assoc> assocs = new ArrayList<>();
        for (int i = 0; i < assocList.size(); i++) {
            Json a = assocList.get(i);
            String path = "CFAssociations[" + i + "]";
            Optional<String> type = a.isObject() ? a.text("associationType") : Optional.empty();
            Optional<Json> origin = a.isObject() ? a.object("originNodeURI") : Optional.empty();
            Optional<Json> dest = a.isObject() ? a.object("destinationNodeURI") : Optional.empty();
            Optional<String> originId = origin.flatMap(o -> o.text("identifier"));
            Optional<String> destId = dest.flatMap(o -> o.text("identifier"));
            if (type.isEmpty() || originId.isEmpty() || destId.isEmpty()) {
                diagnostics.add(Diagnostic.warning("case-bad-association", path + " needs associationType and the "
                        + "identifiers of originNodeURI and destinationNodeURI; skipped", a.location()));
                continue;
            }
            assocs.add(new Assoc(type.get(), originId.get(), destId.get(), origin.get(), dest.get(), a, path));
        }
        return assocs;
    }

    /** @return the children of each item (and of the document), by sequence number then package order */
    private Map<String, List<Item>> hierarchy(List<Assoc> assocs, Map<String, Item> items, String docId) {
        Map<String, List<Item>> children = new HashMap<>();
        for (Assoc a : assocs) {
            if (a.type.equals("isChildOf") && items.containsKey(a.origin)
                    && (items.containsKey(a.dest) || a.dest.equals(docId)) && !a.origin.equals(a.dest)) {
                Item child = items.get(a.origin);
                if (child.parent == null) {
                    child.parent = a.dest;
                    child.sequence = a.json.number("sequenceNumber").orElse(Double.POSITIVE_INFINITY);
                    children.computeIfAbsent(a.dest, k -> new ArrayList<>()).add(child);
                } else if (!child.parent.equals(a.dest)) {
                    diagnostics.add(Diagnostic.notice("case-second-parent", a.path + " gives '" + Abbreviations.abbreviate(child.statement)
                            + "' a second parent; the first is kept", a.json.location()));
                }
            }
        }
        Comparator<Item> order = Comparator.comparingDouble((Item x) -> x.sequence).thenComparingInt(x -> x.index);
        children.values().forEach(l -> l.sort(order));
        return children;
    }

    /** Sets each item's kind: topic, group or skill. */
    private static void classify(Map<String, Item> items, Map<String, List<Item>> children) {
        for (Item it : items.values()) {
            String t = it.type.toLowerCase(Locale.ROOT);
            List<Item> kids = children.getOrDefault(it.identifier, List.of());
            boolean parentOfNonTopics = kids.stream().anyMatch(k -> !k.type.equalsIgnoreCase("topic"));
            it.kind = t.equals("topic") && it.parent != null && items.containsKey(it.parent) ? Kind.TOPIC
                    : t.equals("group") || (!t.equals("skill") && parentOfNonTopics) ? Kind.GROUP : Kind.SKILL;
        }
        // a topic under something that is not a skill is a skill itself
        for (Item it : items.values()) {
            if (it.kind == Kind.TOPIC && items.get(it.parent).kind != Kind.SKILL) {
                it.kind = Kind.SKILL;
            }
        }
    }

    /** @return every item, depth first from the document, then the unattached ones in package order */
    private List<Item> hierarchyOrder(Map<String, Item> items, Map<String, List<Item>> children, String docId) {
        List<Item> ordered = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        walkChildren(docId, children, visited, ordered);
        items.values().stream().filter(it -> !visited.contains(it.identifier)).sorted(Comparator.comparingInt(x -> x.index))
                .forEach(it -> {
                    if (visited.add(it.identifier)) {
                        ordered.add(it);
                        walkChildren(it.identifier, children, visited, ordered);
                    }
                });
        return ordered;
    }

    private Relations relations(List<Assoc> assocs, Map<String, Item> items, String docId) {
        Relations r = new Relations();
        for (Assoc a : assocs) {
            Item o = items.get(a.origin);
            Item d = items.get(a.dest);
            boolean originInside = o != null || a.origin.equals(docId);
            boolean destInside = d != null || a.dest.equals(docId);
            if (applied(a, o, d, originInside && destInside, r)) {
                continue;
            }
            r.kept.add(a.json);
            if (!originInside || !destInside) {
                Json outside = originInside ? a.destNode : a.originNode;
                diagnostics.add(Diagnostic.notice("case-external-reference", a.path + " (" + a.type + ") points outside the "
                        + "package to '" + Abbreviations.abbreviate(outside.text("title").orElse(outside.text("identifier").orElse("")))
                        + "'; kept as an external reference", a.json.location()));
            } else {
                diagnostics.add(Diagnostic.notice("case-association-kept", a.path + " (" + a.type + ") has no roadmap "
                        + "meaning here; kept for export", a.json.location()));
            }
        }
        return r;
    }

    /** @return whether the association has a roadmap meaning, which is then recorded */
    private static boolean applied(Assoc a, Item o, Item d, boolean inside, Relations r) {
        switch (a.type) {
            case "isChildOf" -> {
                return inside;
            }
            case "precedes" -> {
                if (isSkill(o) && isSkill(d)) {
                    r.requires.computeIfAbsent(d.identifier, k -> new LinkedHashSet<>()).add(o.identifier);
                    return true;
                }
            }
            case "isRelatedTo", "isPeerOf" -> {
                if (isSkill(o) && isSkill(d)) {
                    r.recommends.computeIfAbsent(o.identifier, k -> new LinkedHashSet<>()).add(d.identifier);
                    return true;
                }
            }
            case "exemplar" -> {
                if (isSkill(o) && d == null && a.destNode.text("uri").isPresent()) {
                    String url = a.destNode.text("uri").get();
                    String name = a.destNode.text("title").filter(s -> !s.isBlank()).orElse(url);
                    r.resources.computeIfAbsent(o.identifier, k -> new ArrayList<>()).add(Resource.of(name, url));
                    return true;
                }
            }
            default -> {
                // no roadmap meaning
            }
        }
        return false;
    }

    private Roadmap assemble(Json doc, String docId, Map<String, Item> items, Map<String, List<Item>> children,
                             List<Item> ordered, Relations relations) {
        String title = required(doc, "title", "CFDocument");
        String roadmapId = doc.text("uri").filter(u -> u.startsWith(CaseIds.DOCUMENT_URI_PREFIX))
                .map(u -> u.substring(CaseIds.DOCUMENT_URI_PREFIX.length()))
                .filter(id -> !id.isEmpty() && SkillId.isValid(id))
                .orElseGet(() -> Slugs.of(title, "case"));
        Roadmap.Builder b = Roadmap.builder(roadmapId).title(title)
                .description(doc.text("description").orElse(""))
                .language(doc.text("language").orElse(""));
        b.extensions(documentExtensions(doc, docId, relations.kept));
        for (Item it : ordered) {
            if (it.kind == Kind.GROUP) {
                b.addGroup(new Group(it.id, it.statement, groupOf(it, items), identity(it)));
            }
        }
        SourceMap.Builder map = new SourceMap.Builder(source);
        int index = 0;
        for (Item it : ordered) {
            if (it.kind == Kind.SKILL) {
                b.addSkill(skill(it, items, children, relations));
                map.put(SourceMap.keySkill(index++), it.json.location().line(), it.json.location().column());
            }
        }
        return b.sourceMap(map.build()).build();
    }

    private static Extensions documentExtensions(Json doc, String docId, List<Json> kept) {
        Map<String, String> ext = new LinkedHashMap<>();
        ext.put(CaseKeys.EXTENSION, "{\"identifier\":" + JsonText.quoted(docId)
                + doc.text("creator").map(c -> ",\"creator\":" + JsonText.quoted(c)).orElse("")
                + doc.text("lastChangeDateTime").map(c -> ",\"lastChangeDateTime\":" + JsonText.quoted(c)).orElse("") + "}");
        if (!kept.isEmpty()) {
            ext.put(CaseKeys.KEPT_ASSOCIATIONS, raw(kept));
        }
        return Extensions.of(ext);
    }

    private Skill skill(Item it, Map<String, Item> items, Map<String, List<Item>> children, Relations r) {
        Skill.Builder s = Skill.builder(SkillId.of(it.id)).title(it.statement).description(it.notes)
                .group(groupOf(it, items)).extensions(identity(it));
        r.requires.getOrDefault(it.identifier, Set.of()).forEach(p -> s.requires(SkillId.of(items.get(p).id)));
        r.recommends.getOrDefault(it.identifier, Set.of()).forEach(p -> s.recommends(SkillId.of(items.get(p).id)));
        r.resources.getOrDefault(it.identifier, List.of()).forEach(s::addResource);
        List<Item> topics = children.getOrDefault(it.identifier, List.of()).stream().filter(k -> k.kind == Kind.TOPIC).toList();
        if (topics.size() > limits.maxTopicsPerSkill()) {
            throw new LimitExceededException("maxTopicsPerSkill", limits.maxTopicsPerSkill(), "a skill has more topics",
                    it.json.location());
        }
        topics.forEach(t -> s.addTopic(Topic.of(t.statement, false)));
        return s.build();
    }

    private static boolean isSkill(Item it) {
        return it != null && it.kind == Kind.SKILL;
    }

    private static String groupOf(Item it, Map<String, Item> items) {
        Set<String> seen = new HashSet<>();
        String p = it.parent;
        while (p != null && items.containsKey(p) && seen.add(p)) {
            Item parent = items.get(p);
            if (parent.kind == Kind.GROUP) {
                return parent.id;
            }
            p = parent.parent;
        }
        return "";
    }

    private static Extensions identity(Item it) {
        return Extensions.of(Map.of(CaseKeys.EXTENSION, "{\"identifier\":" + JsonText.quoted(it.identifier) + "}"));
    }

    private void walkChildren(String node, Map<String, List<Item>> children, Set<String> visited, List<Item> out) {
        // iterative, so a deep hierarchy cannot overflow the stack
        java.util.ArrayDeque<java.util.Iterator<Item>> stack = new java.util.ArrayDeque<>();
        stack.push(children.getOrDefault(node, List.of()).iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<Item> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Item next = top.next();
            if (visited.add(next.identifier)) {
                out.add(next);
                stack.push(children.getOrDefault(next.identifier, List.of()).iterator());
            }
        }
    }

    private void assignIds(List<Item> ordered) {
        Slugs skillIds = new Slugs();
        Slugs groupIds = new Slugs();
        for (Item it : ordered) {
            if (it.kind == Kind.TOPIC) {
                continue;
            }
            String base = !it.code.isEmpty() && SkillId.isValid(it.code) ? it.code
                    : Slugs.of(it.code.isEmpty() ? it.statement : it.code, Slugs.of(it.identifier, "item"));
            it.id = (it.kind == Kind.GROUP ? groupIds : skillIds).unique(base);
        }
    }

    private String required(Json obj, String field, String what) {
        Optional<Json> v = obj.get(field);
        if (v.isEmpty() || v.get().kind() != Json.Kind.STRING || v.get().scalar().isBlank()) {
            throw new ImportException("missing-field", what + " needs a non-empty \"" + field + "\" string",
                    v.map(Json::location).orElse(obj.location()), null);
        }
        return v.get().scalar();
    }

    private static List<Json> array(Json pkg, String field) {
        Optional<Json> v = pkg.get(field);
        if (v.isPresent() && !v.get().isArray()) {
            throw new ImportException("wrong-type", "\"" + field + "\" must be a list", v.get().location(), null);
        }
        return pkg.array(field);
    }

    private static String raw(List<Json> values) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartArray();
            for (Json v : values) {
                CasePackageWriter.copy(g, v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
