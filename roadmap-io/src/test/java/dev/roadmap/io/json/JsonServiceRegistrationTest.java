package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The three JSON providers are found through {@link ServiceLoader}. */
class JsonServiceRegistrationTest {

    @Test
    void registersImporterExporterAndPlanExporterUnderTheJsonId() {
        assertThat(ServiceLoader.load(RoadmapImporter.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> assertThat(p).isInstanceOf(JsonImporter.class)
                        .extracting(x -> x.descriptor().id()).isEqualTo("json"));
        assertThat(ServiceLoader.load(RoadmapExporter.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> assertThat(p).isInstanceOf(JsonExporter.class)
                        .extracting(x -> x.descriptor().id()).isEqualTo("json"));
        assertThat(ServiceLoader.load(PlanExporter.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> assertThat(p).isInstanceOf(PlanJsonExporter.class)
                        .extracting(x -> x.descriptor().id()).isEqualTo("json"));
    }
}
