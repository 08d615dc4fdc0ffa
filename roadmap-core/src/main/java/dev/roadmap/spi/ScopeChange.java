package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.progress.CheckedProgress;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The scope rules applied again after a small change, from the rules of a scope of a roadmap with
 * the same structure: the per-skill rules ({@link ScopeRules#rulesOf}) run for the skills the change
 * touches only (those whose skill object differs, and those new progress entries name); what the
 * other rules derive from them follows:
 * <ul>
 *   <li>reach: all skills without targets; with targets unchanged when no changed skill went in or
 *       out of play, else found again;</li>
 *   <li>dropped prerequisites: the changed skills as dependents, and the dependents of a changed
 *       skill whose being left out without being done changed;</li>
 *   <li>the unscheduled skills, the planned count and the notices: edited at the changed skills, or
 *       shared when nothing there changed.</li>
 * </ul>
 * Every other array is shared with the earlier rules, and copied before it is written. The result
 * equals the rules applied whole ({@link ScopeRules#apply}) to the same roadmap and options.
 */
final class ScopeChange {
    private ScopeChange() {
    }

    /**
     * @param parent  the applied rules of a roadmap with this one's structure
     * @param changed the skills whose objects differ from the parent's roadmap's, ascending
     * @return the applied rules, or null when the change is not small (other options, a progress log
     *         that is not the parent's with entries appended, many skills): apply the rules whole then
     */
    static ScopeRules derive(ScopeRules parent, Roadmap roadmap, PlanOptions options, Clock clock, int[] changed) {
        PlanOptions was = parent.options;
        if (!options.targets().equals(was.targets()) || !options.done().equals(was.done())
                || !options.choose().equals(was.choose()) || options.skipOptional() != was.skipOptional()
                || options.estimate() != was.estimate() || (options.progress().isPresent() && options.today().isEmpty())) {
            return null;
        }
        List<ProgressEntry> before = entries(was);
        List<ProgressEntry> after = entries(options);
        if (after.size() < before.size() || !before.equals(after.subList(0, before.size()))) {
            return null;
        }
        int[] touched = touched(roadmap, changed, after.subList(before.size(), after.size()));
        if (touched == null || touched.length > 8 + roadmap.size() / 8) {
            return null;
        }
        List<ProgressEntry> added = after.subList(before.size(), after.size());
        ScopeRules rules = new ScopeRules(roadmap, options, clock, checked(parent, roadmap, options, changed, added),
                options.capacity().equals(was.capacity()) ? parent.base : PlanningScope.capacityFor(options, roadmap), parent,
                parent.links);
        rules.logEntriesChecked = options.progress().isEmpty() ? 0 : parent.checked == null ? after.size() : added.size();
        copyFrom(parent, rules);
        for (int c : touched) {
            rules.rulesOf(c);
        }
        boolean reachChanged = reach(parent, rules, touched);
        boolean droppedChanged = reachChanged ? droppedWhole(parent, rules) : dropped(parent, rules, touched);
        if (reachChanged) {
            rules.collectUnscheduled();
        } else {
            unscheduled(parent, rules, touched);
        }
        boolean notesChanged = droppedChanged;
        for (int c : touched) {
            notesChanged |= parent.notes[c] != null || rules.notes[c] != null;
        }
        if (notesChanged) {
            rules.collectDiagnostics();
        } else {
            rules.diagnostics = parent.diagnostics;
        }
        return rules;
    }

    /**
     * The options' log checked and applied: the parent's when no entry was appended and no skill it
     * names changed; else the parent's with the appended entries checked and applied (only they are
     * checked: the log's errors do not depend on the day); the whole log when the parent had none.
     */
    private static CheckedProgress checked(ScopeRules parent, Roadmap roadmap, PlanOptions options, int[] changed,
                                           List<ProgressEntry> added) {
        if (options.progress().isEmpty()) {
            return null;
        }
        if (parent.checked == null) {
            return CheckedProgress.of(roadmap, options.progress().get()); // the parent had no log: all of it is new
        }
        return added.isEmpty() && noneLogged(parent, changed) ? parent.checked : parent.checked.append(roadmap, added);
    }

    private static List<ProgressEntry> entries(PlanOptions options) {
        return options.progress().map(ProgressLog::entries).orElse(List.of());
    }

    /** @return the changed skills and those the new entries name, ascending and distinct; null for an unknown skill */
    private static int[] touched(Roadmap roadmap, int[] changed, List<ProgressEntry> added) {
        int[] all = Arrays.copyOf(changed, changed.length + added.size());
        int k = changed.length;
        for (ProgressEntry e : added) {
            int i = roadmap.indexOf(e.skill());
            if (i < 0) {
                return null; // the log's check refuses it: leave that to the rules applied whole
            }
            all[k++] = i;
        }
        Arrays.sort(all);
        int d = 0;
        for (int i = 0; i < all.length; i++) {
            if (d == 0 || all[i] != all[d - 1]) {
                all[d++] = all[i];
            }
        }
        return Arrays.copyOf(all, d);
    }

    /** @return whether the parent's progress names none of the changed skills (so its statuses and hours still hold) */
    private static boolean noneLogged(ScopeRules parent, int[] touched) {
        if (parent.progress == null) {
            return true;
        }
        for (int c : touched) {
            SkillId id = parent.roadmap.skill(c).id();
            if (parent.progress.skill(id).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The per-skill arrays, copied to be written; the choice rule's results, shared (the options are the same). */
    private static void copyFrom(ScopeRules parent, ScopeRules rules) {
        rules.notChosen = parent.notChosen;
        rules.choiceNotes = parent.choiceNotes;
        int n = parent.n;
        rules.leftOut = Arrays.copyOf(parent.leftOut, n);
        rules.closed = Arrays.copyOf(parent.closed, n);
        rules.openEnded = Arrays.copyOf(parent.openEnded, n);
        rules.hours = Arrays.copyOf(parent.hours, n);
        rules.weeks = Arrays.copyOf(parent.weeks, n);
        rules.notes = Arrays.copyOf(parent.notes, n);
    }

    /** @return whether reach had to be found again (with targets, a changed skill went in or out of play) */
    private static boolean reach(ScopeRules parent, ScopeRules rules, int[] touched) {
        if (!rules.options.targets().isEmpty()) {
            for (int c : touched) {
                if ((parent.leftOut[c] == null) != (rules.leftOut[c] == null)) {
                    rules.reach();
                    return true;
                }
            }
        }
        rules.inReach = parent.inReach;
        return false;
    }

    private static boolean droppedWhole(ScopeRules parent, ScopeRules rules) {
        rules.reportDroppedPrerequisites();
        return parent.dropped != null || rules.dropped != null;
    }

    /**
     * The dropped-prerequisite notices again for the changed skills as dependents, and for the
     * dependents of a changed skill whose being left out without being done (or why) changed.
     *
     * @return whether any notice may have changed
     */
    private static boolean dropped(ScopeRules parent, ScopeRules rules, int[] touched) {
        boolean anyOpen = false;
        boolean anyFlip = false;
        for (int c : touched) {
            anyOpen |= open(rules, c);
            anyFlip |= flipped(parent, rules, c);
        }
        if (parent.dropped == null && !anyOpen) {
            rules.dropped = null; // no skill is left out without being done: nothing is dropped
            return false;
        }
        rules.dropped = parent.dropped != null ? parent.dropped.clone() : new Diagnostic[rules.n][];
        boolean changed = false;
        int[][] dependents = anyFlip ? rules.links.dependents(rules.roadmap) : null;
        for (int c : touched) {
            changed |= again(rules, c);
            if (flipped(parent, rules, c)) {
                for (int k = dependents[0][c]; k < dependents[0][c + 1]; k++) {
                    changed |= again(rules, dependents[1][k]);
                }
            }
        }
        return changed;
    }

    /** @return whether skill c, as a prerequisite, reads differently to the dropped-prerequisite rule */
    private static boolean flipped(ScopeRules parent, ScopeRules rules, int c) {
        return open(parent, c) != open(rules, c) || (open(rules, c)
                && (!parent.leftOut[c].equals(rules.leftOut[c]) || parent.openEnded[c] != rules.openEnded[c]));
    }

    private static boolean open(ScopeRules rules, int i) {
        return rules.leftOut[i] != null && !rules.closed[i];
    }

    /** @return whether the dependent had or has dropped-prerequisite notices */
    private static boolean again(ScopeRules rules, int i) {
        Diagnostic[] had = rules.dropped[i];
        rules.dropped[i] = rules.droppedOf(i);
        return had != null || rules.dropped[i] != null;
    }

    /** The planned count and the unscheduled skills, edited at the changed skills (reach did not change). */
    private static void unscheduled(ScopeRules parent, ScopeRules rules, int[] touched) {
        int planned = parent.planned;
        int[] at = parent.unscheduledAt;
        List<Unscheduled> list = null;
        for (int c : touched) {
            if (!rules.inReach[c]) {
                continue;
            }
            String was = parent.leftOut[c];
            String now = rules.leftOut[c];
            planned += (now == null ? 1 : 0) - (was == null ? 1 : 0);
            if (Objects.equals(was, now)) {
                continue;
            }
            if (list == null) {
                list = new ArrayList<>(parent.unscheduled);
            }
            int pos = Arrays.binarySearch(at, c);
            if (was != null && now != null) {
                list.set(pos, new Unscheduled(rules.roadmap.skill(c).id(), now));
            } else if (now != null) {
                pos = -pos - 1;
                at = edited(at, pos, c);
                list.add(pos, new Unscheduled(rules.roadmap.skill(c).id(), now));
            } else {
                at = edited(at, pos, -1);
                list.remove(pos);
            }
        }
        rules.planned = planned;
        rules.unscheduledAt = at;
        rules.unscheduled = list == null ? parent.unscheduled : List.copyOf(list);
    }

    /** @return a copy of the sorted indices with {@code value} inserted at {@code pos}, or the one there removed for -1 */
    private static int[] edited(int[] a, int pos, int value) {
        int[] b = new int[value < 0 ? a.length - 1 : a.length + 1];
        System.arraycopy(a, 0, b, 0, pos);
        if (value < 0) {
            System.arraycopy(a, pos + 1, b, pos, b.length - pos);
        } else {
            b[pos] = value;
            System.arraycopy(a, pos, b, pos + 1, a.length - pos);
        }
        return b;
    }
}
