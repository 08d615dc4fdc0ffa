package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.scheduler.InfeasiblePlanException;
import dev.roadmap.scheduler.InvalidPlanRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a roadmap and plan options into a {@link Problem}: validates, resolves the capacity,
 * choices, targets, progress and efforts, and refuses (with a {@code PlanningException}) anything
 * that cannot be planned. Linear in the size of the roadmap.
 */
final class ProblemBuilder {
    /** Most skills named in one error message; the rest are counted. */
    static final int MAX_NAMED = 20;

    private final Roadmap roadmap;
    private final PlanOptions options;
    private final int n;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Why a skill is not planned; null when it is in play. */
    private final String[] leftOut;
    /** Whether the skill is left out because the learner no longer needs it (done, skipped). */
    private final boolean[] closed;
    private final boolean[] openEnded;
    private final double[] hours;
    private final int[] weeks;

    private ProblemBuilder(Roadmap roadmap, PlanOptions options) {
        this.roadmap = roadmap;
        this.options = options;
        this.n = roadmap.size();
        this.leftOut = new String[n];
        this.closed = new boolean[n];
        this.openEnded = new boolean[n];
        this.hours = new double[n];
        this.weeks = new int[n];
    }

    /** Only validity matters here; warnings and notices are the validator's business, not the plan's. */
    private static final Validator ERROR_CHECKS = Validator.standard().errorChecks();

    static Problem build(Roadmap roadmap, PlanOptions options) {
        return new ProblemBuilder(roadmap, options).build();
    }

    private Problem build() {
        ValidationReport report = ERROR_CHECKS.validate(roadmap);
        if (!report.isValid()) {
            List<Diagnostic> errors = report.errors();
            String listed = errors.stream().limit(MAX_NAMED).map(d -> d.message() + " [" + d.code() + "]")
                    .collect(Collectors.joining("; "));
            throw new InvalidPlanRequestException(InvalidPlanRequestException.INVALID_ROADMAP,
                    "roadmap '" + roadmap.id() + "' has " + errors.size() + " error(s) and cannot be planned: " + listed
                            + more(errors.size()), skillsNamedIn(errors), errors);
        }
        checkKnownIds();
        CapacityTable cap = CapacityTable.of(resolveCapacity());
        markClosed();
        markChoices();
        markOptional();
        readEfforts();
        boolean[] inScope = scope();
        return assemble(cap, inScope);
    }

    private Capacity resolveCapacity() {
        return options.capacity().orElseGet(() -> {
            Pace pace = roadmap.effectivePace();
            return pace.trackHours().isEmpty() ? Capacity.pool(pace.hoursPerWeek()) : Capacity.perTrack(pace.trackHours());
        });
    }

    private void checkKnownIds() {
        List<String> unknown = new ArrayList<>();
        List<SkillId> ids = new ArrayList<>();
        for (SkillId t : options.targets()) {
            if (roadmap.indexOf(t) < 0) {
                unknown.add("target '" + t + "'");
                ids.add(t);
            }
        }
        for (SkillId d : options.done()) {
            if (roadmap.indexOf(d) < 0) {
                unknown.add("done '" + d + "'");
                ids.add(d);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidPlanRequestException(InvalidPlanRequestException.UNKNOWN_SKILL, "unknown skill id(s) in the plan options: "
                    + String.join(", ", unknown) + " (not in roadmap '" + roadmap.id() + "')", ids, List.of());
        }
    }

    private void markClosed() {
        for (int i = 0; i < n; i++) {
            Skill s = roadmap.skill(i);
            if (s.status().isClosed()) {
                leftOut[i] = s.status().id();
                closed[i] = true;
            }
        }
        for (SkillId d : options.done()) {
            int i = roadmap.indexOf(d);
            if (!closed[i]) {
                leftOut[i] = "done";
                closed[i] = true;
            }
        }
    }

    private void markChoices() {
        List<Choice> choices = roadmap.choices();
        Map<String, Integer> byId = new HashMap<>();
        for (int c = 0; c < choices.size(); c++) {
            byId.putIfAbsent(choices.get(c).id(), c);
        }
        String[] picked = new String[choices.size()];
        List<String> unknown = new ArrayList<>();
        options.choose().forEach((choiceId, optionId) -> {
            Integer c = byId.get(choiceId);
            if (c == null) {
                unknown.add("choice '" + choiceId + "' (known: " + choices.stream().map(Choice::id)
                        .collect(Collectors.joining(", ")) + ")");
            } else if (choices.get(c).option(optionId).isEmpty()) {
                unknown.add("option '" + optionId + "' of choice '" + choiceId + "' (known: " + choices.get(c).options()
                        .stream().map(ChoiceOption::id).collect(Collectors.joining(", ")) + ")");
            } else {
                picked[c] = optionId;
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidPlanRequestException(InvalidPlanRequestException.UNKNOWN_CHOICE, "unknown "
                    + String.join(", ", unknown), List.of(), List.of());
        }
        String[] implied = new String[choices.size()];
        for (SkillId target : options.targets()) {
            for (int c = 0; c < choices.size(); c++) {
                for (ChoiceOption o : choices.get(c).options()) {
                    if (!o.skills().contains(target)) {
                        continue;
                    }
                    String already = picked[c] != null ? picked[c] : implied[c];
                    if (already != null && !already.equals(o.id())) {
                        throw new InvalidPlanRequestException(InvalidPlanRequestException.CHOICE_CONFLICT, "target '" + target
                                + "' belongs to option '" + o.id() + "' of choice '" + choices.get(c).id()
                                + "', but option '" + already + "' is " + (picked[c] != null ? "chosen" : "needed by another target"),
                                List.of(target), List.of());
                    }
                    implied[c] = o.id();
                }
            }
        }
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            String option = picked[c] != null ? picked[c] : implied[c];
            if (option == null) {
                option = choice.effectiveDefault().map(ChoiceOption::id).orElse(null);
            } else if (picked[c] == null && !choice.effectiveDefault().map(ChoiceOption::id).orElse("").equals(option)) {
                diagnostics.add(Diagnostic.notice("target-picks-option", "option '" + option + "' of choice '" + choice.id()
                        + "' is taken because a target belongs to it", locate(SourceMap.keyChoice(c))));
            }
            for (ChoiceOption o : choice.options()) {
                if (o.id().equals(option)) {
                    continue;
                }
                for (SkillId id : o.skills()) {
                    int i = roadmap.indexOf(id);
                    if (i >= 0 && leftOut[i] == null) {
                        leftOut[i] = "option '" + o.id() + "' of choice '" + choice.id() + "' not chosen";
                    }
                }
            }
        }
    }

    private void markOptional() {
        if (!options.skipOptional()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (leftOut[i] == null && roadmap.skill(i).optional() && !options.targets().contains(roadmap.skill(i).id())) {
                leftOut[i] = "optional, skipped";
            }
        }
    }

    private void readEfforts() {
        Effort.Estimate estimate = options.estimate();
        for (int i = 0; i < n; i++) {
            if (leftOut[i] != null) {
                continue;
            }
            Skill s = roadmap.skill(i);
            double remaining = remainingFraction(s);
            if (remaining == 0) {
                leftOut[i] = "done (every topic ticked)";
                closed[i] = true;
                diagnostics.add(Diagnostic.notice("progress-complete", "skill '" + s.id()
                        + "' is in progress with every topic ticked; it is treated as done", locate(SourceMap.keySkill(i))));
                continue;
            }
            if (remaining < 1) {
                long ticked = s.topics().stream().filter(Topic::done).count();
                diagnostics.add(Diagnostic.notice("progress", "skill '" + s.id() + "' is in progress with " + ticked + " of "
                        + s.topics().size() + " topics ticked; " + percent(remaining) + " of its effort is planned",
                        locate(SourceMap.keySkill(i))));
            }
            if (s.rigidPace().isPresent()) {
                RigidPace pace = s.rigidPace().get();
                weeks[i] = (int) Math.ceil(pace.weeks() * remaining - 1e-9);
            } else if (s.effort().isPresent()) {
                Effort effort = s.effort().get();
                if (effort.openEnded()) {
                    leftOut[i] = "open-ended effort";
                    openEnded[i] = true;
                } else {
                    hours[i] = effort.hours(estimate) * remaining;
                }
            } else {
                diagnostics.add(Diagnostic.warning("missing-effort", "skill '" + s.id()
                        + "' has no effort; it is planned as 0 hours", locate(SourceMap.keySkill(i))));
            }
        }
    }

    /** The progress rule: a {@code doing} skill with topics has the unticked share of its effort left. */
    static double remainingFraction(Skill s) {
        if (s.status() != Status.DOING || s.topics().isEmpty()) {
            return 1;
        }
        long open = s.topics().stream().filter(t -> !t.done()).count();
        return (double) open / s.topics().size();
    }

    private boolean[] scope() {
        boolean[] reached = new boolean[n];
        if (options.targets().isEmpty()) {
            java.util.Arrays.fill(reached, true);
            return reached;
        }
        int[][] rows = PrerequisiteGraph.of(roadmap).requiresRows();
        int[] off = rows[0];
        int[] tgt = rows[1];
        int[] stack = new int[n];
        int sp = 0;
        for (SkillId t : options.targets()) {
            int i = roadmap.indexOf(t);
            if (!reached[i]) {
                reached[i] = true;
                stack[sp++] = i;
            }
        }
        while (sp > 0) {
            int v = stack[--sp];
            if (leftOut[v] != null) {
                continue;
            }
            for (int k = off[v]; k < off[v + 1]; k++) {
                int p = tgt[k];
                if (!reached[p]) {
                    reached[p] = true;
                    stack[sp++] = p;
                }
            }
        }
        return reached;
    }

    private Problem assemble(CapacityTable cap, boolean[] inScope) {
        int[] activeOf = new int[n];
        int m = 0;
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inScope[i] && leftOut[i] == null) {
                activeOf[i] = m++;
            } else {
                activeOf[i] = -1;
                if (inScope[i]) {
                    unscheduled.add(new Unscheduled(roadmap.skill(i).id(), leftOut[i]));
                }
            }
        }
        int[] doc = new int[m];
        for (int i = 0; i < n; i++) {
            if (activeOf[i] >= 0) {
                doc[activeOf[i]] = i;
            }
        }
        boolean[] rigid = new boolean[m];
        int[] track = new int[m];
        double[] h = new double[m];
        int[] rigidWeeks = new int[m];
        int[] loadOff = new int[m + 1];
        List<Integer> loadTrackList = new ArrayList<>();
        List<Double> loadHoursList = new ArrayList<>();
        Map<String, List<SkillId>> missingTrack = new LinkedHashMap<>();
        List<String> overloaded = new ArrayList<>();
        List<SkillId> overloadedIds = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            Skill s = roadmap.skill(doc[v]);
            loadOff[v] = loadTrackList.size();
            if (s.rigidPace().isPresent()) {
                rigid[v] = true;
                track[v] = -1;
                rigidWeeks[v] = weeks[doc[v]];
                Map<Integer, Double> merged = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : s.rigidPace().get().hoursPerWeek().entrySet()) {
                    int t = trackOf(cap, e.getKey());
                    if (t < 0) {
                        missingTrack.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s.id());
                    } else {
                        merged.merge(t, e.getValue(), Double::sum);
                    }
                }
                double total = 0;
                for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                    loadTrackList.add(e.getKey());
                    loadHoursList.add(e.getValue());
                    total += e.getValue();
                    if (e.getValue() > WeekPacker.EPS && !cap.anyWeekHolds(e.getKey(), e.getValue())) {
                        overloaded.add("'" + s.id() + "' needs " + Hours.format(e.getValue()) + " h a week on "
                                + trackName(cap, e.getKey()) + ", which has " + Hours.format(cap.usual[e.getKey()]) + " h");
                        overloadedIds.add(s.id());
                    }
                }
                h[v] = total * rigidWeeks[v];
            } else {
                String key = s.track().isEmpty() ? Capacity.POOL : s.track();
                int t = trackOf(cap, key);
                h[v] = hours[doc[v]];
                if (t < 0 || (cap.usual[t] <= 0 && h[v] > 0)) {
                    missingTrack.computeIfAbsent(key, k -> new ArrayList<>()).add(s.id());
                }
                track[v] = Math.max(t, 0);
            }
        }
        loadOff[m] = loadTrackList.size();
        if (!missingTrack.isEmpty()) {
            List<SkillId> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            missingTrack.forEach((t, skills) -> {
                ids.addAll(skills);
                parts.add(trackLabel(t) + " has no capacity but skill(s) " + names(skills) + " need it");
            });
            throw new InfeasiblePlanException(InfeasiblePlanException.NO_CAPACITY, String.join("; ", parts)
                    + " (capacity: " + cap.capacity.weekly() + ")", ids);
        }
        if (!overloaded.isEmpty()) {
            throw new InfeasiblePlanException(InfeasiblePlanException.RIGID_OVER_CAPACITY, "fixed-pace skill(s) exceed their "
                    + "track's capacity in every week: " + String.join("; ", overloaded.subList(0, Math.min(MAX_NAMED,
                    overloaded.size()))) + more(overloaded.size()), overloadedIds);
        }
        int[] loadTrack = loadTrackList.stream().mapToInt(Integer::intValue).toArray();
        double[] loadHours = loadHoursList.stream().mapToDouble(Double::doubleValue).toArray();
        return edges(cap, doc, activeOf, rigid, track, h, rigidWeeks, loadOff, loadTrack, loadHours, unscheduled);
    }

    private Problem edges(CapacityTable cap, int[] doc, int[] activeOf, boolean[] rigid, int[] track, double[] h,
                          int[] rigidWeeks, int[] loadOff, int[] loadTrack, double[] loadHours, List<Unscheduled> unscheduled) {
        int m = doc.length;
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        int[][] rows = graph.requiresRows();
        int[] off = rows[0];
        int[] tgt = rows[1];
        int[] reqOff = new int[m + 1];
        int count = 0;
        for (int v = 0; v < m; v++) {
            int i = doc[v];
            for (int k = off[i]; k < off[i + 1]; k++) {
                if (activeOf[tgt[k]] >= 0) {
                    count++;
                }
            }
        }
        int[] reqTgt = new int[count];
        boolean[] hadClosed = new boolean[m];
        int e = 0;
        for (int v = 0; v < m; v++) {
            reqOff[v] = e;
            int i = doc[v];
            for (int k = off[i]; k < off[i + 1]; k++) {
                int p = tgt[k];
                if (activeOf[p] >= 0) {
                    reqTgt[e++] = activeOf[p];
                } else {
                    hadClosed[v] = true;
                    if (!closed[p]) {
                        reportDroppedPrerequisite(i, p);
                    }
                }
            }
        }
        reqOff[m] = e;
        int[] order = graph.topologicalOrder();
        int[] topo = new int[m];
        int c = 0;
        for (int i : order) {
            if (activeOf[i] >= 0) {
                topo[c++] = activeOf[i];
            }
        }
        return new Problem(roadmap, cap, doc, rigid, track, h, rigidWeeks, loadOff, loadTrack, loadHours, reqOff, reqTgt,
                topo, hadClosed, unscheduled, diagnostics);
    }

    private void reportDroppedPrerequisite(int skill, int prerequisite) {
        SkillId s = roadmap.skill(skill).id();
        SkillId p = roadmap.skill(prerequisite).id();
        if (openEnded[prerequisite]) {
            diagnostics.add(Diagnostic.notice("open-ended-prerequisite", "prerequisite '" + p + "' of '" + s
                    + "' is open-ended and not scheduled; '" + s + "' does not wait for it", locate(SourceMap.keySkill(skill))));
        } else {
            diagnostics.add(Diagnostic.warning("left-out-prerequisite", "skill '" + s + "' requires '" + p + "', which is left out ("
                    + leftOut[prerequisite] + "); '" + s + "' is planned without it", locate(SourceMap.keySkill(skill))));
        }
    }

    private static int trackOf(CapacityTable cap, String trackId) {
        return cap.pool ? 0 : cap.index(trackId);
    }

    static String trackName(CapacityTable cap, int t) {
        return Capacity.POOL.equals(cap.ids[t]) ? "the shared pool" : "track " + cap.ids[t];
    }

    private static String trackLabel(String trackId) {
        return Capacity.POOL.equals(trackId) ? "the shared pool '*' (skills without a track)" : "track '" + trackId + "'";
    }

    private static String names(List<SkillId> ids) {
        return ids.stream().limit(MAX_NAMED).map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + more(ids.size());
    }

    private static String more(int size) {
        return size > MAX_NAMED ? " and " + (size - MAX_NAMED) + " more" : "";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private List<SkillId> skillsNamedIn(List<Diagnostic> errors) {
        List<SkillId> ids = new ArrayList<>();
        for (dev.roadmap.core.graph.CycleException cycle : PrerequisiteGraph.of(roadmap).cycles()) {
            cycle.cycle().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        for (Diagnostic d : errors) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("'([^']+)'").matcher(d.message());
            while (matcher.find()) {
                String text = matcher.group(1);
                if (SkillId.isValid(text) && roadmap.indexOf(SkillId.of(text)) >= 0 && !ids.contains(SkillId.of(text))) {
                    ids.add(SkillId.of(text));
                }
            }
        }
        return ids;
    }

    private SourceLocation locate(String key) {
        return roadmap.sourceMap().locate(key);
    }
}
