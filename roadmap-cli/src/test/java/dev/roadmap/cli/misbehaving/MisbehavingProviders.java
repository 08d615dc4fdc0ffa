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

/** Providers that break their contracts in every way a plugin can, for {@code MisbehavingPluginsTest}. */
public final class MisbehavingProviders {
    private MisbehavingProviders() {
    }

    /** Throws in its constructor. */
    public static final class ConstructorThrows implements RoadmapImporter {
        /** Fails. */
        public ConstructorThrows() {
            throw new IllegalStateException("constructor boom");
        }

        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("ctor-boom", "Broken", "boom");
        }

        @Override
        public double sniff(String fileName, byte[] head) {
            return 0;
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            throw new UnsupportedOperationException();
        }
    }

    /** Throws while sniffing every document. */
    public static final class SniffThrows implements RoadmapImporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("sniff-boom", "Sniff boom", "sniffboom");
        }

        @Override
        public double sniff(String fileName, byte[] head) {
            throw new IllegalStateException("sniff boom");
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            throw new IllegalStateException("never chosen");
        }
    }

    /** Claims {@code .boom} files and throws a non-contract exception while reading them. */
    public static final class ReadThrows implements RoadmapImporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("read-boom", "Read boom", "readboom");
        }

        @Override
        public double sniff(String fileName, byte[] head) {
            return fileName.endsWith(".readboom") ? 1 : 0;
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            throw new NullPointerException("read boom");
        }
    }

    /** Throws while exporting. */
    public static final class ExportThrows implements RoadmapExporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("export-boom", "Export boom", "exportboom");
        }

        @Override
        public void write(Roadmap roadmap, OutputStream out) throws java.io.IOException {
            out.write("partial output".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IllegalArgumentException("export boom");
        }
    }

    /** Throws while writing a plan. */
    public static final class PlanExportThrows implements PlanExporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("plan-boom", "Plan boom", "planboom");
        }

        @Override
        public void write(Plan plan, Roadmap roadmap, OutputStream out) {
            throw new ArrayIndexOutOfBoundsException("plan boom");
        }
    }

    /** Throws while scheduling. */
    public static final class SchedulerThrows implements Scheduler {
        @Override
        public String id() {
            return "boom-scheduler";
        }

        @Override
        public String displayName() {
            return "Boom";
        }

        @Override
        public Plan schedule(Roadmap roadmap, PlanOptions options) {
            throw new IllegalStateException("schedule boom");
        }
    }
}
