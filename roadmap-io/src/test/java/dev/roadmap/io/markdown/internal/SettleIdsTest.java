package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ids the assembler settles ({@link RoadmapAssembler#settleIds}, the stated ids reserved only
 * when the first title needs a slug, an id the table reader made taken while it is the draft's id) are those of the definition, every stated id reserved before any
 * slug is made: over seeded random drafts with stated ids valid and not, repeated, and titles whose
 * slugs collide with them and with each other.
 */
class SettleIdsTest {
    private static final String[] DOC_IDS = {"skill-1", "skill-2", "intro", "Intro", "a b", "bad id!", "", "x_1", "intro-2", "b"};
    private static final String[] TITLES = {"Intro", "Skill 1", "Skill 2", "B", "Intro 2", "", "x 1", "Graphs", "intro"};

    @Test
    void settlesTheIdsOfTheDefinition() {
        Random random = new Random(20261209);
        int slugged = 0;
        int renamed = 0;
        for (int round = 0; round < 3_000; round++) {
            List<Draft> drafts = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            boolean allStated = random.nextInt(4) == 0;
            for (int i = 0; i < n; i++) {
                Draft d = new Draft(i + 1, 1);
                d.title = TITLES[random.nextInt(TITLES.length)];
                d.docId = allStated ? "id-" + i : random.nextInt(3) == 0 ? null : DOC_IDS[random.nextInt(DOC_IDS.length)];
                if (random.nextBoolean()) {
                    d.readId = d.docId != null && SkillId.isValid(d.docId) ? SkillId.of(d.docId) : null;   // as the table reader does
                    if (random.nextInt(4) == 0) {
                        d.docId = DOC_IDS[random.nextInt(DOC_IDS.length)];   // changed after the reader read it
                    }
                }
                drafts.add(d);
            }
            RoadmapAssembler.Ids ids = RoadmapAssembler.settleIds(drafts);
            List<String> expected = definition(drafts);
            assertThat(ids.ids()).isEqualTo(expected);
            assertThat(ids.skillIds()).extracting(SkillId::value).isEqualTo(expected);
            for (int i = 0; i < n; i++) {
                boolean stated = drafts.get(i).docId != null && SkillId.isValid(drafts.get(i).docId);
                slugged += stated ? 0 : 1;
                renamed += !stated && expected.get(i).matches(".*-[0-9]+") && !Slugs.slug(drafts.get(i).title, "skill").equals(expected.get(i)) ? 1 : 0;
            }
        }
        assertThat(slugged).isGreaterThan(5_000);
        assertThat(renamed).as("slugs made unique against stated ids and each other").isGreaterThan(1_000);
    }

    /** The definition: every stated id reserved first, then each other draft's slug made unique. */
    private static List<String> definition(List<Draft> drafts) {
        Slugs slugs = new Slugs();
        for (Draft d : drafts) {
            if (d.docId != null && SkillId.isValid(d.docId)) {
                slugs.reserve(d.docId);
            }
        }
        List<String> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.docId != null && SkillId.isValid(d.docId) ? SkillId.of(d.docId).value()
                    : slugs.unique(Slugs.slug(d.title, "skill")));
        }
        return out;
    }
}
