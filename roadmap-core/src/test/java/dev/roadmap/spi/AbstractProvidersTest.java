package dev.roadmap.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.progress.ProgressLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The abstract provider bases hold the descriptor and refuse a null argument by name before the subclass runs. */
class AbstractProvidersTest {
    private static final FormatDescriptor TEXT = FormatDescriptor.of("text", "Text", "txt");
    private static final Roadmap ROADMAP = Roadmap.builder("r").build();

    private final AbstractRoadmapImporter importer = new AbstractRoadmapImporter(TEXT) {
        @Override
        public double sniff(String fileName, byte[] head) {
            return 1;
        }

        @Override
        protected ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) {
            return new ImportResult(ROADMAP, List.of());
        }
    };
    private final AbstractProgressImporter progress = new AbstractProgressImporter(TEXT) {
        @Override
        public double sniff(String fileName, byte[] head) {
            return 0;
        }

        @Override
        protected ProgressLog readProgress(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today,
                ReadLimits limits) {
            return ProgressLog.of(source, List.of());
        }
    };
    private final AbstractRoadmapExporter exporter = new AbstractRoadmapExporter(TEXT) {
        @Override
        protected void writeRoadmap(Roadmap roadmap, OutputStream out) {
        }
    };

    @Test
    void holdTheirDescriptorAndDelegateACompleteCall() throws Exception {
        assertThat(List.of(importer.descriptor(), progress.descriptor(), exporter.descriptor())).containsOnly(TEXT);
        assertThat(importer.read(stream(), "a.txt", ReadLimits.defaults()).roadmap()).isSameAs(ROADMAP);
        assertThat(progress.read(stream(), "p.txt", Optional.empty(), LocalDate.of(2027, 1, 4), ReadLimits.defaults()).roadmap())
                .isEqualTo("p.txt");
    }

    @Test
    void refuseANullArgumentByName() {
        assertThatThrownBy(() -> importer.read(stream(), null, ReadLimits.defaults())).hasMessage("sourceName must not be null");
        assertThatThrownBy(() -> progress.read(stream(), "p", Optional.empty(), null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("today must not be null");
        assertThatThrownBy(() -> progress.read(stream(), "p", null, LocalDate.of(2027, 1, 4), ReadLimits.defaults()))
                .hasMessage("roadmap must not be null");
        assertThatThrownBy(() -> exporter.write(ROADMAP, null)).hasMessage("out must not be null");
        assertThatThrownBy(() -> exporter.write(null, new ByteArrayOutputStream())).hasMessage("roadmap must not be null");
    }

    private static InputStream stream() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
