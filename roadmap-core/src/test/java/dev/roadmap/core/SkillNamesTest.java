package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillNamesTest {

    @Test
    void repeatedTitlesAreQualifiedByGroupThenPrerequisiteThenId() {
        Roadmap r = Roadmap.builder("web")
                .addGroup(Group.of("html", "HTML")).addGroup(Group.of("css", "CSS"))
                .addSkill(Skill.builder("html", "HTML").group("html").build())
                .addSkill(Skill.builder("html-basics", "Learn the basics").group("html").requires("html").build())
                .addSkill(Skill.builder("css-basics", "Learn the basics").group("css").build())
                .addSkill(Skill.builder("js", "JavaScript").build())
                .addSkill(Skill.builder("js-basics", "Learn the basics").requires("js").build())
                .addSkill(Skill.builder("x1", "Twin").build())
                .addSkill(Skill.builder("x2", "Twin").build())
                .addSkill(Skill.builder("blank", "").build())
                .build();
        SkillNames names = SkillNames.of(r);
        assertThat(names.name(SkillId.of("html"))).isEqualTo("HTML");
        assertThat(names.name(SkillId.of("html-basics"))).isEqualTo("HTML › Learn the basics");
        assertThat(names.name(SkillId.of("css-basics"))).isEqualTo("CSS › Learn the basics");
        assertThat(names.name(SkillId.of("js-basics"))).isEqualTo("JavaScript › Learn the basics");
        assertThat(names.name(SkillId.of("x1"))).isEqualTo("Twin (x1)");
        assertThat(names.name(SkillId.of("blank"))).isEqualTo("blank");
        assertThat(names.name(SkillId.of("unknown"))).isEqualTo("unknown");
        assertThat(SkillNames.of(r)).isSameAs(names);
    }
}
