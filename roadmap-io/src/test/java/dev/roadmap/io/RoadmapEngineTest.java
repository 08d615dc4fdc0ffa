package dev.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.ValidationRule;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.json.PlanJsonExporter;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.Scheduler;
import dev.roadmap.spi.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door: read, validate, plan and write through one configured engine. */
class RoadmapEngineTest {
    private static final String ROADMAP = """
            {"format": "roadmap/1", "id": "mini", "title": "Mini",
             "skills": [{"id": "python", "title": "Python basics", "effort": "6h"},
                        {"id": "numpy", "title": "NumPy", "effort": "4h", "requires": ["python"]}]}
            """;
    private static final FormatOptions.Key<String> GREETING = FormatOptions.Key.ofText("test.greeting");

    /** A plugin rule: every roadmap gets one notice. */
    static final class NoticeRule implements ValidationRule {
        @Override
        public String id() {
            return "test-notice";
        }

        @Override
        public String description() {
            return "notes every roadmap";
        }

        @Override
        public List<Diagnostic> check(Roadmap roadmap) {
            return List.of(Diagnostic.notice("test-notice", "seen", SourceLocation.unknown(roadmap.source())));
        }
    }

    /**
     * A scheduler that plans nothing from the start it is given.
     *
     * @param id          its id
     * @param displayName its display name
     */
    record NothingScheduler(String id, String displayName) implements Scheduler {
        @Override
        public Plan schedule(Roadmap roadmap, PlanOptions options) {
            return new Plan(roadmap.id(), options.start().orElseThrow(), Capacity.pool(1), 0, 0, 0, List.of(), List.of(),
                    List.of(), List.of(), Map.of());
        }
    }

    /** An exporter that writes the value of an option. */
    static final class GreetingExporter implements RoadmapExporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("greeting", "Greeting", "greet");
        }

        @Override
        public void write(Roadmap roadmap, OutputStream out) throws IOException {
            write(roadmap, out, FormatOptions.none());
        }

        @Override
        public void write(Roadmap roadmap, OutputStream out, FormatOptions options) throws IOException {
            out.write(options.get(GREETING).orElse("hello").getBytes(StandardCharsets.UTF_8));
        }
    }

    private final NothingScheduler scheduler = new NothingScheduler("recording", "plans nothing");
    private final PluginRegistry registry = PluginRegistry.builder().add(new JsonImporter()).add(new MarkdownImporter())
            .add(new JsonExporter()).add(new GreetingExporter()).add(new PlanJsonExporter()).add(scheduler)
            .add(new NoticeRule()).build();

    private RoadmapEngine.Builder engine() {
        return RoadmapEngine.builder().registry(registry);
    }

    @Test
    void readsFilesStreamsAndTextDetectingTheFormatAndSayingWhichItWas(@TempDir Path dir) throws IOException {
        RoadmapEngine engine = engine().build();
        Path file = Files.writeString(dir.resolve("mini.json"), ROADMAP);
        ReadResult fromFile = engine.read(file);
        assertThat(fromFile.format()).isEqualTo("json");
        assertThat(fromFile.roadmap().size()).isEqualTo(2);
        ReadResult fromStream = engine.read(new ByteArrayInputStream(ROADMAP.getBytes(StandardCharsets.UTF_8)), "doc",
                null, FormatOptions.none());
        assertThat(fromStream.roadmap()).isEqualTo(fromFile.roadmap().toBuilder().sourceMap(fromStream.roadmap().sourceMap()).build());
        assertThat(engine.readString("# Plan\n\n- [ ] Learn Python\n", "plan.md", null).format()).isEqualTo("markdown");
        assertThatThrownBy(() -> engine.readString(ROADMAP, "mini.json", "csv"))
                .isInstanceOfSatisfying(UnknownFormatException.class,
                        e -> assertThat(e.knownIds()).containsExactly("json", "markdown"));
    }

    @Test
    void validatesWithPluginRulesByDefaultAndWithoutOnRequest() {
        Roadmap roadmap = engine().build().readString(ROADMAP, "mini.json", null).roadmap();
        assertThat(engine().build().validate(roadmap).diagnostics()).extracting(Diagnostic::code).contains("test-notice");
        assertThat(engine().pluginRules(false).build().validate(roadmap).diagnostics()).isEmpty();
    }

    @Test
    void plansWithTheNamedOrDefaultSchedulerStartingOnTheComingMondayOfItsClock() {
        Clock sunday = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        RoadmapEngine engine = engine().clock(sunday).defaultScheduler("recording").build();
        Roadmap roadmap = engine.readString(ROADMAP, "mini.json", null).roadmap();
        assertThat(engine.plan(roadmap, PlanOptions.defaults()).start()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(engine.plan(roadmap, PlanOptions.builder().start(LocalDate.of(2027, 1, 4)).build(), "recording").start())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThatThrownBy(() -> engine().build().plan(roadmap, PlanOptions.defaults()))
                .as("week-packing is not on this registry").isInstanceOfSatisfying(UnknownFormatException.class,
                        e -> assertThat(e.knownIds()).containsExactly("recording"));
    }

    @Test
    void writersGetTheEnginesOptionsOverriddenByTheCallsOwn() throws IOException {
        RoadmapEngine engine = engine().formatOptions(FormatOptions.builder().set(GREETING, "hi").build()).build();
        Roadmap roadmap = engine.readString(ROADMAP, "mini.json", null).roadmap();
        assertThat(engine.writeToString(roadmap, "greeting")).isEqualTo("hi");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.write(roadmap, "greeting", out, FormatOptions.builder().setText("test.greeting", "hey").build());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hey");
        assertThat(engine().build().writeToString(roadmap, "greeting")).isEqualTo("hello");
    }

    @Test
    void lookupsAgreeAcrossTheEngineTheRegistryAndFormats() {
        RoadmapEngine engine = engine().build();
        @SuppressWarnings("removal")
        Formats formats = Formats.of(registry);
        assertThat(engine.exporter("json")).containsSame(registry.exporter("json").orElseThrow())
                .containsSame(formats.exporter("json").orElseThrow());
        assertThat(engine.planExporter("ics")).isEmpty();
        assertThat(registry.planExporter("ics")).isEmpty();
        assertThat(formats.planExporter("ics")).isEmpty();
        for (Runnable lookup : List.<Runnable>of(() -> engine.requirePlanExporter("ics"), () -> registry.requirePlanExporter("ics"),
                () -> formats.requirePlanExporter("ics"))) {
            assertThatThrownBy(lookup::run).isInstanceOfSatisfying(UnknownFormatException.class,
                    e -> assertThat(e.knownIds()).containsExactly("json"));
        }
        assertThatThrownBy(() -> engine.requireScheduler("nope")).isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("no scheduler 'nope'").hasMessageContaining("recording");
        assertThat(engine.requireImporter("json")).isSameAs(registry.requireImporter("json"));
    }

    @Test
    void toBuilderKeepsTheSettingsAndTheRegistry() {
        RoadmapEngine engine = engine().defaultScheduler("recording").pluginRules(false).build();
        RoadmapEngine copy = engine.toBuilder().build();
        assertThat(copy.registry()).isSameAs(engine.registry());
        assertThat(copy.defaultScheduler()).isEqualTo("recording");
        assertThat(copy.validator().rules()).hasSameSizeAs(engine.validator().rules());
    }
}
