package dev.roadmap.core.plan;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A plan's skills ({@link Plan#skills()}) as an immutable list whose {@link ScheduledSkill}s are made
 * when they are read: a scheduler keeps its skills' weeks and hours as arrays, and a caller that
 * reads only a re-plan's length or its first skills does not pay for the others. Each skill is made
 * on its first read and kept. {@link Plan} keeps such a list as it is instead of copying it; it
 * equals (and hashes as) any list of the same skills.
 *
 * <p>Immutable and thread-safe, provided the skill function is: it must be a pure function of the
 * position over data nobody changes (see {@link LazyWeeks}).
 *
 * <pre>{@code
 * SkillId[] ids = {SkillId.of("html"), SkillId.of("css")};
 * int[] weeks = {1, 3};
 * List<ScheduledSkill> skills = LazySkills.of(2, i -> new ScheduledSkill(ids[i], weeks[i], weeks[i], 4.0));
 * }</pre>
 */
public final class LazySkills extends LazyList<ScheduledSkill> {
    private LazySkills(int size, IntFunction<ScheduledSkill> skill) {
        super(size, skill);
    }

    /**
     * @param size  how many skills
     * @param skill the skill at each position {@code 0..size-1}, in start order: pure and thread-safe
     * @return the list
     */
    public static LazySkills of(int size, IntFunction<ScheduledSkill> skill) {
        return new LazySkills(size, Objects.requireNonNull(skill, "skill must not be null"));
    }
}
