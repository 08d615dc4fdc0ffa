package dev.roadmap.core;

import java.util.Objects;

/**
 * The identifier of a skill: a non-blank string without whitespace or control characters,
 * unique within a roadmap. Slugs ({@code linear-algebra}) are conventional.
 *
 * @param value the identifier text
 */
public record SkillId(String value) implements Comparable<SkillId> {

    /** Longest identifier accepted. */
    public static final int MAX_LENGTH = 512;

    /**
     * Validates the identifier.
     * @param value the identifier text
     */
    public SkillId {
        Objects.requireNonNull(value, "value must not be null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid skill id '" + value
                    + "': must be 1-" + MAX_LENGTH + " characters without whitespace or control characters");
        }
    }

    /**
     * @param value the identifier text
     * @return the id
     * @throws IllegalArgumentException when {@link #isValid(String)} is false
     */
    public static SkillId of(String value) {
        return new SkillId(value);
    }

    /**
     * @param value candidate text
     * @return whether {@code value} is acceptable as a skill id
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same test as {@link #isValid(String)} on characters a parser holds, without making a string.
     *
     * @param text   characters holding the candidate
     * @param offset where it starts
     * @param length its length
     * @return whether those characters are acceptable as a skill id
     */
    public static boolean isValid(char[] text, int offset, int length) {
        if (length < 1 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = offset; i < offset + length; i++) {
            if (!allowed(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        // printable ASCII other than the space is allowed: the common case, without the three lookups
        return c > ' ' && c < 0x7F
                || !(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c));
    }

    @Override
    public int compareTo(SkillId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
