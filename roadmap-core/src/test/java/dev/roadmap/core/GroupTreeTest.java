package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupTreeTest {

    private static Skill skill(String id, String group) {
        return Skill.builder(id, id.toUpperCase(java.util.Locale.ROOT)).effort(Effort.ofHours(1)).group(group).build();
    }

    /** A phase of two weeks, a skill in each week, one in the phase itself and one in no group. */
    private static Roadmap phase() {
        return Roadmap.builder("r")
                .addGroup(Group.of("phase", "Phase"))
                .addGroup(new Group("week-1", "Week 1", "phase", Extensions.empty()))
                .addGroup(new Group("week-2", "Week 2", "phase", Extensions.empty()))
                .addSkill(skill("a", "week-1")).addSkill(skill("b", "week-2")).addSkill(skill("c", "phase"))
                .addSkill(skill("d", ""))
                .build();
    }

    @Test
    void nestsGroupsAndListsTheirSkillsInDocumentOrder() {
        GroupTree tree = GroupTree.of(phase());
        assertThat(tree.roots()).containsExactly(0);
        assertThat(tree.children(0)).containsExactly(1, 2);
        assertThat(tree.skills(0)).containsExactly(2);
        assertThat(tree.skills(1)).containsExactly(0);
        assertThat(tree.skills(2)).containsExactly(1);
        assertThat(tree.ungrouped()).containsExactly(3);
    }

    @Test
    void walksGroupsDepthFirstThenTheUngroupedSkills() {
        Roadmap r = phase().toBuilder().addGroup(Group.of("extra", "Extra")).addSkill(skill("e", "extra")).build();
        java.util.List<String> steps = new java.util.ArrayList<>();
        GroupTree.of(r).walk((g, depth) -> steps.add("enter " + g + "@" + depth), (s, depth) -> steps.add("skill " + s + "@" + depth),
                (g, depth) -> steps.add("leave " + g + "@" + depth));
        assertThat(steps).containsExactly("enter 0@0", "enter 1@1", "skill 0@2", "leave 1@1", "enter 2@1", "skill 1@2",
                "leave 2@1", "skill 2@1", "leave 0@0", "enter 3@0", "skill 4@1", "leave 3@0", "skill 3@0");
    }

    @Test
    void aFailingStepStopsTheWalk() {
        Roadmap r = Roadmap.builder("r").addGroup(Group.of("g", "G")).addSkill(skill("a", "g")).addSkill(skill("b", "g")).build();
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroupTree.of(r).walk((g, depth) -> { }, (s, depth) -> {
            seen.add(s);
            throw new java.io.IOException("disk full");
        }, (g, depth) -> seen.add(-1))).isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        assertThat(seen).containsExactly(0);
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
