package dev.roadmap.spi;

/**
 * Limits every importer enforces on untrusted input, so a hostile document cannot exhaust
 * memory or time. Exceeding one throws {@link LimitExceededException} naming the limit.
 * Immutable and thread-safe; start from {@link #defaults()} and change with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().toBuilder().maxSkills(5_000_000).build();
 * }</pre>
 *
 * @param maxDocumentBytes  largest document, in bytes
 * @param maxSkills         most skills in one roadmap
 * @param maxPrerequisites  most prerequisite entries in one roadmap
 * @param maxNestingDepth   deepest nesting of JSON values, lists or headings
 * @param maxStringLength   longest single string or table cell, in characters
 * @param maxTableCells     most table cells in one document
 * @param maxTopicsPerSkill most topics of one skill
 */
public record ReadLimits(long maxDocumentBytes, int maxSkills, int maxPrerequisites, int maxNestingDepth,
        int maxStringLength, int maxTableCells, int maxTopicsPerSkill) {
    /** Default largest document, in bytes (256 MiB). */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;
    /** Default most skills in one roadmap. */
    public static final int DEFAULT_MAX_SKILLS = 2_000_000;
    /** Default most prerequisite entries in one roadmap. */
    public static final int DEFAULT_MAX_PREREQUISITES = 20_000_000;
    /** Default deepest nesting of JSON values, lists or headings. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 200;
    /** Default longest single string or table cell, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** Default most table cells in one document. */
    public static final int DEFAULT_MAX_TABLE_CELLS = 10_000_000;
    /** Default most topics of one skill. */
    public static final int DEFAULT_MAX_TOPICS_PER_SKILL = 100_000;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_SKILLS,
            DEFAULT_MAX_PREREQUISITES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_TABLE_CELLS,
            DEFAULT_MAX_TOPICS_PER_SKILL);

    /**
     * Checks the limits; prefer {@link #defaults()} and {@link #toBuilder()}, which name what they set.
     *
     * @param maxDocumentBytes  largest document, in bytes
     * @param maxSkills         most skills in one roadmap
     * @param maxPrerequisites  most prerequisite entries in one roadmap
     * @param maxNestingDepth   deepest nesting of JSON values, lists or headings
     * @param maxStringLength   longest single string or table cell, in characters
     * @param maxTableCells     most table cells in one document
     * @param maxTopicsPerSkill most topics of one skill
     * @throws IllegalArgumentException when a limit is below 1
     */
    public ReadLimits {
        atLeastOne(maxDocumentBytes, "maxDocumentBytes");
        atLeastOne(maxSkills, "maxSkills");
        atLeastOne(maxPrerequisites, "maxPrerequisites");
        atLeastOne(maxNestingDepth, "maxNestingDepth");
        atLeastOne(maxStringLength, "maxStringLength");
        atLeastOne(maxTableCells, "maxTableCells");
        atLeastOne(maxTopicsPerSkill, "maxTopicsPerSkill");
    }

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding these limits */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static long atLeastOne(long v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + v);
        }
        return v;
    }

    /** Mutable builder of {@link ReadLimits}: each setter checks its limit at once; not thread-safe. */
    public static final class Builder {
        private long maxDocumentBytes;
        private int maxSkills;
        private int maxPrerequisites;
        private int maxNestingDepth;
        private int maxStringLength;
        private int maxTableCells;
        private int maxTopicsPerSkill;

        private Builder(ReadLimits from) {
            maxDocumentBytes = from.maxDocumentBytes;
            maxSkills = from.maxSkills;
            maxPrerequisites = from.maxPrerequisites;
            maxNestingDepth = from.maxNestingDepth;
            maxStringLength = from.maxStringLength;
            maxTableCells = from.maxTableCells;
            maxTopicsPerSkill = from.maxTopicsPerSkill;
        }

        /**
         * @param v largest document in bytes
         * @return this
         */
        public Builder maxDocumentBytes(long v) {
            maxDocumentBytes = atLeastOne(v, "maxDocumentBytes");
            return this;
        }

        /**
         * @param v most skills
         * @return this
         */
        public Builder maxSkills(int v) {
            maxSkills = (int) atLeastOne(v, "maxSkills");
            return this;
        }

        /**
         * @param v most prerequisite entries
         * @return this
         */
        public Builder maxPrerequisites(int v) {
            maxPrerequisites = (int) atLeastOne(v, "maxPrerequisites");
            return this;
        }

        /**
         * @param v deepest nesting
         * @return this
         */
        public Builder maxNestingDepth(int v) {
            maxNestingDepth = (int) atLeastOne(v, "maxNestingDepth");
            return this;
        }

        /**
         * @param v longest string
         * @return this
         */
        public Builder maxStringLength(int v) {
            maxStringLength = (int) atLeastOne(v, "maxStringLength");
            return this;
        }

        /**
         * @param v most table cells
         * @return this
         */
        public Builder maxTableCells(int v) {
            maxTableCells = (int) atLeastOne(v, "maxTableCells");
            return this;
        }

        /**
         * @param v most topics per skill
         * @return this
         */
        public Builder maxTopicsPerSkill(int v) {
            maxTopicsPerSkill = (int) atLeastOne(v, "maxTopicsPerSkill");
            return this;
        }

        /** @return the limits */
        public ReadLimits build() {
            return new ReadLimits(maxDocumentBytes, maxSkills, maxPrerequisites, maxNestingDepth, maxStringLength,
                    maxTableCells, maxTopicsPerSkill);
        }
    }
}
