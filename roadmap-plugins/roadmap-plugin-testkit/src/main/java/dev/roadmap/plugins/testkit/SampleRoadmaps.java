package dev.roadmap.plugins.testkit;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.spi.Scheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Small roadmaps and plans shared by plugin tests. Every value is built fresh and deterministic.
 */
public final class SampleRoadmaps {

    /** Titles that break naive writers: separators, quotes, brackets, markup, CJK, emoji, control-ish text. */
    public static final List<String> HOSTILE_TITLES = List.of(
            "Colon: semi; hash # done",
            "Quotes \"double\" and 'single' and `back`",
            "Brackets [a] (b) {c} <d> |pipe|",
            "<script>alert('x')</script> & &amp;",
            "数据结构与算法 第1周",
            "Emoji 🤖🚀 and ZWJ 👩‍💻",
            "Back\\slash, comma, \"quoted, comma\"",
            "-->|arrow|-- %% ;; end",
            "Line\nbreak\tand tab");

    /** The start date of the sample plans, a Monday. */
    public static final LocalDate START = LocalDate.of(2027, 1, 4);

    private SampleRoadmaps() {
    }

    /**
     * A realistic small roadmap: two tracks, two groups, a choice with a default, a rigid block, an
     * optional skill, a done skill, topics, resources and projects.
     *
     * @return the roadmap
     */
    public static Roadmap sample() {
        return Roadmap.builder("sample")
                .title("Sample roadmap")
                .description("A small roadmap for plugin tests")
                .language("en")
                .pace(new Pace(10, ordered("math", 4.0, "coding", 6.0)))
                .addTrack(Track.of("math", "Mathematics"))
                .addTrack(Track.of("coding", "Programming"))
                .addGroup(Group.of("basics", "Basics"))
                .addGroup(Group.of("advanced", "Advanced"))
                .addSkill(Skill.builder("python", "Python basics").effort("20-30h", Effort.ofHours(20, 30))
                        .track("coding").group("basics").status(Status.DONE)
                        .addTopic(Topic.of("Syntax", true)).addTopic(Topic.of("Functions", true))
                        .addResource(Resource.of("Python tutorial", "https://docs.python.org/3/tutorial/")).build())
                .addSkill(Skill.builder("linalg", "Linear algebra").effort("12h", Effort.ofHours(12))
                        .track("math").group("basics")
                        .addTopic(Topic.of("Vectors", true)).addTopic(Topic.of("Eigenvalues", false)).build())
                .addSkill(Skill.builder("numpy", "NumPy").effort("8-12h", Effort.ofHours(8, 12))
                        .track("coding").group("basics").requires("python").build())
                .addSkill(Skill.builder("course", "Fixed-pace course")
                        .rigidPace(new RigidPace(3, ordered("math", 2.0, "coding", 2.0)))
                        .group("advanced").requires("linalg", "numpy").build())
                .addSkill(Skill.builder("models", "Classic models").effort("16h", Effort.ofHours(16))
                        .track("coding").group("advanced").requires("course")
                        .addProject(Project.of("Spam filter", "Train and evaluate a classifier")).build())
                .addSkill(Skill.builder("stats", "Statistics refresher").effort("6h", Effort.ofHours(6))
                        .track("math").group("advanced").optional(true).requires("linalg").build())
                .addSkill(Skill.builder("web", "Serve a model").effort("10h", Effort.ofHours(10))
                        .track("coding").group("advanced").requires("models").build())
                .addSkill(Skill.builder("mobile", "On-device model").effort("14h", Effort.ofHours(14))
                        .track("coding").group("advanced").requires("models").build())
                .addChoice(Choice.of("deploy", "Deployment path", "web", List.of(
                        ChoiceOption.of("web", "Web service", List.of(SkillId.of("web"))),
                        ChoiceOption.of("mobile", "On device", List.of(SkillId.of("mobile"))))))
                .build();
    }

    /**
     * A chain of skills whose titles are {@link #HOSTILE_TITLES}, in one group with a hostile title too.
     *
     * @return the roadmap
     */
    public static Roadmap hostile() {
        Roadmap.Builder b = Roadmap.builder("hostile").title("Hostile: \"titles\" <b>#1</b> 数据 🤖")
                .addGroup(Group.of("g", "Group; with: [specials] \"q\""));
        for (int i = 0; i < HOSTILE_TITLES.size(); i++) {
            Skill.Builder s = Skill.builder("s" + i, HOSTILE_TITLES.get(i)).effort(Effort.ofHours(2 + i)).group("g");
            if (i > 0) {
                s.requires("s" + (i - 1));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    /**
     * A roadmap with nothing left to plan: one skill "A" of 3 h, done. Its {@link #plan plan} has no weeks.
     *
     * @return the roadmap {@code done}
     */
    public static Roadmap allDone() {
        return Roadmap.builder("done")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(3)).status(Status.DONE).build()).build();
    }

    /** Map.of iterates in an order that changes between JVM runs; samples must not. */
    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** The id of the scheduler that makes the sample plans. */
    public static final String SCHEDULER_ID = "week-packing";

    /**
     * The sample plans come from the week-packing scheduler, found through {@link ServiceLoader} like
     * any scheduler plugin (the kit does not depend on roadmap-scheduler: a test that asks for plans has
     * it on its class path), and are checked against {@link PlanContract} before an exporter sees them.
     *
     * @param roadmap a roadmap
     * @return its plan from {@link #START} at the roadmap's suggested hours (or 10 h a week)
     * @throws IllegalStateException when no scheduler with id {@value #SCHEDULER_ID} is on the class path
     */
    public static Plan plan(Roadmap roadmap) {
        PlanOptions.Builder builder = PlanOptions.builder().start(START);
        if (roadmap.pace().map(p -> p.trackHours().isEmpty()).orElse(true)) {
            builder.capacity(Capacity.pool(10));
        }
        PlanOptions options = builder.build();
        Plan plan = scheduler().schedule(roadmap, options);
        PlanContract.verify(roadmap, options, plan);
        return plan;
    }

    /** The first day of the plan of {@link #logged()}: a Monday. */
    public static final LocalDate LOGGED_START = LocalDate.of(2026, 12, 7);

    /**
     * Three chained skills of 10 h each ("Alpha" &lt;- "Beta" &lt;- "Gamma"), for plans made with a
     * progress log (see {@link #loggedPlan()}).
     *
     * @return the roadmap {@code logged}
     */
    public static Roadmap logged() {
        return Roadmap.builder("logged").title("Logged").pace(Pace.of(10))
                .addSkill(Skill.builder("a", "Alpha").effort(Effort.ofHours(10)).build())
                .addSkill(Skill.builder("b", "Beta").effort(Effort.ofHours(10)).requires("a").build())
                .addSkill(Skill.builder("c", "Gamma").effort(Effort.ofHours(10)).requires("b").build())
                .build();
    }

    /**
     * The plan of {@link #logged()} at 10 h a week with a progress log: week 1 logged (Alpha
     * finished), week 2 logged (Beta begun), today in week 3, the rest planned.
     *
     * @return the plan, with two history weeks marked actual
     * @throws IllegalStateException when no scheduler with id {@value #SCHEDULER_ID} is on the class path
     */
    public static Plan loggedPlan() {
        ProgressLog log = ProgressLog.empty("logged").append(ProgressEntry.of(LOGGED_START.plusDays(1), SkillId.of("a"), 10))
                .append(ProgressEntry.of(LOGGED_START.plusDays(8), SkillId.of("b"), 4));
        return scheduler().schedule(logged(), PlanOptions.builder().capacity(Capacity.pool(10))
                .progress(log).today(LOGGED_START.plusDays(14)).build());
    }

    private static Scheduler scheduler() {
        return ServiceLoader.load(Scheduler.class, SampleRoadmaps.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(s -> s.id().equals(SCHEDULER_ID)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no scheduler '" + SCHEDULER_ID
                        + "' on the class path: add roadmap-scheduler as a test dependency to plan sample roadmaps"));
    }
}
