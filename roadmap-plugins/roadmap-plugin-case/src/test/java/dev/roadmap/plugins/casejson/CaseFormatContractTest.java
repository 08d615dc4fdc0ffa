package dev.roadmap.plugins.casejson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Group;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;

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

    CaseFormatContractTest() {
        super(format("case").importer(new CaseImporter()).exporter(new CaseExporter()).carried(CaseFormatContractTest::carry)
                .samples(new Sample("framework.json", Resources.text("/case/framework.json")),
                        new Sample("wrapped.json", Resources.text("/case/wrapped.json")))
                .malformed(Sample.allIn("/case/malformed"))
                .hostileTitles(CaseFormatContractTest::jsonGivesTheTitlesBack));
    }

    /** The hostile titles come back from a JSON parser unchanged, as the items' full statements. */
    static void jsonGivesTheTitlesBack(String output) {
        Roadmap back = new CaseImporter().read(output, "hostile.json").roadmap();
        assertThat(back.skills()).extracting(s -> s.title()).containsExactlyElementsOf(SampleRoadmaps.HOSTILE_TITLES);
        assertThat(back.title()).isEqualTo(SampleRoadmaps.hostile().title());
    }
}
