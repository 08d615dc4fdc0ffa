package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random roadmaps (groups in any order, skills of no group anywhere, choices inside and outside
 * groups, optional skills, fixed paces, tracks) come back from Markdown as they were.
 */
class MarkdownExportRoundTripTest {

    @Test
    void randomRoadmapsSurviveExportAndImport() {
        Random random = new Random(1413);
        for (int n = 0; n < 300; n++) {
            Roadmap original = random(random);
            String md = new MarkdownExporter().writeToString(original);
            Roadmap back = new MarkdownImporter().read(md, "random.md").roadmap();
            assertThat(shape(back)).as(md).isEqualTo(shape(original));
            assertThat(new MarkdownExporter().writeToString(back)).as("second export").isEqualTo(md);
        }
    }

    private static List<Object> shape(Roadmap r) {
        // groups come back in the order their skills first appear, and only when they have skills
        java.util.Set<String> used = new java.util.HashSet<>();
        r.skills().forEach(s -> used.add(s.group()));
        return List.of(r.groups().stream().filter(g -> used.contains(g.id())).map(g -> g.id() + "=" + g.title()).sorted().toList(),
                r.choices(),
                r.skills().stream().map(s -> List.of(s.id(), s.title(), s.group(), s.track(), s.optional(), s.requires(),
                        s.rigidPace(), s.effort().map(Effort::toNotation))).toList());
    }

    private static Roadmap random(Random random) {
        int groups = random.nextInt(4);
        Roadmap.Builder b = Roadmap.builder("r").title("Random").pace(Pace.of(8));
        for (int g = 0; g < groups; g++) {
            b.addGroup(Group.of("group-" + g, "Group " + g));
        }
        int n = 1 + random.nextInt(12);
        List<SkillId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i)
                    .group(groups == 0 || random.nextInt(3) == 0 ? "" : "group-" + random.nextInt(groups))
                    .track(random.nextBoolean() ? "" : random.nextBoolean() ? "math" : "code")
                    .optional(random.nextInt(4) == 0);
            if (random.nextInt(4) == 0) {
                Map<String, Double> hours = new LinkedHashMap<>();
                hours.put(random.nextBoolean() ? "math" : "*", (double) (1 + random.nextInt(6)));
                if (random.nextBoolean()) {
                    hours.put("code", 0.5 + random.nextInt(4));
                }
                s.rigidPace(new RigidPace(1 + random.nextInt(5), hours));
            } else {
                int h = 1 + random.nextInt(9);
                s.effort(h + "h", Effort.ofHours(h));
            }
            if (i > 0 && random.nextBoolean()) {
                s.requires(ids.get(random.nextInt(i)));
            }
            ids.add(SkillId.of("s" + i));
            b.addSkill(s.build());
        }
        if (n >= 4 && random.nextBoolean()) {
            // two options of consecutive skills somewhere in reading order
            int start = random.nextInt(n - 3);
            int a = 1 + random.nextInt(2);
            b.addChoice(Choice.of("pick", "Pick one", random.nextBoolean() ? "y" : "", List.of(
                    ChoiceOption.of("x", "First way", ids.subList(start, start + a)),
                    ChoiceOption.of("y", "Second way", ids.subList(start + a, Math.min(n, start + a + 1 + random.nextInt(2)))))));
        }
        return b.build();
    }
}
