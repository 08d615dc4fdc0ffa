package dev.roadmap.core.registry;

import dev.roadmap.core.validate.ValidationRule;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.Scheduler;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The importers, exporters, plan exporters, schedulers and validation rules available, found
 * once through {@link ServiceLoader} and then fixed.
 *
 * <p>A provider that fails to load or throws while being created is recorded in
 * {@link #problems()} with its class name and skipped; it never takes the registry down. A
 * provider whose id repeats one already registered for the same kind is skipped and recorded
 * with both origins. Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * PluginRegistry plugins = PluginRegistry.load();
 * RoadmapImporter json = plugins.requireImporter("json");          // or importer("json"): an Optional
 * plugins.problems().forEach(p -> log.warn(p.toString()));
 * }</pre>
 *
 * <p>Lookups by id are the same here, in {@code dev.roadmap.io.RoadmapEngine} and in {@code Formats}:
 * {@code importer(id)}, {@code exporter(id)}, {@code planExporter(id)} and {@code scheduler(id)}
 * return an {@link Optional}; {@code requireImporter(id)} and its siblings return the provider or
 * throw {@link UnknownFormatException}, which lists the known ids.
 */
public final class PluginRegistry {
    private final Map<String, RoadmapImporter> importers;
    private final Map<String, RoadmapExporter> exporters;
    private final Map<String, PlanExporter> planExporters;
    private final Map<String, Scheduler> schedulers;
    private final Map<String, ValidationRule> rules;
    private final List<PluginProblem> problems;

    private PluginRegistry(Builder b) {
        this.importers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.importers));
        this.exporters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.exporters));
        this.planExporters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.planExporters));
        this.schedulers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.schedulers));
        this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.problems = List.copyOf(b.problems);
    }

    /** @return the providers visible to the thread's context class loader (or this class's loader) */
    public static PluginRegistry load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(cl != null ? cl : PluginRegistry.class.getClassLoader());
    }

    /**
     * @param classLoader where to look for {@code META-INF/services} entries
     * @return the providers found, with the problems met on the way
     */
    public static PluginRegistry load(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader must not be null");
        Builder b = new Builder();
        discover(RoadmapImporter.class, classLoader, b, (p) -> b.offer("RoadmapImporter", p.descriptor().id(), p, b.importers));
        discover(RoadmapExporter.class, classLoader, b, (p) -> b.offer("RoadmapExporter", p.descriptor().id(), p, b.exporters));
        discover(PlanExporter.class, classLoader, b, (p) -> b.offer("PlanExporter", p.descriptor().id(), p, b.planExporters));
        discover(Scheduler.class, classLoader, b, (p) -> b.offer("Scheduler", p.id(), p, b.schedulers));
        discover(ValidationRule.class, classLoader, b, (p) -> b.offer("ValidationRule", p.id(), p, b.rules));
        return b.build();
    }

    /**
     * Builds a class loader over every readable {@code *.jar} in a directory, for {@code --plugins DIR}.
     * A file that is not a readable jar is left out (a class loader would skip it silently);
     * {@link #load(Path, ClassLoader)} also reports it.
     *
     * @param dir    the directory
     * @param parent the parent loader (the library's own)
     * @return a loader to pass to {@link #load(ClassLoader)}
     * @throws IOException when the directory cannot be listed
     */
    public static ClassLoader directoryClassLoader(Path dir, ClassLoader parent) throws IOException {
        return directoryClassLoader(dir, parent, new ArrayList<>());
    }

    /**
     * Loads the providers visible to {@code parent} and those in the plugin jars of a directory. A file
     * named {@code *.jar} that cannot be opened as a jar is recorded in {@link #problems()} with its
     * name and skipped, as is any provider in a jar that fails to load.
     *
     * <pre>{@code
     * PluginRegistry plugins = PluginRegistry.load(Path.of("plugins"), PluginRegistry.class.getClassLoader());
     * }</pre>
     *
     * @param dir    the plugin directory
     * @param parent the parent loader (the library's own)
     * @return the providers found, with the problems met on the way
     * @throws IOException when the directory cannot be listed
     */
    public static PluginRegistry load(Path dir, ClassLoader parent) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        Objects.requireNonNull(parent, "parent must not be null");
        List<PluginProblem> unreadable = new ArrayList<>();
        PluginRegistry loaded = load(directoryClassLoader(dir, parent, unreadable));
        if (unreadable.isEmpty()) {
            return loaded;
        }
        Builder b = loaded.toBuilderWithProblems();
        b.problems.addAll(0, unreadable);
        return b.build();
    }

    private static ClassLoader directoryClassLoader(Path dir, ClassLoader parent, List<PluginProblem> unreadable)
            throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".jar")) {
                    continue;
                }
                try (JarFile ignored = new JarFile(p.toFile())) {
                    urls.add(p.toUri().toURL());
                } catch (IOException | SecurityException e) {
                    unreadable.add(new PluginProblem("PluginJar", name, dir.toString(), "not a readable jar file: " + e.getMessage()));
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private Builder toBuilderWithProblems() {
        Builder b = new Builder();
        b.importers.putAll(importers);
        b.exporters.putAll(exporters);
        b.planExporters.putAll(planExporters);
        b.schedulers.putAll(schedulers);
        b.rules.putAll(rules);
        b.problems.addAll(problems);
        return b;
    }

    /** Loads each provider separately so one broken provider cannot hide the others. */
    private static <T> void discover(Class<T> service, ClassLoader cl, Builder b, java.util.function.Consumer<T> accept) {
        Iterator<ServiceLoader.Provider<T>> it;
        try {
            it = ServiceLoader.load(service, cl).stream().iterator();
        } catch (ServiceConfigurationError e) {
            b.problems.add(new PluginProblem(service.getSimpleName(), "?", "unknown", String.valueOf(e.getMessage())));
            return;
        }
        int failures = 0;
        while (failures < 1000) {
            ServiceLoader.Provider<T> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                b.problems.add(new PluginProblem(service.getSimpleName(), classNameIn(e.getMessage()), "unknown",
                        "failed to load: " + e.getMessage()));
                continue;
            }
            String className = provider.type().getName();
            try {
                T instance = provider.get();
                accept.accept(instance);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                // Deliberate plugin isolation: a provider whose constructor fails is recorded and skipped.
                failures++;
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                b.problems.add(new PluginProblem(service.getSimpleName(), className, Origins.of(provider.type()),
                        "failed to load: " + cause));
            }
        }
    }

    private static String classNameIn(String message) {
        if (message == null) {
            return "?";
        }
        for (String word : message.split("[\\s:]+")) {
            if (word.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+")) {
                return word;
            }
        }
        return "?";
    }

    /** @return a builder for registering providers by hand (tests, embedders without ServiceLoader) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return importers by format id, in discovery order */
    public Map<String, RoadmapImporter> importers() {
        return importers;
    }

    /** @return roadmap exporters by format id */
    public Map<String, RoadmapExporter> exporters() {
        return exporters;
    }

    /** @return plan exporters by format id */
    public Map<String, PlanExporter> planExporters() {
        return planExporters;
    }

    /** @return schedulers by id */
    public Map<String, Scheduler> schedulers() {
        return schedulers;
    }

    /** @return discovered extra validation rules by id (the built-in rules are always in {@link #validator()}) */
    public Map<String, ValidationRule> validationRules() {
        return rules;
    }

    /** @return providers that could not be used, and why */
    public List<PluginProblem> problems() {
        return problems;
    }

    /**
     * @param id format id
     * @return the importer with that id, if any
     */
    public Optional<RoadmapImporter> importer(String id) {
        return Optional.ofNullable(importers.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * @param id format id
     * @return the roadmap exporter with that id, if any
     */
    public Optional<RoadmapExporter> exporter(String id) {
        return Optional.ofNullable(exporters.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * @param id format id
     * @return the plan exporter with that id, if any
     */
    public Optional<PlanExporter> planExporter(String id) {
        return Optional.ofNullable(planExporters.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * @param id scheduler id
     * @return the scheduler with that id, if any
     */
    public Optional<Scheduler> scheduler(String id) {
        return Optional.ofNullable(schedulers.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * @param id format id
     * @return the importer with that id
     * @throws UnknownFormatException when there is none; it lists the known ids
     */
    public RoadmapImporter requireImporter(String id) {
        return importer(id).orElseThrow(() -> unknown("importer", id, importers));
    }

    /**
     * @param id format id
     * @return the roadmap exporter with that id
     * @throws UnknownFormatException when there is none; it lists the known ids
     */
    public RoadmapExporter requireExporter(String id) {
        return exporter(id).orElseThrow(() -> unknown("roadmap exporter", id, exporters));
    }

    /**
     * @param id format id
     * @return the plan exporter with that id
     * @throws UnknownFormatException when there is none; it lists the known ids
     */
    public PlanExporter requirePlanExporter(String id) {
        return planExporter(id).orElseThrow(() -> unknown("plan exporter", id, planExporters));
    }

    /**
     * @param id scheduler id
     * @return the scheduler with that id
     * @throws UnknownFormatException when there is none; it lists the known scheduler ids
     */
    public Scheduler requireScheduler(String id) {
        return scheduler(id).orElseThrow(() -> unknown("scheduler", id, schedulers));
    }

    private static UnknownFormatException unknown(String kind, String id, Map<String, ?> known) {
        String what = kind.equals("scheduler") ? "no scheduler '" + id + "'" : "no " + kind + " for format '" + id + "'";
        return new UnknownFormatException(what, List.copyOf(known.keySet()), null);
    }

    /**
     * @return the standard validator extended with the discovered rules: what a program should
     *         validate with ({@link Validator#standard()} alone leaves plugin rules out)
     */
    public Validator validator() {
        Validator.Builder b = Validator.standard().toBuilder();
        for (ValidationRule r : rules.values()) {
            try {
                b.addRule(r);
            } catch (IllegalArgumentException e) {
                // A plugin rule reusing a built-in id is ignored; the built-in wins.
            }
        }
        return b.build();
    }

    /**
     * @param provider a provider of this registry
     * @return where its class came from (jar or directory name)
     */
    public static String originOf(Object provider) {
        return Origins.of(provider.getClass());
    }

    /** Mutable builder of a {@link PluginRegistry}; not thread-safe. */
    public static final class Builder {
        private final Map<String, RoadmapImporter> importers = new LinkedHashMap<>();
        private final Map<String, RoadmapExporter> exporters = new LinkedHashMap<>();
        private final Map<String, PlanExporter> planExporters = new LinkedHashMap<>();
        private final Map<String, Scheduler> schedulers = new LinkedHashMap<>();
        private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
        private final List<PluginProblem> problems = new ArrayList<>();

        private Builder() {
        }

        /** Registers during discovery: a duplicate becomes a problem instead of an exception. */
        private <T> void offer(String service, String id, T provider, Map<String, T> into) {
            try {
                put(service, id, provider, into);
            } catch (DuplicateProviderException e) {
                problems.add(new PluginProblem(service, provider.getClass().getName(), Origins.of(provider.getClass()),
                        e.plainMessage() + "; the second is ignored"));
            }
        }

        private static <T> void put(String service, String id, T provider, Map<String, T> into) {
            Objects.requireNonNull(provider, "provider must not be null");
            T existing = into.putIfAbsent(id, provider);
            if (existing != null) {
                throw new DuplicateProviderException(service, id, Origins.describe(existing), Origins.describe(provider));
            }
        }

        private static <T> String idOf(T p, Function<T, String> f) {
            return Objects.requireNonNull(f.apply(p), "provider id");
        }

        /**
         * @param p importer
         * @return this
         * @throws DuplicateProviderException on a repeated id
         */
        public Builder add(RoadmapImporter p) {
            put("RoadmapImporter", idOf(p, x -> x.descriptor().id()), p, importers);
            return this;
        }

        /**
         * @param p exporter
         * @return this
         * @throws DuplicateProviderException on a repeated id
         */
        public Builder add(RoadmapExporter p) {
            put("RoadmapExporter", idOf(p, x -> x.descriptor().id()), p, exporters);
            return this;
        }

        /**
         * @param p plan exporter
         * @return this
         * @throws DuplicateProviderException on a repeated id
         */
        public Builder add(PlanExporter p) {
            put("PlanExporter", idOf(p, x -> x.descriptor().id()), p, planExporters);
            return this;
        }

        /**
         * @param p scheduler
         * @return this
         * @throws DuplicateProviderException on a repeated id
         */
        public Builder add(Scheduler p) {
            put("Scheduler", idOf(p, Scheduler::id), p, schedulers);
            return this;
        }

        /**
         * @param p validation rule
         * @return this
         * @throws DuplicateProviderException on a repeated id
         */
        public Builder add(ValidationRule p) {
            put("ValidationRule", idOf(p, ValidationRule::id), p, rules);
            return this;
        }

        /** @return the registry */
        public PluginRegistry build() {
            return new PluginRegistry(this);
        }
    }
}
