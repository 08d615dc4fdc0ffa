package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import org.junit.jupiter.api.Test;

/** A million-skill import must not hold a separate id object per reference (issue 7, memory per skill). */
class JsonImporterSharingTest {
    private static final String DOC = """
            {"format": "roadmap/1", "id": "r",
             "skills": [
               {"id": "b", "effort": "2h", "track": "coding", "group": "g", "requires": ["a"]},
               {"id": "a", "effort": "1h", "track": "coding", "group": "g"},
               {"id": "c", "effort": "1h", "track": "coding", "requires": ["a", "b"], "recommends": ["b"]}
             ]}
            """;

    @Test
    void referencesShareTheIdObjectOfTheSkillTheyName() {
        Roadmap r = new JsonImporter().read(DOC, "r.json").roadmap();

        assertThat(r.skill(0).requires().get(0)).isSameAs(r.skill(1).id());
        assertThat(r.skill(2).requires().get(0)).isSameAs(r.skill(1).id());
        assertThat(r.skill(2).requires().get(1)).isSameAs(r.skill(0).id());
        assertThat(r.skill(2).recommends().get(0)).isSameAs(r.skill(0).id());
    }

    @Test
    void trackAndGroupNamesAreSharedStrings() {
        Roadmap r = new JsonImporter().read(DOC, "r.json").roadmap();

        assertThat(r.skill(1).track()).isSameAs(r.skill(0).track());
        assertThat(r.skill(2).track()).isSameAs(r.skill(0).track());
        assertThat(r.skill(1).group()).isSameAs(r.skill(0).group());
    }
}
