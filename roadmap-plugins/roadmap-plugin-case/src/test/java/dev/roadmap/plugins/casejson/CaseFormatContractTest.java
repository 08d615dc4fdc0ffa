package dev.roadmap.plugins.casejson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Group;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

class CaseFormatContractTest extends FormatContract {

    /** What CASE carries of a skill. */
    record CarriedSkill(SkillId id, String title, String description, String group, List<SkillId> requires,
                        List<SkillId> recommends, List<String> topics, List<List<String>> resources) {
    }

    /** What CASE carries of a roadmap. */
    record Carried(String id, String title, String description, String language, List<List<String>> groups,
                   List<CarriedSkill> skills) {
        Carried withId(String other) {
            return new Carried(other, title, description, language, groups, skills);
        }
    }

    static Carried carry(Roadmap r) {
        return new Carried(r.id(), r.title(), r.description(), r.language(),
                r.groups().stream().map((Group g) -> List.of(g.id(), g.title(), g.parent())).toList(),
                r.skills().stream().map(s -> new CarriedSkill(s.id(), s.title(), s.description(), s.group(), s.requires(),
                        s.recommends(), s.topics().stream().map(Topic::title).toList(),
                        s.resources().stream().filter(x -> !x.url().isEmpty())
                                .map((Resource x) -> List.of(x.title(), x.url())).toList())).toList());
    }

    @Override
    protected String formatId() {
        return "case";
    }

    @Override
    protected Optional<RoadmapImporter> importer() {
        return Optional.of(new CaseImporter());
    }

    @Override
    protected Optional<RoadmapExporter> exporter() {
        return Optional.of(new CaseExporter());
    }

    @Override
    protected Function<Roadmap, Object> carried() {
        return CaseFormatContractTest::carry;
    }

    @Override
    protected List<Sample> samples() {
        return List.of(new Sample("framework.json", resource("/case/framework.json")),
                new Sample("wrapped.json", resource("/case/wrapped.json")));
    }

    @Override
    protected List<Sample> malformed() {
        return List.of(new Sample("array.json", "[]"),
                new Sample("no-document.json", "{\"CFItems\": []}"),
                new Sample("document-not-object.json", "{\"CFDocument\": 1}"),
                new Sample("no-title.json", "{\"CFDocument\": {\"identifier\": \"x\"}}"),
                new Sample("items-not-list.json", "{\"CFDocument\": {\"identifier\": \"x\", \"title\": \"t\"}, \"CFItems\": {}}"),
                new Sample("truncated.json", "{\"CFDocument\": {\"identifier\": \"x\""),
                new Sample("empty.json", ""));
    }

    /** The hostile titles come back from a JSON parser unchanged, as the items' full statements. */
    @Override
    protected void assertHostileTitlesSafe(String output) {
        Roadmap back = new CaseImporter().read(output, "hostile.json").roadmap();
        assertThat(back.skills()).extracting(s -> s.title()).containsExactlyElementsOf(SampleRoadmaps.HOSTILE_TITLES);
        assertThat(back.title()).isEqualTo(SampleRoadmaps.hostile().title());
    }

    static String resource(String name) {
        try (InputStream in = CaseFormatContractTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
