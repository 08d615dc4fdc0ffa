package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupTreeTest {

    private static Skill skill(String id, String group) {
        return Skill.builder(id, id.toUpperCase(java.util.Locale.ROOT)).effort(Effort.ofHours(1)).group(group).build();
    }

    @Test
    void nestsGroupsAndListsTheirSkillsInDocumentOrder() {
        Roadmap r = Roadmap.builder("r")
                .addGroup(Group.of("phase", "Phase"))
                .addGroup(new Group("week-1", "Week 1", "phase", Extensions.empty()))
                .addGroup(new Group("week-2", "Week 2", "phase", Extensions.empty()))
                .addSkill(skill("a", "week-1")).addSkill(skill("b", "week-2")).addSkill(skill("c", "phase"))
                .addSkill(skill("d", ""))
                .build();
        GroupTree tree = GroupTree.of(r);
        assertThat(tree.roots()).containsExactly(0);
        assertThat(tree.children(0)).containsExactly(1, 2);
        assertThat(tree.skills(0)).containsExactly(2);
        assertThat(tree.skills(1)).containsExactly(0);
        assertThat(tree.skills(2)).containsExactly(1);
        assertThat(tree.ungrouped()).containsExactly(3);
    }

    @Test
    void toleratesLoopsDuplicatesAndUnknownGroups() {
        Roadmap r = Roadmap.builder("r")
                .addGroup(new Group("x", "X", "y", Extensions.empty()))
                .addGroup(new Group("y", "Y", "x", Extensions.empty()))
                .addGroup(Group.of("x", "X again"))
                .addSkill(skill("a", "nowhere")).addSkill(skill("b", "x"))
                .build();
        GroupTree tree = GroupTree.of(r);
        assertThat(tree.groups()).extracting(Group::title).containsExactly("X", "Y");
        assertThat(tree.roots()).containsExactly(0, 1);
        assertThat(tree.ungrouped()).containsExactly(0);
        assertThat(tree.skills(0)).containsExactly(1);
    }
}
