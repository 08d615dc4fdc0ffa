package dev.roadmap.io.json.internal;

import dev.roadmap.core.SourceKey;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers of one document share: the cursor, the limits, the source map being built,
 * the importer's remarks and the running prerequisite count. One per document; not thread-safe.
 */
public final class ReadContext {
    /** An id a skill defines (see {@link #deferIdHere}). */
    public static final int DEFINES = 0;
    /** An entry of a skill's {@code requires}. */
    public static final int REQUIRES = 1;
    /** An entry of a skill's {@code recommends}. */
    public static final int RECOMMENDS = 2;
    private final JsonCursor cursor;
    private final ReadLimits limits;
    private final SourceMap.Builder sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private long prerequisites;
    private final UnknownFields unknownFields = new UnknownFields();
    /** One id object per distinct id, so the many references to a skill share its id (memory). */
    private final IdTable ids = new IdTable();
    /** Ids of the skill being read, held to be looked up together. */
    private final PendingIds pending = new PendingIds();
    /** The id table entry of each {@code requires} entry read, in document order. */
    private int[] requiresEntries = new int[64];
    private int requiresCount;
    /** One string per distinct track or group name, for the same reason. */
    private final Map<String, String> names = new HashMap<>();
    /** The last distinct names {@link #sharedHere} made, oldest overwritten first. */
    private final String[] recentNames = new String[8];
    private int nextRecent;

    /**
     * @param cursor the document's cursor
     * @param limits the limits to enforce
     */
    public ReadContext(JsonCursor cursor, ReadLimits limits) {
        this.cursor = cursor;
        this.limits = limits;
        this.sourceMap = new SourceMap.Builder(cursor.source());
    }

    /** @return the cursor */
    public JsonCursor cursor() {
        return cursor;
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the source map being built */
    public SourceMap.Builder sourceMap() {
        return sourceMap;
    }

    /** @return the remarks so far */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Records that the current token is where the part named by the key starts.
     *
     * @param key a typed source-map key
     */
    public void mark(SourceKey key) {
        mark(key.path());
    }

    /**
     * Records that the current token is where {@code key} starts.
     *
     * @param key a {@link SourceMap} key such as {@code skills/3/effort}
     */
    public void mark(String key) {
        long at = cursor.herePacked();
        sourceMap.put(key, (int) (at >>> 32), (int) at);
    }

    /**
     * Reads the id a skill defines, at the cursor (see {@link #requiredIdHere}).
     *
     * @param index the skill's document index
     * @param path  the value's path, made only for a message
     * @return the id object, the same one for every mention of the same id in this document
     * @throws IOException when reading fails or the value is not a string or not a valid id
     */
    public SkillId definedIdHere(int index, JsonCursor.Path path) throws IOException {
        int entry = knownHere();
        if (entry < 0) {
            entry = newEntryHere(path);
        }
        ids.define(entry, index);
        return ids.id(entry);
    }

    /**
     * Reads an entry of a skill's list of ids, at the cursor: the string of an id the document
     * already named is looked up without making a string, and only a new one is checked with
     * {@link SkillId#isValid}. The entry's path is made only when a message needs it.
     *
     * @param list     the list's path
     * @param entry    the entry's position in the list
     * @param requires whether the list is the skill's {@code requires}, whose entries are resolved
     *                 to document indices as they are read (see {@link #resolvedRequires()})
     * @return the id object, the same one for every mention of the same id in this document
     * @throws IOException when reading fails or the value is not a string or not a valid id
     */
    public SkillId requiredIdHere(JsonCursor.Path list, int entry, boolean requires) throws IOException {
        int e = knownHere();
        if (e < 0) {
            e = newEntryHere(() -> list.text() + "[" + entry + "]");
        }
        if (requires) {
            noteRequires(e);
        }
        return ids.id(e);
    }

    private void noteRequires(int entry) {
        if (requiresCount == requiresEntries.length) {
            requiresEntries = Arrays.copyOf(requiresEntries, requiresCount * 2);
        }
        requiresEntries[requiresCount++] = entry;
    }

    /**
     * Holds the id at the cursor for {@link #flushIds} when it is a valid id short enough (most
     * are): a skill's own id ({@link #DEFINES}) or an entry of its {@code requires} or
     * {@code recommends}. A caller given false flushes the ids held and reads this one with
     * {@link #definedIdHere} or {@link #requiredIdHere}. A skill's ids are looked up together
     * because each lookup in a large document's table is a cache miss, and misses issued together
     * overlap; the ids held are valid, so every error still comes at its own token.
     *
     * @param kind {@link #DEFINES}, {@link #REQUIRES} or {@link #RECOMMENDS}
     * @return whether the id is held
     * @throws IOException when reading fails
     */
    public boolean deferIdHere(int kind) throws IOException {
        JsonParser parser = cursor.parser();
        return parser.currentToken() == JsonToken.VALUE_STRING
                && pending.offer(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), kind);
    }

    /**
     * Looks up the ids {@link #deferIdHere} holds, in the order they were read, as
     * {@link #definedIdHere} and {@link #requiredIdHere} would have one by one.
     *
     * @param index      the document index of the skill they belong to
     * @param requires   where the id objects of its {@code requires} entries are added, in order
     * @param recommends where those of its {@code recommends} entries are added, in order
     * @return the skill's own id object when it was held, else null
     */
    public SkillId flushIds(int index, List<SkillId> requires, List<SkillId> recommends) {
        int n = pending.size();
        if (n == 0) {
            return null;
        }
        pending.resolve(ids);
        SkillId defined = null;
        for (int k = 0; k < n; k++) {
            int e = pending.entry(k);
            switch (pending.kind(k)) {
                case DEFINES -> {
                    ids.define(e, index);
                    defined = ids.id(e);
                }
                case REQUIRES -> {
                    noteRequires(e);
                    requires.add(ids.id(e));
                }
                default -> recommends.add(ids.id(e));
            }
        }
        pending.clear();
        return defined;
    }

    /**
     * @return for each {@code requires} entry read, in document order, the document index of the
     *     first skill with its id or -1 (see {@code PrerequisiteGraph.ofResolved})
     */
    public int[] resolvedRequires() {
        int[] resolved = new int[requiresCount];
        for (int k = 0; k < requiresCount; k++) {
            resolved[k] = ids.definedAt(requiresEntries[k]);
        }
        return resolved;
    }

    /** Forgets the {@code requires} entries read so far (the skills are read again). */
    public void forgetRequires() {
        requiresCount = 0;
    }

    /** @return the entry of the id string at the cursor, or -1 when it is new or not a string */
    private int knownHere() throws IOException {
        JsonParser parser = cursor.parser();
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return ids.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }
        return -1;
    }

    private int newEntryHere(JsonCursor.Path path) throws IOException {
        return ids.add(SkillId.of(Ids.read(cursor, path)));
    }

    /**
     * @param name a track or group name as read
     * @return an equal string, the same one for every mention in this document
     */
    public String shared(String name) {
        String held = names.putIfAbsent(name, name);
        return held == null ? name : held;
    }

    /**
     * Reads a track or group name at the cursor as {@link #shared(String)} does; a name among the
     * last few distinct ones read is found by its characters, without making a string.
     *
     * @param path the value's path, made only for a message
     * @return an equal string, the same one for every mention in this document
     * @throws IOException when reading fails or the value is not a string
     */
    public String sharedHere(JsonCursor.Path path) throws IOException {
        JsonParser parser = cursor.parser();
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            char[] text = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            for (String name : recentNames) {
                if (name != null && equal(name, text, offset, length)) {
                    return name;
                }
            }
        }
        String name = shared(cursor.string(path));
        recentNames[nextRecent] = name;
        nextRecent = (nextRecent + 1) % recentNames.length;
        return name;
    }

    private static boolean equal(String name, char[] text, int offset, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != text[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records that the current token is where a skill starts.
     *
     * @param index the skill's document index
     */
    public void markSkill(int index) {
        long at = cursor.herePacked();
        sourceMap.putSkill(index, (int) (at >>> 32), (int) at);
    }

    /**
     * Records that the current token is where a skill's field starts, without building its path.
     *
     * @param index the skill's document index
     * @param field the field name
     */
    public void markSkillField(int index, String field) {
        long at = cursor.herePacked();
        sourceMap.putSkillField(index, field, (int) (at >>> 32), (int) at);
    }

    /**
     * Records that the current token is where an entry of a skill's list field starts.
     *
     * @param index the skill's document index
     * @param field {@code requires} or {@code recommends}
     * @param entry the entry's position
     */
    public void markSkillEntry(int index, String field, int entry) {
        long at = cursor.herePacked();
        sourceMap.putSkillEntry(index, field, entry, (int) (at >>> 32), (int) at);
    }

    /** Counts one more prerequisite entry at the current token, enforcing the limit. */
    public void countPrerequisite() {
        if (++prerequisites > limits.maxPrerequisites()) {
            throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(),
                    "the roadmap has more prerequisite entries", cursor.here());
        }
    }

    /**
     * Keeps an unknown field as an extension; a name not starting with {@code x-} is also an
     * {@code unknown-field} warning at the field's name, suggesting the nearest known field.
     *
     * @param kind   what the object is ("skill", "resource"), for counting repeats
     * @param path   the object's path ({@code skills[3]}), for the message
     * @param known  the fields the object defines
     * @param name   the field name; the cursor is on its value
     * @param fields where unknown fields of the current object are collected
     * @throws IOException when reading fails
     */
    public void keep(String kind, String path, Set<String> known, String name, Map<String, String> fields)
            throws IOException {
        if (!UnknownFields.isExtension(name)) {
            unknownFields.report(kind, path, name, known, cursor.unknownFieldHere(), true, diagnostics);
        }
        fields.put(name, cursor.raw());
    }

    /**
     * Skips an unknown field of an object that cannot keep extensions, with an
     * {@code ignored-field} warning (extensions too: their value is lost).
     *
     * @param kind  what the object is ("pace", "effort"), for counting repeats
     * @param path  the object's path
     * @param known the fields the object defines
     * @param name  the field name; the cursor is on its value
     * @throws IOException when reading fails
     */
    public void ignore(String kind, String path, Set<String> known, String name) throws IOException {
        unknownFields.report(kind, path, name, known, cursor.unknownFieldHere(), false, diagnostics);
        cursor.skip();
    }

    /** Adds the closing warnings about unknown fields seen more often than reported one by one. */
    public void finish() {
        unknownFields.finish(diagnostics);
    }

    /** @return a new map for collecting unknown fields in document order */
    public static Map<String, String> newFields() {
        return new LinkedHashMap<>();
    }
}
