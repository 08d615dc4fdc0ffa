package dev.roadmap.cli.misbehaving;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.Scheduler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.ToDoubleFunction;

/** Providers that break their contracts in every way a plugin can, for {@code MisbehavingPluginsTest}. */
public final class MisbehavingProviders {
    private MisbehavingProviders() {
    }

    /** A provider of the format {@code <what>-boom}. */
    abstract static class Boom {
        private final String what;

        Boom(String what) {
            this.what = what;
        }

        /** @return the descriptor of {@code <what>-boom} */
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of(what + "-boom", what + " boom", what + "boom");
        }
    }

    /**
     * An importer named {@code <what>-boom} that claims documents by file name and is never asked to read
     * one; each subclass breaks one of its promises.
     */
    abstract static class BoomImporter extends Boom implements RoadmapImporter {
        private final ToDoubleFunction<String> claim;

        BoomImporter(String what, ToDoubleFunction<String> claim) {
            super(what);
            this.claim = claim;
        }

        @Override
        public double sniff(String fileName, byte[] head) {
            return claim.applyAsDouble(fileName);
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            throw new IllegalStateException("never chosen");
        }
    }

    /** Throws in its constructor. */
    public static final class ConstructorThrows extends BoomImporter {
        /** Fails. */
        public ConstructorThrows() {
            super("ctor", fileName -> 0);
            throw new IllegalStateException("constructor boom");
        }
    }

    /** Throws while sniffing every document. */
    public static final class SniffThrows extends BoomImporter {
        /** The {@code sniff-boom} importer. */
        public SniffThrows() {
            super("sniff", fileName -> {
                throw new IllegalStateException("sniff boom");
            });
        }
    }

    /** Claims {@code .readboom} files and throws a non-contract exception while reading them. */
    public static final class ReadThrows extends BoomImporter {
        /** The {@code read-boom} importer. */
        public ReadThrows() {
            super("read", fileName -> fileName.endsWith(".readboom") ? 1 : 0);
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            throw new NullPointerException("read boom");
        }
    }

    /** Throws while exporting, after writing part of the output. */
    public static final class ExportThrows extends Boom implements RoadmapExporter {
        /** The {@code export-boom} exporter. */
        public ExportThrows() {
            super("export");
        }

        @Override
        public void write(Roadmap roadmap, OutputStream out) throws java.io.IOException {
            out.write("partial output".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IllegalArgumentException("export boom");
        }
    }

    /** Throws while writing a plan. */
    public static final class PlanExportThrows extends Boom implements PlanExporter {
        /** The {@code plan-boom} plan exporter. */
        public PlanExportThrows() {
            super("plan");
        }

        @Override
        public void write(Plan plan, Roadmap roadmap, OutputStream out) {
            throw new ArrayIndexOutOfBoundsException("plan boom");
        }
    }

    /**
     * Throws while scheduling.
     *
     * @param id          {@code boom-scheduler}
     * @param displayName its display name
     */
    public record SchedulerThrows(String id, String displayName) implements Scheduler {
        /** The {@code boom-scheduler}, as {@link java.util.ServiceLoader} makes it. */
        public SchedulerThrows() {
            this("boom-scheduler", "Boom");
        }

        @Override
        public Plan schedule(Roadmap roadmap, PlanOptions options) {
            throw new IllegalStateException("schedule boom");
        }
    }
}
