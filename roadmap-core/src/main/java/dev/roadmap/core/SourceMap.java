package dev.roadmap.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the parts of a roadmap came from in its source document, so that diagnostics can name
 * file, line and column. Keys are paths such as {@code skills/3}, {@code skills/3/requires/0} or
 * {@code skills/3/effort}, built with {@link SourceKey} (the string {@code key*} helpers return the
 * same paths).
 *
 * <p>A source map is not part of a roadmap's value: two roadmaps with the same content are equal
 * wherever they were read from. Immutable and thread-safe.
 */
public final class SourceMap {
    private final String source;
    private final Map<String, SourceLocation> locations;
    /** Skill paths, held compactly (most of the positions of a large document). */
    private final SkillLocations skills;

    private SourceMap(String source, Map<String, SourceLocation> locations, SkillLocations skills) {
        this.source = source;
        this.locations = locations;
        this.skills = skills;
    }

    /**
     * @param source the source name
     * @return a source map without any positions
     */
    public static SourceMap empty(String source) {
        return new SourceMap(Objects.requireNonNull(source, "source must not be null"), Map.of(), SkillLocations.EMPTY);
    }

    /**
     * @param source    the source name
     * @param locations path to location
     * @return the source map
     */
    public static SourceMap of(String source, Map<String, SourceLocation> locations) {
        Objects.requireNonNull(source, "source must not be null");
        return new SourceMap(source, Collections.unmodifiableMap(new HashMap<>(locations)), SkillLocations.EMPTY);
    }

    /** @return the source name, e.g. the file name */
    public String source() {
        return source;
    }

    /**
     * Finds the most precise known location for a path: the path itself, else its nearest
     * ancestor path, else the whole source.
     *
     * @param path a key such as {@code skills/python/requires/0}
     * @return the location, never null
     */
    public SourceLocation locate(String path) {
        String p = path;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            long at = skills.size() == 0 ? -1 : skills.find(p);
            if (at >= 0) {
                return new SourceLocation(source, (int) (at >>> 32), (int) at);
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return SourceLocation.unknown(source);
            }
            p = p.substring(0, slash);
        }
    }

    /**
     * @param key a typed key
     * @return the most precise known location for it, as {@link #locate(String)}
     */
    public SourceLocation locate(SourceKey key) {
        return locate(key.path());
    }

    /** @return the number of recorded positions */
    public int size() {
        return locations.size() + skills.size();
    }

    /**
     * @param index document index of the skill (stable even when ids repeat)
     * @return the path of a skill
     */
    public static String keySkill(int index) {
        return SourceKey.skill(index).path();
    }

    /**
     * @param index document index of the skill
     * @param field a field name such as {@code effort}
     * @return the path of a field of a skill
     */
    public static String keySkillField(int index, String field) {
        return SourceKey.skillField(index, field).path();
    }

    /**
     * @param index      document index of the skill
     * @param field      {@code requires} or {@code recommends}
     * @param entryIndex position in that list
     * @return the path of one prerequisite entry
     */
    public static String keySkillEntry(int index, String field, int entryIndex) {
        return SourceKey.skillEntry(index, field, entryIndex).path();
    }

    /**
     * @param index document index of the choice
     * @return the path of a choice
     */
    public static String keyChoice(int index) {
        return SourceKey.choice(index).path();
    }

    /**
     * @param choice     document index of the choice
     * @param option     index of the option
     * @param entryIndex index of the skill entry in the option
     * @return the path of a skill entry of a choice option
     */
    public static String keyChoiceSkill(int choice, int option, int entryIndex) {
        return SourceKey.choiceSkill(choice, option, entryIndex).path();
    }

    /**
     * @param field a top-level field such as {@code declared}
     * @return the path of a top-level field
     */
    public static String keyField(String field) {
        return field;
    }

    /** Mutable collector used by importers; not thread-safe. */
    public static final class Builder {
        private final String source;
        private final Map<String, SourceLocation> locations = new HashMap<>();
        private final SkillLocations.Builder skills = new SkillLocations.Builder();

        /**
         * @param source the source name
         */
        public Builder(String source) {
            this.source = Objects.requireNonNull(source, "source must not be null");
        }

        /**
         * @param path   a path key
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder put(String path, int line, int column) {
            Objects.requireNonNull(path, "path must not be null");
            int l = Math.max(line, 0);
            int c = Math.max(column, 0);
            // whether a path is held compactly depends only on the path, so the last put always wins
            if (!skills.put(path, l, c)) {
                locations.put(path, new SourceLocation(source, l, c));
            }
            return this;
        }

        /**
         * @param key    a typed key
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder put(SourceKey key, int line, int column) {
            return put(key.path(), line, column);
        }

        /**
         * Same as {@code put(keySkill(index), line, column)} without building the path.
         *
         * @param index  document index of the skill
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder putSkill(int index, int line, int column) {
            if (index < 0) {
                return put(keySkill(index), line, column);
            }
            skills.add(SkillLocations.key(index, 0, -1), Math.max(line, 0), Math.max(column, 0));
            return this;
        }

        /**
         * Same as {@code put(keySkillField(index, field), line, column)} without building the path.
         *
         * @param index  document index of the skill
         * @param field  a field name such as {@code effort}
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder putSkillField(int index, String field, int line, int column) {
            int f = index < 0 || field.isEmpty() || field.indexOf('/') >= 0 ? -1 : skills.field(field);
            if (f < 0) {
                return put(keySkillField(index, field), line, column);
            }
            skills.add(SkillLocations.key(index, f, -1), Math.max(line, 0), Math.max(column, 0));
            return this;
        }

        /**
         * Same as {@code put(keySkillEntry(index, field, entry), line, column)} without building the path.
         *
         * @param index  document index of the skill
         * @param field  {@code requires} or {@code recommends}
         * @param entry  position in that list
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder putSkillEntry(int index, String field, int entry, int line, int column) {
            int f = index < 0 || entry < 0 || entry > SkillLocations.MAX_ENTRY || field.isEmpty() || field.indexOf('/') >= 0
                    ? -1 : skills.field(field);
            if (f < 0) {
                return put(keySkillEntry(index, field, entry), line, column);
            }
            skills.add(SkillLocations.key(index, f, entry), Math.max(line, 0), Math.max(column, 0));
            return this;
        }

        /** @return the source name */
        public String source() {
            return source;
        }

        /** @return the immutable source map */
        public SourceMap build() {
            return new SourceMap(source, Collections.unmodifiableMap(new HashMap<>(locations)), skills.build());
        }
    }
}
