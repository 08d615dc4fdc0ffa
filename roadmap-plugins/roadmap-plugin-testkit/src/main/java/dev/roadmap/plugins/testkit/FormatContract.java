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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every format provider passes. A plugin module subclasses it once per format id and
 * returns its providers and samples; the tests that do not apply (no importer, no exporter) pass
 * trivially, the others check:
 * <ul>
 *   <li>descriptors are valid, agree between the provider kinds of one format, and the providers are
 *       found through {@link ServiceLoader} under that id;</li>
 *   <li>the importer sniffs its own samples with confidence at least {@link #MIN_SNIFF} and gives other
 *       formats' typical heads a low score;</li>
 *   <li>export then import gives back the fields the format carries ({@link #carried}), and exporting
 *       what was imported writes the same text again;</li>
 *   <li>malformed documents fail with an {@link ImportException} that has a location, never another
 *       throwable;</li>
 *   <li>hostile titles ({@link SampleRoadmaps#HOSTILE_TITLES}) are written so the output stays valid
 *       ({@link #assertHostileTitlesSafe}).</li>
 * </ul>
 * A format whose nature rules a clause out declares it in {@link #exemptions()} with the reason; the
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

    /** The confidence an importer must give its own samples. */
    public static final double MIN_SNIFF = 0.5;

    /** @return the format id under test */
    protected abstract String formatId();

    /** @return the importer of this format, if it has one */
    protected Optional<RoadmapImporter> importer() {
        return Optional.empty();
    }

    /** @return the roadmap exporter of this format, if it has one */
    protected Optional<RoadmapExporter> exporter() {
        return Optional.empty();
    }

    /** @return the plan exporter of this format, if it has one */
    protected Optional<PlanExporter> planExporter() {
        return Optional.empty();
    }

    /** @return documents of this format the importer must sniff and read (file name, content) */
    protected List<Sample> samples() {
        return List.of();
    }

    /** @return documents the importer must refuse with a located {@link ImportException}; required with an importer */
    protected List<Sample> malformed() {
        return List.of();
    }

    /**
     * The view of a roadmap that this format carries, for round-trip comparison. The default is the
     * whole roadmap; formats that drop fields map both sides to what they keep.
     *
     * @return the projection applied to both sides of a round trip
     */
    protected Function<Roadmap, Object> carried() {
        return r -> r;
    }

    /**
     * The clauses this format is exempted from, each with the reason the format cannot meet it. The
     * default is none.
     *
     * @return clause to reason
     */
    protected Map<Clause, String> exemptions() {
        return Map.of();
    }

    /**
     * Checks that output written for {@link SampleRoadmaps#hostile()} stays valid in the format, for
     * example by parsing it back or checking escapes. Called with the roadmap export and with the plan
     * export of that roadmap.
     *
     * @param output the exported text
     */
    protected abstract void assertHostileTitlesSafe(String output);

    /** A named document. */
    public record Sample(String fileName, String content) {
        /** @return the content as UTF-8 bytes */
        public byte[] bytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void descriptorsAreValidAndAgree() {
        List<FormatDescriptor> descriptors = new java.util.ArrayList<>();
        importer().ifPresent(p -> descriptors.add(p.descriptor()));
        exporter().ifPresent(p -> descriptors.add(p.descriptor()));
        planExporter().ifPresent(p -> descriptors.add(p.descriptor()));
        assertThat(descriptors).as("a format provides at least one provider").isNotEmpty();
        for (FormatDescriptor d : descriptors) {
            assertThat(d.id()).isEqualTo(formatId());
            assertThat(d.displayName()).isNotBlank();
            assertThat(d.extensions()).allSatisfy(e -> assertThat(e).matches("[a-z0-9.]+"));
        }
    }

    @Test
    void providersAreFoundThroughServiceLoader() {
        importer().ifPresent(p -> assertThat(ServiceLoader.load(RoadmapImporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(formatId()));
        exporter().ifPresent(p -> assertThat(ServiceLoader.load(RoadmapExporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(formatId()));
        planExporter().ifPresent(p -> assertThat(ServiceLoader.load(PlanExporter.class).stream()
                .map(s -> s.get().descriptor().id())).contains(formatId()));
    }

    @Test
    void sniffsItsOwnSamplesAndNotOthers() {
        importer().ifPresent(importer -> {
            assertThat(samples()).as("an importer needs samples").isNotEmpty();
            for (Sample s : samples()) {
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
        importer().ifPresent(importer -> {
            for (Sample s : samples()) {
                assertThatCode(() -> read(importer, s)).as(s.fileName()).doesNotThrowAnyException();
            }
        });
    }

    @Test
    @Timeout(30)
    void malformedDocumentsFailWithALocation() {
        importer().ifPresent(importer -> {
            assertThat(malformed()).as("an importer needs malformed samples, or this clause checks nothing").isNotEmpty();
            for (Sample s : malformed()) {
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
            for (Sample s : samples()) {
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
        exemptions().forEach((clause, reason) -> assertThat(reason).as("reason for exempting %s", clause).isNotBlank());
    }

    @Test
    void roundTripKeepsWhatTheFormatCarries(TestReporter reporter) {
        Optional<RoadmapImporter> importer = importer();
        Optional<RoadmapExporter> exporter = exporter();
        if (importer.isEmpty() || exporter.isEmpty()) {
            return;
        }
        String exempt = exemptions().get(Clause.STABLE_REEXPORT);
        if (exempt != null) {
            reporter.publishEntry(formatId() + " exempt from " + Clause.STABLE_REEXPORT, exempt);
        }
        for (Roadmap original : List.of(SampleRoadmaps.sample(), SampleRoadmaps.hostile())) {
            String written = exporter.get().writeToString(original);
            Roadmap back = read(importer.get(), new Sample("round-trip." + firstExtension(), written));
            assertThat(carried().apply(back)).as(original.id()).isEqualTo(carried().apply(original));
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
        exporter().ifPresent(e -> assertThat(e.writeToString(SampleRoadmaps.sample()))
                .isEqualTo(e.writeToString(SampleRoadmaps.sample())));
        planExporter().ifPresent(e -> {
            Roadmap r = SampleRoadmaps.sample();
            Plan plan = SampleRoadmaps.plan(r);
            assertThat(e.writeToString(plan, r)).isEqualTo(e.writeToString(SampleRoadmaps.plan(r), r));
        });
    }

    @Test
    void hostileTitlesStaySafe() {
        Roadmap hostile = SampleRoadmaps.hostile();
        exporter().ifPresent(e -> assertHostileTitlesSafe(e.writeToString(hostile)));
        planExporter().ifPresent(e -> assertHostileTitlesSafe(e.writeToString(SampleRoadmaps.plan(hostile), hostile)));
    }

    private String firstExtension() {
        List<String> ext = importer().map(i -> i.descriptor().extensions()).orElse(List.of());
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
