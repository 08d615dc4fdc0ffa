package dev.roadmap.core;

import java.util.Objects;

/**
 * A typed key of a {@link SourceMap}: the path of one part of a roadmap document, such as
 * {@code skills/3/requires/0} (the first prerequisite of the fourth skill). Skills and choices are
 * named by document index, so keys stay unique when ids repeat. Build keys with the factories
 * instead of concatenating strings, so every importer and every diagnostic spells them alike.
 * Immutable value.
 *
 * @param path the path, segments separated by {@code /}
 */
public record SourceKey(String path) {
    /**
     * Checks the path.
     *
     * @param path the path, not empty
     */
    public SourceKey {
        Objects.requireNonNull(path, "path must not be null");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
    }

    /**
     * @param field a top-level field such as {@code pace} or {@code declared}
     * @return its key
     */
    public static SourceKey field(String field) {
        return new SourceKey(field);
    }

    /**
     * @param index document index of the skill
     * @return the key of a skill
     */
    public static SourceKey skill(int index) {
        return new SourceKey("skills/" + index);
    }

    /**
     * @param index document index of the skill
     * @param field a field name such as {@code effort}
     * @return the key of a field of a skill
     */
    public static SourceKey skillField(int index, String field) {
        return skill(index).child(field);
    }

    /**
     * @param index      document index of the skill
     * @param field      {@code requires} or {@code recommends}
     * @param entryIndex position in that list
     * @return the key of one entry of a skill's list
     */
    public static SourceKey skillEntry(int index, String field, int entryIndex) {
        return skillField(index, field).child(entryIndex);
    }

    /**
     * @param index document index of the choice
     * @return the key of a choice
     */
    public static SourceKey choice(int index) {
        return new SourceKey("choices/" + index);
    }

    /**
     * @param choice document index of the choice
     * @param option index of the option
     * @return the key of an option of a choice
     */
    public static SourceKey choiceOption(int choice, int option) {
        return choice(choice).child("options").child(option);
    }

    /**
     * @param choice     document index of the choice
     * @param option     index of the option
     * @param entryIndex index of the skill entry in the option
     * @return the key of a skill entry of a choice option
     */
    public static SourceKey choiceSkill(int choice, int option, int entryIndex) {
        return choiceOption(choice, option).child("skills").child(entryIndex);
    }

    /**
     * @param index document index of the group
     * @return the key of a group
     */
    public static SourceKey group(int index) {
        return new SourceKey("groups/" + index);
    }

    /**
     * @param index document index of the track
     * @return the key of a track
     */
    public static SourceKey track(int index) {
        return new SourceKey("tracks/" + index);
    }

    /**
     * @param name a field name
     * @return the key of that field of this part
     */
    public SourceKey child(String name) {
        return new SourceKey(path + "/" + name);
    }

    /**
     * @param index a position in a list
     * @return the key of that entry of this list
     */
    public SourceKey child(int index) {
        return new SourceKey(path + "/" + index);
    }

    @Override
    public String toString() {
        return path;
    }
}
