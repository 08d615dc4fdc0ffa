package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillIndexTest {
    private static Skill skill(String id, String title) {
        return Skill.builder(id, title).build();
    }

    @Test
    void findsEverySkillOfALargeRoadmapByItsId() {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            skills.add(skill("s" + i, "Skill " + i));
        }
        Roadmap r = Roadmap.builder("big").addSkills(skills).build();

        for (int i = 0; i < 50_000; i++) {
            assertThat(r.indexOf(SkillId.of("s" + i))).isEqualTo(i);
        }
        assertThat(r.indexOf(SkillId.of("s50000"))).isEqualTo(-1);
        assertThat(r.skill(SkillId.of("s123")).map(Skill::title)).contains("Skill 123");
    }

    @Test
    void repeatedIdsResolveToTheFirstSkill() {
        Roadmap r = Roadmap.builder("dup").addSkill(skill("a", "first")).addSkill(skill("b", "b"))
                .addSkill(skill("a", "second")).build();

        assertThat(r.indexOf(SkillId.of("a"))).isZero();
        assertThat(r.skill(SkillId.of("a")).map(Skill::title)).contains("first");
        assertThat(r.indexOf(SkillId.of("b"))).isEqualTo(1);
    }

    @Test
    void idsWithCollidingHashesAreTold() {
        // "Aa" and "BB" have the same String hash code
        Roadmap r = Roadmap.builder("collide").addSkill(skill("Aa", "x")).addSkill(skill("BB", "y")).build();

        assertThat(r.indexOf(SkillId.of("Aa"))).isZero();
        assertThat(r.indexOf(SkillId.of("BB"))).isEqualTo(1);
        assertThat(r.indexOf(SkillId.of("Ab"))).isEqualTo(-1);
    }

    @Test
    void emptyRoadmapAndNullFindNothing() {
        Roadmap r = Roadmap.builder("empty").build();

        assertThat(r.indexOf(SkillId.of("a"))).isEqualTo(-1);
        assertThat(r.indexOf(null)).isEqualTo(-1);
        assertThat(r.skill(SkillId.of("a"))).isEmpty();
    }

    @Test
    void withSkillReplacesOneSkillAndSharesTheIndex() {
        Roadmap r = Roadmap.builder("w").addSkill(skill("a", "A")).addSkill(skill("b", "B")).addSkill(skill("c", "C")).build();
        Skill doneB = r.skill(1).toBuilder().status(Status.DONE).build();

        Roadmap changed = r.withSkill(1, doneB);

        assertThat(changed).isEqualTo(r.toBuilder().setSkills(List.of(r.skill(0), doneB, r.skill(2))).build());
        assertThat(changed.sharesIndexWith(r)).isTrue();
        assertThat(changed.indexOf(SkillId.of("c"))).isEqualTo(2);
        assertThat(changed.skill(SkillId.of("b")).map(Skill::status)).contains(Status.DONE);
        assertThat(r.skill(1).status()).isEqualTo(Status.TODO);
    }

    @Test
    void duplicateIdsAreKnownAsTheDefinitionSaysOnRandomRoadmaps() {
        java.util.Random random = new java.util.Random(31);
        for (int round = 0; round < 300; round++) {
            int size = random.nextInt(40);
            List<Skill> skills = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // few distinct ids (some with colliding hashes) so that repeats are common but not certain
                String[] pool = {"Aa", "BB", "s" + i, "t" + i, "u" + random.nextInt(60)};
                skills.add(skill(pool[random.nextInt(pool.length)], "x"));
            }
            Roadmap r = Roadmap.builder("r").addSkills(skills).build();
            boolean repeated = false;
            for (int i = 0; i < size; i++) {
                repeated |= r.indexOf(r.skill(i).id()) != i;
            }
            assertThat(r.hasDuplicateIds()).as("round %d", round).isEqualTo(repeated);
            if (size > 0) {
                assertThat(r.withSkill(0, r.skill(0).toBuilder().title("y").build()).hasDuplicateIds()).isEqualTo(repeated);
            }
        }
    }

    @Test
    void taggedAndPlainSlotsFindWhatALinearScanFinds() {
        java.util.Random random = new java.util.Random(43);
        for (int round = 0; round < 200; round++) {
            List<Skill> skills = new ArrayList<>();
            int size = random.nextInt(300);
            for (int i = 0; i < size; i++) {
                skills.add(skill(id(random), "x"));
            }
            SkillIndex tagged = new SkillIndex(skills, true);
            SkillIndex plain = new SkillIndex(skills, false);
            boolean repeated = false;
            for (int q = 0; q < 400; q++) {
                SkillId id = q < size ? skills.get(q).id() : SkillId.of(id(random));
                int first = -1;
                for (int i = 0; i < size && first < 0; i++) {
                    first = skills.get(i).id().equals(id) ? i : -1;
                }
                repeated |= q < size && first != q;
                assertThat(tagged.indexOf(id)).as("%s", id).isEqualTo(first);
                assertThat(plain.indexOf(id)).as("%s", id).isEqualTo(first);
            }
            assertThat(tagged.hasDuplicates()).isEqualTo(repeated);
            assertThat(plain.hasDuplicates()).isEqualTo(repeated);
        }
    }

    /** Ids from a small pool with colliding hashes ("Aa"/"BB" blocks), so probes pass other ids often. */
    private static String id(java.util.Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(4); k >= 0; k--) {
            b.append(random.nextBoolean() ? "Aa" : "BB");
        }
        return random.nextInt(3) == 0 ? b.toString() : b.append(random.nextInt(200)).toString();
    }

    @Test
    void withSkillRefusesAnotherId() {
        Roadmap r = Roadmap.builder("w").addSkill(skill("a", "A")).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.withSkill(0, skill("z", "Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids differ");
    }
}
