package dev.roadmap.plugins.casejson.internal;

import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.roadmap.core.Group;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a roadmap as a CASE 1.0 package. Groups, skills and topics become CFItems (typed {@code Group},
 * {@code Skill}, {@code Topic}); the hierarchy becomes {@code isChildOf} associations with sequence numbers;
 * {@code requires} becomes {@code precedes} (prerequisite first), {@code recommends} {@code isRelatedTo},
 * resources with an address {@code exemplar}. Identifiers are the ones an import kept (extension
 * {@code x-case}) or name-based UUIDs of the roadmap and part ids. One instance per export; not thread-safe.
 */
public final class CasePackageWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final List<String> ITEM_TYPES = List.of("Group", "Skill", "Topic");

    private final Roadmap roadmap;
    private final String docId;
    private final String docUri;
    private final String lastChange;
    private final Map<String, String> groupIds = new HashMap<>();
    private final Map<SkillId, String> skillIds = new HashMap<>();
    private final List<Association> associations = new ArrayList<>();
    private final java.util.Set<SkillId> writtenSkills = new java.util.HashSet<>();
    private final java.util.Set<String> writtenGroups = new java.util.HashSet<>();

    /** @param roadmap the roadmap to write */
    public CasePackageWriter(Roadmap roadmap) {
        this.roadmap = roadmap;
        Json ext = extension(roadmap.extensions().get(CaseKeys.EXTENSION));
        this.docId = ext == null ? CaseIds.of(roadmap.id(), "document", "")
                : ext.text("identifier").filter(CaseIds::isUuid).orElse(CaseIds.of(roadmap.id(), "document", ""));
        this.docUri = CaseIds.DOCUMENT_URI_PREFIX + roadmap.id();
        this.lastChange = ext == null ? CaseIds.DEFAULT_LAST_CHANGE
                : ext.text("lastChangeDateTime").orElse(CaseIds.DEFAULT_LAST_CHANGE);
    }

    /** A child of a parent in the hierarchy, ordered by {@code key}. */
    private record Child(double key, String identifier, String title) {
    }

    private record Association(String type, String originId, String originTitle, String originUri,
                               String destId, String destTitle, String destUri, Integer sequence) {
    }

    /**
     * @param out where to write UTF-8; not closed
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        for (Group g : roadmap.groups()) {
            Json ext = extension(g.extensions().get(CaseKeys.EXTENSION));
            String id = ext == null ? null : ext.text("identifier").filter(CaseIds::isUuid).orElse(null);
            groupIds.putIfAbsent(g.id(), id != null ? id : CaseIds.of(roadmap.id(), "group", g.id()));
        }
        for (Skill s : roadmap.skills()) {
            Json ext = extension(s.extensions().get(CaseKeys.EXTENSION));
            String id = ext == null ? null : ext.text("identifier").filter(CaseIds::isUuid).orElse(null);
            skillIds.putIfAbsent(s.id(), id != null ? id : CaseIds.of(roadmap.id(), "skill", s.id().value()));
        }
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            document(g);
            items(g);
            associations(g);
            definitions(g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void document(JsonGenerator g) throws IOException {
        Json ext = extension(roadmap.extensions().get(CaseKeys.EXTENSION));
        g.writeObjectFieldStart("CFDocument");
        g.writeStringField("identifier", docId);
        g.writeStringField("uri", docUri);
        g.writeStringField("creator", ext == null ? "roadmap" : ext.text("creator").orElse("roadmap"));
        g.writeStringField("title", roadmap.title());
        g.writeStringField("lastChangeDateTime", lastChange);
        if (!roadmap.description().isEmpty()) {
            g.writeStringField("description", roadmap.description());
        }
        if (!roadmap.language().isEmpty()) {
            g.writeStringField("language", roadmap.language());
        }
        link(g, "CFPackageURI", roadmap.title(), docId, docUri);
        g.writeEndObject();
    }

    private void items(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("CFItems");
        Map<String, List<Child>> children = new LinkedHashMap<>();
        groupItems(g, children);
        skillItems(g, children);
        g.writeEndArray();
        associations.addAll(0, hierarchy(children));
        relationAssociations();
    }

    /**
     * Children of each parent are ordered by the first skill they hold, so a reader walking the
     * hierarchy by sequence number meets the skills in document order.
     *
     * @return the document index of the first skill in each group (nested groups included)
     */
    private Map<String, Integer> firstSkillOfGroups() {
        Map<String, Group> byId = new HashMap<>();
        roadmap.groups().forEach(x -> byId.putIfAbsent(x.id(), x));
        Map<String, Integer> firstSkill = new HashMap<>();
        for (int i = roadmap.size() - 1; i >= 0; i--) {
            String group = roadmap.skill(i).group();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (byId.containsKey(group) && seen.add(group)) {
                firstSkill.put(group, i);
                group = byId.get(group).parent();
            }
        }
        return firstSkill;
    }

    private void groupItems(JsonGenerator g, Map<String, List<Child>> children) throws IOException {
        Map<String, Integer> firstSkill = firstSkillOfGroups();
        int groupIndex = 0;
        for (Group grp : roadmap.groups()) {
            if (seenGroup(grp)) {
                continue;
            }
            String parent = groupIds.containsKey(grp.parent()) && !grp.parent().equals(grp.id()) ? groupIds.get(grp.parent()) : docId;
            double key = firstSkill.containsKey(grp.id()) ? firstSkill.get(grp.id()) : 1e9 + groupIndex;
            groupIndex++;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(new Child(key, groupIds.get(grp.id()), grp.title()));
            item(g, groupIds.get(grp.id()), grp.title(), grp.id(), "Group", "");
        }
    }

    private void skillItems(JsonGenerator g, Map<String, List<Child>> children) throws IOException {
        for (int i = 0; i < roadmap.size(); i++) {
            Skill s = roadmap.skill(i);
            String id = skillIds.get(s.id());
            if (!writtenSkills.add(s.id())) {
                continue;
            }
            String parent = groupIds.containsKey(s.group()) ? groupIds.get(s.group()) : docId;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(new Child(i, id, s.title()));
            item(g, id, s.title(), s.id().value(), "Skill", s.description());
            List<Topic> topics = s.topics();
            for (int t = 0; t < topics.size(); t++) {
                String topicId = CaseIds.of(roadmap.id(), "topic", s.id().value() + "#" + t);
                item(g, topicId, topics.get(t).title(), "", "Topic", "");
                associations.add(new Association("isChildOf", topicId, topics.get(t).title(), CaseIds.uri(topicId),
                        id, s.title(), CaseIds.uri(id), t + 1));
            }
        }
    }

    private List<Association> hierarchy(Map<String, List<Child>> children) {
        List<Association> hierarchy = new ArrayList<>();
        for (Map.Entry<String, List<Child>> e : children.entrySet()) {
            List<Child> list = e.getValue();
            list.sort(java.util.Comparator.comparingDouble(Child::key));
            boolean doc = e.getKey().equals(docId);
            for (int k = 0; k < list.size(); k++) {
                Child child = list.get(k);
                hierarchy.add(new Association("isChildOf", child.identifier(), child.title(), CaseIds.uri(child.identifier()), e.getKey(),
                        doc ? roadmap.title() : titleOfGroup(e.getKey()), doc ? docUri : CaseIds.uri(e.getKey()), k + 1));
            }
        }
        return hierarchy;
    }

    private void relationAssociations() {
        for (Skill s : roadmap.skills()) {
            String id = skillIds.get(s.id());
            for (SkillId req : s.requires()) {
                String from = skillIds.get(req);
                if (from != null) {
                    associations.add(new Association("precedes", from, titleOf(req), CaseIds.uri(from), id, s.title(),
                            CaseIds.uri(id), null));
                }
            }
            for (SkillId rec : s.recommends()) {
                String to = skillIds.get(rec);
                if (to != null) {
                    associations.add(new Association("isRelatedTo", id, s.title(), CaseIds.uri(id), to, titleOf(rec),
                            CaseIds.uri(to), null));
                }
            }
            for (Resource r : s.resources()) {
                if (!r.url().isEmpty()) {
                    String resourceId = CaseIds.of(roadmap.id(), "resource", r.url() + "\n" + r.title());
                    associations.add(new Association("exemplar", id, s.title(), CaseIds.uri(id), resourceId, r.title(),
                            r.url(), null));
                }
            }
        }
    }

    private boolean seenGroup(Group grp) {
        return !writtenGroups.add(grp.id());
    }

    private String titleOf(SkillId id) {
        return roadmap.skill(id).map(Skill::title).orElse(id.value());
    }

    private String titleOfGroup(String identifier) {
        return roadmap.groups().stream().filter(x -> groupIds.get(x.id()).equals(identifier)).findFirst()
                .map(Group::title).orElse(identifier);
    }

    private void item(JsonGenerator g, String id, String statement, String code, String type, String notes) throws IOException {
        g.writeStartObject();
        g.writeStringField("identifier", id);
        g.writeStringField("uri", CaseIds.uri(id));
        g.writeStringField("fullStatement", statement);
        if (!code.isEmpty()) {
            g.writeStringField("humanCodingScheme", code);
        }
        g.writeStringField("CFItemType", type);
        String typeId = CaseIds.of(roadmap.id(), "item-type", type);
        link(g, "CFItemTypeURI", type, typeId, CaseIds.uri(typeId));
        if (!notes.isEmpty()) {
            g.writeStringField("notes", notes);
        }
        if (!roadmap.language().isEmpty()) {
            g.writeStringField("language", roadmap.language());
        }
        g.writeStringField("lastChangeDateTime", lastChange);
        link(g, "CFDocumentURI", roadmap.title(), docId, docUri);
        g.writeEndObject();
    }

    private void associations(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("CFAssociations");
        Map<String, Integer> repeats = new HashMap<>();
        for (Association a : associations) {
            String key = a.type + ":" + a.originId + ">" + a.destId;
            int n = repeats.merge(key, 1, Integer::sum);
            String id = CaseIds.of(roadmap.id(), "association", key + (n > 1 ? "#" + n : ""));
            g.writeStartObject();
            g.writeStringField("identifier", id);
            g.writeStringField("associationType", a.type);
            if (a.sequence != null) {
                g.writeNumberField("sequenceNumber", a.sequence);
            }
            g.writeStringField("uri", CaseIds.uri(id));
            link(g, "originNodeURI", a.originTitle, a.originId, a.originUri);
            link(g, "destinationNodeURI", a.destTitle, a.destId, a.destUri);
            link(g, "CFDocumentURI", roadmap.title(), docId, docUri);
            g.writeStringField("lastChangeDateTime", lastChange);
            g.writeEndObject();
        }
        Json kept = extension(roadmap.extensions().get(CaseKeys.KEPT_ASSOCIATIONS));
        if (kept != null && kept.isArray()) {
            for (Json a : kept.elements()) {
                copy(g, a);
            }
        }
        g.writeEndArray();
    }

    private void definitions(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("CFDefinitions");
        g.writeArrayFieldStart("CFItemTypes");
        for (String type : ITEM_TYPES) {
            String id = CaseIds.of(roadmap.id(), "item-type", type);
            g.writeStartObject();
            g.writeStringField("identifier", id);
            g.writeStringField("uri", CaseIds.uri(id));
            g.writeStringField("title", type);
            g.writeStringField("description", switch (type) {
                case "Group" -> "A group of skills (a phase, a section)";
                case "Skill" -> "A skill to learn";
                default -> "A checklist item of a skill";
            });
            g.writeStringField("hierarchyCode", type);
            g.writeStringField("lastChangeDateTime", lastChange);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, String field, String title, String identifier, String uri) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("title", title);
        g.writeStringField("identifier", identifier);
        g.writeStringField("uri", uri);
        g.writeEndObject();
    }

    /** Writes a kept JSON value back as it was read. */
    static void copy(JsonGenerator g, Json v) throws IOException {
        switch (v.kind()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, Json> e : v.fields().entrySet()) {
                    g.writeFieldName(e.getKey());
                    copy(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (Json e : v.elements()) {
                    copy(g, e);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(v.scalar());
            case NUMBER -> g.writeNumber(v.scalar());
            case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(v.scalar()));
            case NULL -> g.writeNull();
            default -> throw new IllegalStateException(v.kind().toString());
        }
    }

    /** Parses an extension's raw JSON text; null when absent or unreadable. */
    static Json extension(Optional<String> raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return JsonTreeReader.read(new ByteArrayInputStream(raw.get().getBytes(StandardCharsets.UTF_8)), "<extension>",
                    ReadLimits.defaults());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
