package dev.roadmap.core.plan;

import dev.roadmap.core.Effort;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner asks of a scheduler: their weekly hours, start date, progress, targets and
 * choices. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * PlanOptions o = PlanOptions.builder().capacity(Capacity.pool(8)).start(LocalDate.of(2026, 12, 7))
 *         .target(SkillId.of("transformers")).build();
 * }</pre>
 */
public final class PlanOptions {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20261201L;

    private final Capacity capacity;
    private final LocalDate start;
    private final Set<SkillId> done;
    private final Set<SkillId> targets;
    private final Map<String, String> choose;
    private final int maxParallel;
    private final Effort.Estimate estimate;
    private final boolean skipOptional;
    private final Priority priority;
    private final Budget budget;
    private final int improvementPasses;
    private final long seed;
    private final ProgressLog progress;
    private final LocalDate today;

    private PlanOptions(Builder b) {
        if (b.progress != null && b.start != null) {
            throw new IllegalArgumentException("start and progress exclude each other: a plan with progress starts"
                    + " in the week of today, with the logged weeks before it as history");
        }
        this.progress = b.progress;
        this.today = b.today;
        this.capacity = b.capacity;
        this.start = b.start;
        this.done = Collections.unmodifiableSet(new LinkedHashSet<>(b.done));
        this.targets = Collections.unmodifiableSet(new LinkedHashSet<>(b.targets));
        this.choose = Collections.unmodifiableMap(new LinkedHashMap<>(b.choose));
        this.maxParallel = b.maxParallel;
        this.estimate = b.estimate;
        this.skipOptional = b.skipOptional;
        this.priority = b.priority;
        this.budget = b.budget;
        this.improvementPasses = b.improvementPasses;
        this.seed = b.seed;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults: the roadmap's suggested hours, mid estimate, longest path first */
    public static PlanOptions defaults() {
        return builder().build();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.capacity = capacity;
        b.start = start;
        b.done.addAll(done);
        b.targets.addAll(targets);
        b.choose.putAll(choose);
        b.maxParallel = maxParallel;
        b.estimate = estimate;
        b.skipOptional = skipOptional;
        b.priority = priority;
        b.budget = budget;
        b.improvementPasses = improvementPasses;
        b.seed = seed;
        b.progress = progress;
        b.today = today;
        return b;
    }

    /** @return the learner's weekly hours; empty to use the roadmap's suggested pace */
    public Optional<Capacity> capacity() {
        return Optional.ofNullable(capacity);
    }

    /** @return the first day of week 1; empty for {@link #defaultStart(LocalDate) the coming Monday} */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /**
     * The start of a plan whose options give none: the coming Monday, which is today when today is
     * a Monday. The one definition of "next Monday" that the schedulers and the command line share.
     *
     * @param today the current day
     * @return the Monday on or after {@code today}
     */
    public static LocalDate defaultStart(LocalDate today) {
        Objects.requireNonNull(today, "today must not be null");
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /**
     * @param clock the clock that says what day it is
     * @return {@link #start()} if given; with {@link #progress()} the Monday of the week containing
     *         {@link #todayOr(Clock) today}; else {@link #defaultStart(LocalDate)} of the clock's today
     */
    public LocalDate startOrDefault(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (start != null) {
            return start;
        }
        return progress != null ? ProgressEntry.weekOf(todayOr(clock)) : defaultStart(todayOr(clock));
    }

    /**
     * @return the learner's progress log: the plan then covers what remains, from the week containing
     *         {@link #today()}, with the logged weeks before it kept as history (docs/progress.md)
     */
    public Optional<ProgressLog> progress() {
        return Optional.ofNullable(progress);
    }

    /** @return the current day for planning with progress; empty for the scheduler's clock */
    public Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    /**
     * @param clock the clock that says what day it is when {@link #today()} is not given
     * @return {@link #today()}, else the clock's today
     */
    public LocalDate todayOr(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        return today != null ? today : LocalDate.now(clock);
    }

    /** @return skills to treat as done in addition to those whose status says so */
    public Set<SkillId> done() {
        return done;
    }

    /** @return skills to reach; empty for the whole roadmap */
    public Set<SkillId> targets() {
        return targets;
    }

    /** @return picked option id per choice id */
    public Map<String, String> choose() {
        return choose;
    }

    /** @return most skills in progress at once; 0 for no limit */
    public int maxParallel() {
        return maxParallel;
    }

    /** @return which point of effort ranges to plan with */
    public Effort.Estimate estimate() {
        return estimate;
    }

    /** @return whether optional skills are left out */
    public boolean skipOptional() {
        return skipOptional;
    }

    /** @return the order among skills ready at the same time */
    public Priority priority() {
        return priority;
    }

    /**
     * @return how much search the scheduler may spend improving on its first greedy plan
     *         (default {@link Budget#BALANCED})
     */
    public Budget budget() {
        return budget;
    }

    /**
     * @return the number of improvement passes asked for explicitly, overriding what
     *         {@link #budget()} allows; empty to let the budget decide
     */
    public java.util.OptionalInt improvementPasses() {
        return improvementPasses < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(improvementPasses);
    }

    /** @return the seed of the improvement stage's random choices; the same seed gives the same plan */
    public long seed() {
        return seed;
    }

    /**
     * How much search a scheduler may spend after its first greedy plan. Budgets count work (skills
     * placed), never time, so a plan depends only on the input, the budget and the seed. The work a
     * budget allows is shared out over the roadmap's size: small roadmaps get many improvement
     * passes, very large ones none, so planning stays fast at every size.
     */
    public enum Budget {
        /** A few passes: greedy plan plus a little improvement. */
        FAST,
        /** The default: many passes on small and mid-size roadmaps, still instantaneous for them. */
        BALANCED,
        /** Many more passes, for when plan length matters more than a few hundred milliseconds. */
        THOROUGH
    }

    /** The order in which ready skills are taken. */
    public enum Priority {
        /**
         * The default: the shortest plan the search finds (never longer than with
         * {@link #LONGEST_PATH} or {@link #DOCUMENT_ORDER} at the same budget), and among plans of
         * that length the most coherent ({@link PlanCoherence}): reading order kept, a skill taken
         * out of it only when its slack runs out.
         */
        COHERENT,
        /** Longest remaining chain of dependent work first. */
        LONGEST_PATH,
        /** Document order. */
        DOCUMENT_ORDER,
        /** Smallest effort first. */
        SHORTEST_FIRST
    }

    /** Mutable builder of {@link PlanOptions}; not thread-safe. */
    public static final class Builder {
        private Capacity capacity;
        private LocalDate start;
        private final Set<SkillId> done = new LinkedHashSet<>();
        private final Set<SkillId> targets = new LinkedHashSet<>();
        private final Map<String, String> choose = new LinkedHashMap<>();
        private int maxParallel;
        private Effort.Estimate estimate = Effort.Estimate.MID;
        private boolean skipOptional;
        private Priority priority = Priority.COHERENT;
        private Budget budget = Budget.BALANCED;
        private int improvementPasses = -1;
        private long seed = DEFAULT_SEED;
        private ProgressLog progress;
        private LocalDate today;

        private Builder() {
        }

        /**
         * @param progress the learner's progress log, or null for none; excludes {@link #start(LocalDate)}
         * @return this
         */
        public Builder progress(ProgressLog progress) {
            this.progress = progress;
            return this;
        }

        /**
         * @param today the current day, or null for the scheduler's clock
         * @return this
         */
        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        /**
         * @param capacity weekly hours, or null for the roadmap's suggestion
         * @return this
         */
        public Builder capacity(Capacity capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * @param start first day of week 1, or null for {@link PlanOptions#defaultStart(LocalDate) the coming Monday}
         * @return this
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * @param ids skills to treat as done
         * @return this
         */
        public Builder done(List<SkillId> ids) {
            ids.forEach(id -> done.add(Objects.requireNonNull(id, "done id")));
            return this;
        }

        /**
         * @param id a skill to reach
         * @return this
         */
        public Builder target(SkillId id) {
            targets.add(Objects.requireNonNull(id, "target id"));
            return this;
        }

        /**
         * @param ids skills to reach
         * @return this
         */
        public Builder targets(List<SkillId> ids) {
            ids.forEach(this::target);
            return this;
        }

        /**
         * @param choice choice id
         * @param option option id
         * @return this
         */
        public Builder choose(String choice, String option) {
            choose.put(Objects.requireNonNull(choice, "choice"), Objects.requireNonNull(option, "option"));
            return this;
        }

        /**
         * @param maxParallel most skills in progress at once, 0 for no limit
         * @return this
         */
        public Builder maxParallel(int maxParallel) {
            if (maxParallel < 0) {
                throw new IllegalArgumentException("maxParallel must be >= 0, got " + maxParallel);
            }
            this.maxParallel = maxParallel;
            return this;
        }

        /**
         * @param estimate point of effort ranges
         * @return this
         */
        public Builder estimate(Effort.Estimate estimate) {
            this.estimate = Objects.requireNonNull(estimate, "estimate must not be null");
            return this;
        }

        /**
         * @param skipOptional whether to leave out optional skills
         * @return this
         */
        public Builder skipOptional(boolean skipOptional) {
            this.skipOptional = skipOptional;
            return this;
        }

        /**
         * @param priority order among ready skills
         * @return this
         */
        public Builder priority(Priority priority) {
            this.priority = Objects.requireNonNull(priority, "priority must not be null");
            return this;
        }

        /**
         * @param budget how much search may improve the first plan
         * @return this
         */
        public Builder budget(Budget budget) {
            this.budget = Objects.requireNonNull(budget, "budget must not be null");
            return this;
        }

        /**
         * @param passes improvement passes to run regardless of the budget (0 keeps the first greedy
         *               plan), or -1 to let the budget decide
         * @return this
         */
        public Builder improvementPasses(int passes) {
            if (passes < -1) {
                throw new IllegalArgumentException("improvementPasses must be >= -1, got " + passes);
            }
            this.improvementPasses = passes;
            return this;
        }

        /**
         * @param seed seed of the improvement stage's random choices
         * @return this
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the options */
        public PlanOptions build() {
            return new PlanOptions(this);
        }
    }
}
