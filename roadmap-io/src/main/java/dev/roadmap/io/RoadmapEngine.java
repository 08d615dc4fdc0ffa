package dev.roadmap.io;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.Scheduler;
import dev.roadmap.spi.UnknownFormatException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of the library: one configured object that reads roadmaps (format named or
 * detected), validates them (plugin rules included), plans them (scheduler by id, found through the
 * {@link Scheduler} SPI, {@value #DEFAULT_SCHEDULER} by default) and writes roadmaps and plans (by
 * format id). Build it once with {@link #builder()} (or {@link #create()} for the defaults) and share
 * it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * RoadmapEngine engine = RoadmapEngine.create();                 // formats, rules, schedulers on the class path
 * Roadmap roadmap = engine.read(Path.of("roadmap.md")).roadmap();  // format detected
 * engine.validate(roadmap).diagnostics().forEach(System.err::println);
 * Plan plan = engine.plan(roadmap, PlanOptions.builder().capacity(Capacity.pool(8)).build());
 * engine.writePlan(plan, roadmap, "html", Path.of("plan.html"));
 * }</pre>
 *
 * <p>Lookups by id are the same as in {@link PluginRegistry}: {@code importer(id)} and its siblings
 * return an {@link Optional}; {@code requireImporter(id)} and its siblings throw
 * {@link UnknownFormatException}, listing the known ids. Every {@code read}, {@code plan} and
 * {@code write} method that takes a format or scheduler id throws {@code UnknownFormatException}
 * for an unknown one.
 *
 * <p>Providers get per-call {@link FormatOptions}: those set on the builder, overridden by those
 * passed to a call. Streams given to this class are never closed by it; files it opens it closes.
 */
public final class RoadmapEngine {
    /** The scheduler used when none is named. */
    public static final String DEFAULT_SCHEDULER = "week-packing";
    /** How many leading bytes importers see when sniffing. */
    public static final int SNIFF_BYTES = 64 * 1024;
    /** Least sniffing confidence accepted when no file extension decides. */
    public static final double MIN_CONFIDENCE = 0.3;

    private final PluginRegistry registry;
    private final ReadLimits limits;
    private final Validator validator;
    private final String defaultScheduler;
    private final FormatOptions formatOptions;
    private final Clock clock;
    private final Builder settings;

    private RoadmapEngine(Builder b, PluginRegistry registry) {
        this.settings = b.copy();
        this.registry = registry;
        this.limits = b.limits;
        this.validator = b.pluginRules ? registry.validator() : Validator.standard();
        this.defaultScheduler = b.defaultScheduler;
        this.formatOptions = b.formatOptions;
        this.clock = b.clock;
    }

    /** @return an engine with the defaults: the providers on the class path, default limits, plugin rules on */
    public static RoadmapEngine create() {
        return builder().build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this engine's settings (its registry is reused unless the loading settings change) */
    public Builder toBuilder() {
        return settings.copy().registry(registry);
    }

    /** @return the providers this engine uses, with the problems met loading them */
    public PluginRegistry registry() {
        return registry;
    }

    /** @return the limits every read enforces */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the validator: the built-in rules, plus the plugins' rules unless turned off on the builder */
    public Validator validator() {
        return validator;
    }

    /** @return the id of the scheduler {@link #plan(Roadmap, PlanOptions)} uses */
    public String defaultScheduler() {
        return defaultScheduler;
    }

    /** @return the options every provider call gets unless a call overrides them */
    public FormatOptions formatOptions() {
        return formatOptions;
    }

    // ---- lookups -------------------------------------------------------------------------------

    /**
     * @param id format id
     * @return the importer with that id, if any
     */
    public Optional<RoadmapImporter> importer(String id) {
        return registry.importer(id);
    }

    /**
     * @param id format id
     * @return the roadmap exporter with that id, if any
     */
    public Optional<RoadmapExporter> exporter(String id) {
        return registry.exporter(id);
    }

    /**
     * @param id format id
     * @return the plan exporter with that id, if any
     */
    public Optional<PlanExporter> planExporter(String id) {
        return registry.planExporter(id);
    }

    /**
     * @param id scheduler id
     * @return the scheduler with that id, if any
     */
    public Optional<Scheduler> scheduler(String id) {
        return registry.scheduler(id);
    }

    /**
     * @param id format id
     * @return the importer
     * @throws UnknownFormatException when there is none
     */
    public RoadmapImporter requireImporter(String id) {
        return registry.requireImporter(id);
    }

    /**
     * @param id format id
     * @return the roadmap exporter
     * @throws UnknownFormatException when there is none
     */
    public RoadmapExporter requireExporter(String id) {
        return registry.requireExporter(id);
    }

    /**
     * @param id format id
     * @return the plan exporter
     * @throws UnknownFormatException when there is none
     */
    public PlanExporter requirePlanExporter(String id) {
        return registry.requirePlanExporter(id);
    }

    /**
     * @param id scheduler id
     * @return the scheduler
     * @throws UnknownFormatException when there is none
     */
    public Scheduler requireScheduler(String id) {
        return registry.requireScheduler(id);
    }

    /**
     * Chooses the importer for a document: by id when {@code format} is given, else by file
     * extension and content sniffing.
     *
     * @param fileName the document's name (for its extension)
     * @param head     the document's first bytes (up to {@link Formats#SNIFF_BYTES})
     * @param format   a format id, or null to detect
     * @return the importer
     * @throws UnknownFormatException when the id is unknown or no importer recognises the document
     */
    public RoadmapImporter detect(String fileName, byte[] head, String format) {
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(head, "head must not be null");
        return Detection.importerFor(registry, fileName, head, format);
    }

    // ---- read ----------------------------------------------------------------------------------

    /**
     * Reads a file, detecting its format.
     *
     * @param file the document
     * @return the roadmap, the importer's remarks and the format id
     * @throws IOException when the file cannot be read
     * @throws dev.roadmap.spi.ImportException when the document cannot be read (a located error)
     * @throws UnknownFormatException when the format cannot be told
     */
    public ReadResult read(Path file) throws IOException {
        return read(file, null, FormatOptions.none());
    }

    /**
     * Reads a file in a named format, or detecting it.
     *
     * @param file    the document
     * @param format  a format id, or null to detect it
     * @param options options for this call, over the engine's
     * @return the roadmap, the importer's remarks and the format id
     * @throws IOException when the file cannot be read
     * @throws dev.roadmap.spi.ImportException when the document cannot be read (a located error)
     * @throws dev.roadmap.spi.LimitExceededException when the file is larger than the limits allow
     * @throws UnknownFormatException when the id is unknown or the format cannot be told
     */
    public ReadResult read(Path file, String format, FormatOptions options) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        return Detection.read(registry, file, format, limits, formatOptions.with(options));
    }

    /**
     * Reads a document from a stream (not closed), detecting its format from its name and first bytes
     * unless named.
     *
     * @param in         the document's bytes
     * @param sourceName the name used in locations and for the extension
     * @param format     a format id, or null to detect it
     * @param options    options for this call, over the engine's
     * @return the roadmap, the importer's remarks and the format id
     * @throws IOException when reading fails
     * @throws dev.roadmap.spi.ImportException when the document cannot be read
     * @throws UnknownFormatException when the id is unknown or the format cannot be told
     */
    public ReadResult read(InputStream in, String sourceName, String format, FormatOptions options) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        byte[] head = buffered.readNBytes(SNIFF_BYTES);
        buffered.reset();
        RoadmapImporter importer = detect(sourceName, head, format);
        return Detection.call(importer, buffered, sourceName, limits, formatOptions.with(options));
    }

    /**
     * Reads a document held as text, detecting its format unless named.
     *
     * @param text       the document
     * @param sourceName the name used in locations and for the extension
     * @param format     a format id, or null to detect it
     * @return the roadmap, the importer's remarks and the format id
     * @throws dev.roadmap.spi.ImportException when the document cannot be read
     * @throws UnknownFormatException when the id is unknown or the format cannot be told
     */
    public ReadResult readString(String text, String sourceName, String format) {
        Objects.requireNonNull(text, "text must not be null");
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName, format, FormatOptions.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- validate and plan -----------------------------------------------------------------------

    /**
     * @param roadmap the roadmap to check
     * @return every diagnostic of the built-in and plugin rules, sorted by location
     */
    public ValidationReport validate(Roadmap roadmap) {
        return validator.validate(roadmap);
    }

    /**
     * Plans with the default scheduler. Without a start date the plan starts on
     * {@link PlanOptions#defaultStart(LocalDate) the coming Monday} of the engine's clock.
     *
     * @param roadmap the roadmap
     * @param options the learner's hours, progress and wishes
     * @return the plan
     * @throws dev.roadmap.spi.PlanningException when the roadmap cannot be planned; it names the skills
     * @throws UnknownFormatException when the default scheduler is not on the class path
     */
    public Plan plan(Roadmap roadmap, PlanOptions options) {
        return plan(roadmap, options, defaultScheduler);
    }

    /**
     * @param roadmap   the roadmap
     * @param options   the learner's hours, progress and wishes
     * @param scheduler a scheduler id
     * @return the plan
     * @throws dev.roadmap.spi.PlanningException when the roadmap cannot be planned; it names the skills
     * @throws UnknownFormatException when there is no scheduler with that id
     */
    public Plan plan(Roadmap roadmap, PlanOptions options, String scheduler) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Scheduler chosen = requireScheduler(scheduler);
        PlanOptions dated = options.start().isPresent() ? options : options.toBuilder().start(options.startOrDefault(clock)).build();
        return chosen.schedule(roadmap, dated);
    }

    // ---- write ---------------------------------------------------------------------------------

    /**
     * @param roadmap the roadmap
     * @param format  a roadmap exporter's format id
     * @param out     where to write; not closed
     * @param options options for this call, over the engine's
     * @throws IOException when writing fails
     * @throws UnknownFormatException when there is no exporter with that id
     */
    public void write(Roadmap roadmap, String format, OutputStream out, FormatOptions options) throws IOException {
        requireExporter(format).write(roadmap, out, formatOptions.with(options));
    }

    /**
     * @param roadmap the roadmap
     * @param format  a roadmap exporter's format id
     * @return the output as UTF-8 text
     * @throws UnknownFormatException when there is no exporter with that id
     */
    public String writeToString(Roadmap roadmap, String format) {
        return requireExporter(format).writeToString(roadmap, formatOptions);
    }

    /**
     * @param roadmap the roadmap
     * @param format  a roadmap exporter's format id
     * @param file    the file to write (created or replaced)
     * @throws IOException when writing fails
     * @throws UnknownFormatException when there is no exporter with that id
     */
    public void write(Roadmap roadmap, String format, Path file) throws IOException {
        RoadmapExporter exporter = requireExporter(format);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(roadmap, out, formatOptions);
        }
    }

    /**
     * @param plan    the plan
     * @param roadmap the roadmap it was made from
     * @param format  a plan exporter's format id
     * @param out     where to write; not closed
     * @param options options for this call, over the engine's
     * @throws IOException when writing fails
     * @throws UnknownFormatException when there is no plan exporter with that id
     */
    public void writePlan(Plan plan, Roadmap roadmap, String format, OutputStream out, FormatOptions options) throws IOException {
        requirePlanExporter(format).write(plan, roadmap, out, formatOptions.with(options));
    }

    /**
     * @param plan    the plan
     * @param roadmap the roadmap it was made from
     * @param format  a plan exporter's format id
     * @return the output as UTF-8 text
     * @throws UnknownFormatException when there is no plan exporter with that id
     */
    public String writePlanToString(Plan plan, Roadmap roadmap, String format) {
        return requirePlanExporter(format).writeToString(plan, roadmap, formatOptions);
    }

    /**
     * @param plan    the plan
     * @param roadmap the roadmap it was made from
     * @param format  a plan exporter's format id
     * @param file    the file to write (created or replaced)
     * @throws IOException when writing fails
     * @throws UnknownFormatException when there is no plan exporter with that id
     */
    public void writePlan(Plan plan, Roadmap roadmap, String format, Path file) throws IOException {
        PlanExporter exporter = requirePlanExporter(format);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(plan, roadmap, out, formatOptions);
        }
    }

    /**
     * Mutable builder of a {@link RoadmapEngine}; not thread-safe. Providers come from, in order of
     * precedence: an explicit {@link #registry(PluginRegistry)}; else the class loader
     * ({@link #classLoader(ClassLoader)}, default the thread's context loader) plus the jars of
     * {@link #pluginDirectory(Path)} when given.
     */
    public static final class Builder {
        private PluginRegistry registry;
        private ClassLoader classLoader;
        private Path pluginDirectory;
        private ReadLimits limits = ReadLimits.defaults();
        private boolean pluginRules = true;
        private String defaultScheduler = DEFAULT_SCHEDULER;
        private FormatOptions formatOptions = FormatOptions.none();
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.registry = registry;
            b.classLoader = classLoader;
            b.pluginDirectory = pluginDirectory;
            b.limits = limits;
            b.pluginRules = pluginRules;
            b.defaultScheduler = defaultScheduler;
            b.formatOptions = formatOptions;
            b.clock = clock;
            return b;
        }

        /**
         * @param registry the providers to use, instead of discovering them
         * @return this
         */
        public Builder registry(PluginRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry must not be null");
            return this;
        }

        /**
         * @param classLoader where to discover providers ({@code META-INF/services})
         * @return this
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader must not be null");
            this.registry = null;
            return this;
        }

        /**
         * @param directory a directory of plugin jars to load as well (like the CLI's {@code --plugins DIR});
         *                  an unreadable jar is recorded in {@link PluginRegistry#problems()}
         * @return this
         */
        public Builder pluginDirectory(Path directory) {
            this.pluginDirectory = Objects.requireNonNull(directory, "directory must not be null");
            this.registry = null;
            return this;
        }

        /**
         * @param limits limits every read enforces (default {@link ReadLimits#defaults()})
         * @return this
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * @param include whether {@link RoadmapEngine#validate(Roadmap)} runs the plugins' validation
         *                rules as well as the built-in ones (default true)
         * @return this
         */
        public Builder pluginRules(boolean include) {
            this.pluginRules = include;
            return this;
        }

        /**
         * @param id the scheduler {@link RoadmapEngine#plan(Roadmap, PlanOptions)} uses (default
         *           {@value RoadmapEngine#DEFAULT_SCHEDULER}); checked when planning
         * @return this
         */
        public Builder defaultScheduler(String id) {
            this.defaultScheduler = Objects.requireNonNull(id, "id must not be null");
            return this;
        }

        /**
         * @param options options every provider call gets (a call's own options win)
         * @return this
         */
        public Builder formatOptions(FormatOptions options) {
            this.formatOptions = Objects.requireNonNull(options, "options must not be null");
            return this;
        }

        /**
         * @param clock the clock that decides the default start of a plan (default: the system clock)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * @return the engine
         * @throws UncheckedIOException when the plugin directory cannot be listed
         */
        public RoadmapEngine build() {
            return new RoadmapEngine(this, registry != null ? registry : loadRegistry());
        }

        private PluginRegistry loadRegistry() {
            ClassLoader loader = classLoader;
            if (loader == null) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                loader = context != null ? context : RoadmapEngine.class.getClassLoader();
            }
            if (pluginDirectory == null) {
                return PluginRegistry.load(loader);
            }
            try {
                return PluginRegistry.load(pluginDirectory, loader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list plugin directory " + pluginDirectory, e);
            }
        }
    }
}
