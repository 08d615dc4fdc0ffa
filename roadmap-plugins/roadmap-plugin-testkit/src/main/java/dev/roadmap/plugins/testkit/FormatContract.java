package dev.roadmap.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every format provider passes. A plugin module subclasses it once per format id and
 * passes the constructor a {@link Format} that states only what differs for the format (its
 * providers, samples, carried fields, exemptions and hostile-titles check), e.g.
 * {@code super(format("tsv").exporter(new TsvExporter()).hostileTitles(TsvFormatContractTest::parses))}.
 * The tests that do not apply (no importer, no exporter) pass trivially, the others check:
 * <ul>
 *   <li>descriptors are valid, agree between the provider kinds of one format, and the providers are
 *       found through {@link ServiceLoader} under that id;</li>
 *   <li>the importer sniffs its own samples with confidence at least {@link #MIN_SNIFF} and gives other
 *       formats' typical heads a low score;</li>
 *   <li>export then import gives back the fields the format carries ({@link Format#carried}), and exporting
 *       what was imported writes the same text again;</li>
 *   <li>malformed documents fail with an {@link ImportException} that has a location, never another
 *       throwable;</li>
 *   <li>hostile titles ({@link SampleRoadmaps#HOSTILE_TITLES}) are written so the output stays valid
 *       ({@link Format#hostileTitles});</li>
 *   <li>the exporters write the sample roadmaps and plans as in the format's golden files
 *       ({@link Format#golden}).</li>
 * </ul>
 * A format whose nature rules a clause out declares it with {@link Format#exempt} and the reason; the
 * clause is then replaced by the weaker check its {@link Clause} documents (never skipped), and the
 * reason is published in the test report.
 */
public abstract class FormatContract {

    /** Clauses of the contract that a format may be exempted from, each replaced by a weaker check. */
    public enum Clause {
        /**
         * Exporting an imported roadmap writes the first export again. Exempted (for formats whose reader
         * normalises what people type), the export must instead be stable from the second one on:
         * export, import, export, import, export gives the second export again.
         */
        STABLE_REEXPORT
    }

    /** The outputs a format's golden files may hold ({@link Format#golden}). */
    public enum Written {
        /** The roadmap exporter's output for {@link SampleRoadmaps#sample()}. */
        SAMPLE,
        /** The roadmap exporter's output for {@link SampleRoadmaps#hostile()}. */
        HOSTILE,
        /** The plan exporter's output for the plan of {@link SampleRoadmaps#sample()}. */
        SAMPLE_PLAN,
        /** The plan exporter's output for the plan of {@link SampleRoadmaps#hostile()}. */
        HOSTILE_PLAN;

        /** @return the name that replaces {@code %s} in a golden file pattern: sample, hostile, sample-plan, hostile-plan */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        String write(Format format) {
            Roadmap roadmap = this == SAMPLE || this == SAMPLE_PLAN ? SampleRoadmaps.sample() : SampleRoadmaps.hostile();
            if (this == SAMPLE || this == HOSTILE) {
                return format.exporter().orElseThrow(() -> new AssertionError(this + " needs a roadmap exporter"))
                        .writeToString(roadmap);
            }
            return format.planExporter().orElseThrow(() -> new AssertionError(this + " needs a plan exporter"))
                    .writeToString(SampleRoadmaps.plan(roadmap), roadmap);
        }
    }

    /** The confidence an importer must give its own samples. */
    public static final double MIN_SNIFF = 0.5;

    private final Format format;

    /**
     * A contract test of one format.
     *
     * @param format what the format provides and what differs for it, from {@link #format(String)}
     */
    protected FormatContract(Format format) {
        this.format = java.util.Objects.requireNonNull(format, "format must not be null");
    }

    /**
     * Starts the description of a format for the contract: no providers, no samples, the whole roadmap
     * carried, no exemptions; add what the format has with the {@link Format} methods.
     *
     * @param id the format id under test
     * @return the description
     */
    public static Format format(String id) {
        return new Format(id, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), r -> r,
                Map.of(), Optional.empty(), Map.of());
    }

    /**
     * What a format provides and what its contract test states: everything else is the shared contract.
     * Immutable: every method returns a new description.
     *
     * @param id            the format id under test
     * @param importer      the importer of this format, if it has one
     * @param exporter      the roadmap exporter of this format, if it has one
     * @param planExporter  the plan exporter of this format, if it has one
     * @param samples       documents of this format the importer must sniff and read
     * @param malformed     documents the importer must refuse with a located {@link ImportException};
     *                      required with an importer
     * @param carried       the view of a roadmap this format carries, applied to both sides of a round trip
     * @param exemptions    the clauses this format is exempted from, each with the reason
     * @param hostileTitles checks that output written for {@link SampleRoadmaps#hostile()} stays valid in the
     *                      format (for example by parsing it back); called with the roadmap export and with
     *                      the plan export of that roadmap; required with an exporter
     * @param golden        the golden file (under {@code src/test/resources}) of each output checked against one
     */
    public record Format(String id, Optional<RoadmapImporter> importer, Optional<RoadmapExporter> exporter,
                         Optional<PlanExporter> planExporter, List<Sample> samples, List<Sample> malformed,
                         Function<Roadmap, Object> carried, Map<Clause, String> exemptions,
                         Optional<Consumer<String>> hostileTitles, Map<Written, String> golden) {

        /**
         * Copies the collections, so a description never changes once made.
         *
         * @param id            the format id
         * @param importer      the importer, if the format reads
         * @param exporter      the roadmap exporter, if the format writes roadmaps
         * @param planExporter  the plan exporter, if the format writes plans
         * @param samples       documents the importer must read
         * @param malformed     documents the importer must refuse with a located error
         * @param carried       the view of a roadmap this format carries
         * @param exemptions    the clauses this format is exempted from, each with the reason
         * @param hostileTitles checks of output written for the hostile sample roadmap
         * @param golden        the golden file of each output checked against one
         */
        public Format {
            java.util.Objects.requireNonNull(id, "id must not be null");
            samples = List.copyOf(samples);
            malformed = List.copyOf(malformed);
            exemptions = Map.copyOf(exemptions);
            golden = Map.copyOf(golden);
        }

        /**
         * @param value the importer of this format
         * @return the description with it
         */
        public Format importer(RoadmapImporter value) {
            return new Format(id, Optional.of(value), exporter, planExporter, samples, malformed, carried, exemptions,
                    hostileTitles, golden);
        }

        /**
         * @param value the roadmap exporter of this format
         * @return the description with it
         */
        public Format exporter(RoadmapExporter value) {
            return new Format(id, importer, Optional.of(value), planExporter, samples, malformed, carried, exemptions,
                    hostileTitles, golden);
        }

        /**
         * @param value the plan exporter of this format
         * @return the description with it
         */
        public Format planExporter(PlanExporter value) {
            return new Format(id, importer, exporter, Optional.of(value), samples, malformed, carried, exemptions,
                    hostileTitles, golden);
        }

        /**
         * @param value documents the importer must sniff and read
         * @return the description with them
         */
        public Format samples(Sample... value) {
            return new Format(id, importer, exporter, planExporter, List.of(value), malformed, carried, exemptions,
                    hostileTitles, golden);
        }

        /**
         * @param value documents the importer must refuse, located
         * @return the description with them
         */
        public Format malformed(Sample... value) {
            return new Format(id, importer, exporter, planExporter, samples, List.of(value), carried, exemptions,
                    hostileTitles, golden);
        }

        /**
         * The view of a roadmap that this format carries, for round-trip comparison; formats that drop
         * fields map both sides to what they keep.
         *
         * @param value the projection applied to both sides of a round trip
         * @return the description with it
         */
        public Format carried(Function<Roadmap, Object> value) {
            return new Format(id, importer, exporter, planExporter, samples, malformed, value, exemptions,
                    hostileTitles, golden);
        }

        /**
         * Exempts the format from a clause it cannot meet by its nature; the clause is replaced by the weaker
         * check its {@link Clause} documents and the reason is published in the test report.
         *
         * @param clause the clause
         * @param reason why the format cannot meet it
         * @return the description with the exemption
         */
        public Format exempt(Clause clause, String reason) {
            Map<Clause, String> more = new java.util.EnumMap<>(Clause.class);
            more.putAll(exemptions);
            more.put(clause, reason);
            return new Format(id, importer, exporter, planExporter, samples, malformed, carried, Map.copyOf(more),
                    hostileTitles, golden);
        }

        /**
         * @param check throws an {@link AssertionError} when an export of {@link SampleRoadmaps#hostile()} is not
         *              valid in the format
         * @return the description with it
         */
        public Format hostileTitles(Consumer<String> check) {
            return new Format(id, importer, exporter, planExporter, samples, malformed, carried, exemptions,
                    Optional.of(check), golden);
        }

        /**
         * Checks outputs against golden files (see {@link Golden}): {@code pattern} with {@code %s} replaced by
         * each output's {@link Written#fileName()}, e.g. {@code golden("csv/%s.csv", SAMPLE, HOSTILE)} compares
         * the roadmap exporter's output for {@link SampleRoadmaps#sample()} with {@code csv/sample.csv}.
         *
         * @param pattern the golden files' path under {@code src/test/resources}, with {@code %s} for the output
         * @param outputs the outputs to check
         * @return the description with the golden files
         */
        public Format golden(String pattern, Written... outputs) {
            Map<Written, String> more = new java.util.EnumMap<>(Written.class);
            more.putAll(golden);
            for (Written w : outputs) {
                more.put(w, String.format(pattern, w.fileName()));
            }
            return new Format(id, importer, exporter, planExporter, samples, malformed, carried, exemptions,
                    hostileTitles, Map.copyOf(more));
        }
    }

    /** A named document. */
    public record Sample(String fileName, String content) {
        /** @return the content as UTF-8 bytes */
        public byte[] bytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }

        /**
         * Every file of a test resource directory as a sample named by its file name, in name order: fixtures
         * kept as files, e.g. {@code malformed(Sample.allIn("/csv/malformed"))}.
         *
         * @param directory the directory on the test class path, e.g. {@code "/csv/malformed"}
         * @return its files' samples
         * @throws IllegalStateException when the directory is missing or empty
         */
        public static Sample[] allIn(String directory) {
            String dir = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
            List<Sample> samples = Resources.fileNames(dir).stream()
                    .map(name -> new Sample(name, Resources.text(dir + "/" + name))).toList();
            if (samples.isEmpty()) {
                throw new IllegalStateException("no samples in test resource directory " + directory);
            }
            return samples.toArray(Sample[]::new);
        }
    }

    private void assertHostileTitlesSafe(String output) {
        format.hostileTitles().orElseThrow(() -> new AssertionError("a format with an exporter needs a hostile-titles"
                + " check (Format.hostileTitles)")).accept(output);
    }

    @Test
    void descriptorsAreValidAndAgree() {
        List<FormatDescriptor> descriptors = new java.util.ArrayList<>();
        format.importer().ifPresent(p -> descriptors.add(p.descriptor()));
        format.exporter().ifPresent(p -> descriptors.add(p.descriptor()));
        format.planExporter().ifPresent(p -> descriptors.add(p.descriptor()));
        assertThat(descriptors).as("a format provides at least one provider").isNotEmpty();
        for (FormatDescriptor d : descriptors) {
            assertThat(d.id()).isEqualTo(format.id());
            assertThat(d.displayName()).isNotBlank();
            assertThat(d.extensions()).allSatisfy(e -> assertThat(e).matches("[a-z0-9.]+"));
        }
    }

    @Test
    void providersAreFoundThroughServiceLoader() {
        format.importer().ifPresent(p -> assertThat(ServiceLoader.load(RoadmapImporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(format.id()));
        format.exporter().ifPresent(p -> assertThat(ServiceLoader.load(RoadmapExporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(format.id()));
        format.planExporter().ifPresent(p -> assertThat(ServiceLoader.load(PlanExporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(format.id()));
    }

    @Test
    void sniffsItsOwnSamplesAndNotOthers() {
        format.importer().ifPresent(importer -> {
            assertThat(format.samples()).as("an importer needs samples").isNotEmpty();
            for (Sample s : format.samples()) {
                byte[] head = java.util.Arrays.copyOf(s.bytes(), Math.min(s.bytes().length, 64 * 1024));
                assertThat(importer.sniff(s.fileName(), head)).as(s.fileName()).isGreaterThanOrEqualTo(MIN_SNIFF);
            }
            assertThat(importer.sniff("", new byte[0])).isBetween(0.0, 1.0);
            assertThat(importer.sniff("x.bin", new byte[] {(byte) 0xff, 0, 1, 2})).isLessThan(MIN_SNIFF);
        });
    }

    @Test
    @Timeout(30)
    void readsItsSamples() {
        format.importer().ifPresent(importer -> {
            for (Sample s : format.samples()) {
                assertThatCode(() -> read(importer, s)).as(s.fileName()).doesNotThrowAnyException();
            }
        });
    }

    @Test
    @Timeout(30)
    void malformedDocumentsFailWithALocation() {
        format.importer().ifPresent(importer -> {
            assertThat(format.malformed()).as("an importer needs malformed samples, or this clause checks nothing").isNotEmpty();
            for (Sample s : format.malformed()) {
                try {
                    read(importer, s);
                    fail("expected " + s.fileName() + " to be refused");
                } catch (ImportException e) {
                    assertThat(e.location()).as(s.fileName() + ": " + e.getMessage()).isPresent();
                } catch (Exception | StackOverflowError e) {
                    fail(s.fileName() + " must fail with an ImportException, got " + e, e);
                }
            }
            // every prefix of every sample ends in a roadmap or a located refusal
            for (Sample s : format.samples()) {
                String text = s.content();
                int step = Math.max(1, text.length() / 40);
                for (int cut = 0; cut < text.length(); cut += step) {
                    Sample prefix = new Sample(s.fileName(), text.substring(0, cut));
                    try {
                        read(importer, prefix);
                    } catch (ImportException e) {
                        assertThat(e.location()).as(e.getMessage()).isPresent();
                    } catch (Exception | StackOverflowError e) {
                        fail("prefix of " + s.fileName() + " at " + cut + " threw " + e, e);
                    }
                }
            }
        });
    }

    @Test
    void exemptionsGiveTheirReasons() {
        format.exemptions().forEach((clause, reason) -> assertThat(reason).as("reason for exempting %s", clause).isNotBlank());
    }

    @Test
    void roundTripKeepsWhatTheFormatCarries(TestReporter reporter) {
        Optional<RoadmapImporter> importer = format.importer();
        Optional<RoadmapExporter> exporter = format.exporter();
        if (importer.isEmpty() || exporter.isEmpty()) {
            return;
        }
        String exempt = format.exemptions().get(Clause.STABLE_REEXPORT);
        if (exempt != null) {
            reporter.publishEntry(format.id() + " exempt from " + Clause.STABLE_REEXPORT, exempt);
        }
        for (Roadmap original : List.of(SampleRoadmaps.sample(), SampleRoadmaps.hostile())) {
            String written = exporter.get().writeToString(original);
            Roadmap back = read(importer.get(), new Sample("round-trip." + firstExtension(), written));
            assertThat(format.carried().apply(back)).as(original.id()).isEqualTo(format.carried().apply(original));
            String again = exporter.get().writeToString(back);
            if (exempt == null) {
                assertThat(again).as("export is stable").isEqualTo(written);
            } else {
                Roadmap backAgain = read(importer.get(), new Sample("round-trip-2." + firstExtension(), again));
                assertThat(exporter.get().writeToString(backAgain))
                        .as("export is stable from the second on (%s exempt: %s)", Clause.STABLE_REEXPORT, exempt)
                        .isEqualTo(again);
            }
        }
    }

    @Test
    void exportsAreDeterministic() {
        format.exporter().ifPresent(e -> assertThat(e.writeToString(SampleRoadmaps.sample()))
                .isEqualTo(e.writeToString(SampleRoadmaps.sample())));
        format.planExporter().ifPresent(e -> {
            Roadmap r = SampleRoadmaps.sample();
            Plan plan = SampleRoadmaps.plan(r);
            assertThat(e.writeToString(plan, r)).isEqualTo(e.writeToString(SampleRoadmaps.plan(r), r));
        });
    }

    @Test
    void hostileTitlesStaySafe() {
        Roadmap hostile = SampleRoadmaps.hostile();
        format.exporter().ifPresent(e -> assertHostileTitlesSafe(e.writeToString(hostile)));
        format.planExporter().ifPresent(e -> assertHostileTitlesSafe(e.writeToString(SampleRoadmaps.plan(hostile), hostile)));
    }

    @Test
    void writesAsInTheGoldenFiles() {
        org.junit.jupiter.api.Assertions.assertAll(format.golden().entrySet().stream()
                .map(e -> () -> Golden.assertMatches(e.getValue(), e.getKey().write(format))));
    }

    private String firstExtension() {
        List<String> ext = format.importer().map(i -> i.descriptor().extensions()).orElse(List.of());
        return ext.isEmpty() ? "txt" : ext.get(0);
    }

    /**
     * Reads a sample with default limits.
     *
     * @param importer the importer
     * @param sample   the document
     * @return the roadmap read
     */
    protected static Roadmap read(RoadmapImporter importer, Sample sample) {
        try {
            return importer.read(new ByteArrayInputStream(sample.bytes()), sample.fileName(), ReadLimits.defaults()).roadmap();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
