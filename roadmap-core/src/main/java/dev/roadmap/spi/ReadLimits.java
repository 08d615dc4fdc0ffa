package dev.roadmap.spi;

/**
 * Limits every importer enforces on untrusted input, so a hostile document cannot exhaust
 * memory or time. Exceeding one throws {@link LimitExceededException} naming the limit.
 * Immutable and thread-safe; start from {@link #defaults()} and change with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().toBuilder().maxSkills(5_000_000).build();
 * }</pre>
 */
public final class ReadLimits {
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

    private static final ReadLimits DEFAULTS = new Builder().build();

    private final long maxDocumentBytes;
    private final int maxSkills;
    private final int maxPrerequisites;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxTableCells;
    private final int maxTopicsPerSkill;

    private ReadLimits(Builder b) {
        this.maxDocumentBytes = b.maxDocumentBytes;
        this.maxSkills = b.maxSkills;
        this.maxPrerequisites = b.maxPrerequisites;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxTableCells = b.maxTableCells;
        this.maxTopicsPerSkill = b.maxTopicsPerSkill;
    }

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding these limits */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxDocumentBytes = maxDocumentBytes;
        b.maxSkills = maxSkills;
        b.maxPrerequisites = maxPrerequisites;
        b.maxNestingDepth = maxNestingDepth;
        b.maxStringLength = maxStringLength;
        b.maxTableCells = maxTableCells;
        b.maxTopicsPerSkill = maxTopicsPerSkill;
        return b;
    }

    /** @return largest document in bytes */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** @return most skills */
    public int maxSkills() {
        return maxSkills;
    }

    /** @return most prerequisite entries */
    public int maxPrerequisites() {
        return maxPrerequisites;
    }

    /** @return deepest nesting */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return longest string in characters */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return most table cells */
    public int maxTableCells() {
        return maxTableCells;
    }

    /** @return most topics per skill */
    public int maxTopicsPerSkill() {
        return maxTopicsPerSkill;
    }

    /** Mutable builder of {@link ReadLimits}; not thread-safe. */
    public static final class Builder {
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxSkills = DEFAULT_MAX_SKILLS;
        private int maxPrerequisites = DEFAULT_MAX_PREREQUISITES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxTableCells = DEFAULT_MAX_TABLE_CELLS;
        private int maxTopicsPerSkill = DEFAULT_MAX_TOPICS_PER_SKILL;

        private Builder() {
        }

        private static int positive(int v, String name) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + v);
            }
            return v;
        }

        /**
         * @param v largest document in bytes
         * @return this
         */
        public Builder maxDocumentBytes(long v) {
            if (v < 1) {
                throw new IllegalArgumentException("maxDocumentBytes must be >= 1, got " + v);
            }
            maxDocumentBytes = v;
            return this;
        }

        /**
         * @param v most skills
         * @return this
         */
        public Builder maxSkills(int v) {
            maxSkills = positive(v, "maxSkills");
            return this;
        }

        /**
         * @param v most prerequisite entries
         * @return this
         */
        public Builder maxPrerequisites(int v) {
            maxPrerequisites = positive(v, "maxPrerequisites");
            return this;
        }

        /**
         * @param v deepest nesting
         * @return this
         */
        public Builder maxNestingDepth(int v) {
            maxNestingDepth = positive(v, "maxNestingDepth");
            return this;
        }

        /**
         * @param v longest string
         * @return this
         */
        public Builder maxStringLength(int v) {
            maxStringLength = positive(v, "maxStringLength");
            return this;
        }

        /**
         * @param v most table cells
         * @return this
         */
        public Builder maxTableCells(int v) {
            maxTableCells = positive(v, "maxTableCells");
            return this;
        }

        /**
         * @param v most topics per skill
         * @return this
         */
        public Builder maxTopicsPerSkill(int v) {
            maxTopicsPerSkill = positive(v, "maxTopicsPerSkill");
            return this;
        }

        /** @return the limits */
        public ReadLimits build() {
            return new ReadLimits(this);
        }
    }
}
