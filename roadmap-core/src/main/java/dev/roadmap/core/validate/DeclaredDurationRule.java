package dev.roadmap.core.validate;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SourceKey;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * The declared total duration agrees with the skills. The declared duration is read at the
 * roadmap's pace into an hours range; the skills' efforts sum to another range (open-ended
 * efforts count their minimum). The two must overlap once widened by {@link #TOLERANCE}
 * on each side; otherwise the author's promise and the content disagree.
 */
final class DeclaredDurationRule {
    private DeclaredDurationRule() {
    }

    /** Relative slack allowed on each side before the declared duration is called inconsistent. */
    static final double TOLERANCE = 0.25;

    static List<Diagnostic> check(Roadmap roadmap) {
        String text = roadmap.declared().totalDuration();
        if (text.isBlank()) {
            return List.of();
        }
        SourceLocation at = roadmap.sourceMap().locate(SourceKey.field("declared").child("totalDuration"));
        double pace = roadmap.effectivePace().hoursPerWeek();
        Effort declared;
        try {
            declared = EffortParser.parse(text, pace);
        } catch (EffortFormatException e) {
            return List.of(Diagnostic.warning("unparseable-declared-duration", "cannot read declared total duration '"
                    + text + "': " + e.plainMessage(), at));
        }
        double min = 0;
        double max = 0;
        for (Skill s : roadmap.skills()) {
            if (s.rigidPace().isPresent()) {
                double h = s.rigidPace().get().totalHours();
                min += h;
                max += h;
            } else if (s.effort().isPresent()) {
                Effort e = s.effort().get();
                min += e.minHours();
                max += e.openEnded() ? e.minHours() : e.maxHours();
            }
        }
        if (min == 0 && max == 0) {
            return List.of();
        }
        double declaredMax = declared.openEnded() ? Double.POSITIVE_INFINITY : declared.maxHours();
        boolean overlap = max * (1 + TOLERANCE) >= declared.minHours() && min * (1 - TOLERANCE) <= declaredMax;
        if (overlap) {
            return List.of();
        }
        return List.of(Diagnostic.warning("declared-duration-mismatch", String.format(Locale.ROOT,
                "declared total duration '%s' is %s at %s h/week, but the skills add up to %s",
                text, weeks(declared.minHours(), declaredMax, pace), Numbers.oneDecimal(pace), weeks(min, max, pace)), at));
    }

    private static String weeks(double minHours, double maxHours, double pace) {
        String lo = Numbers.oneDecimal(minHours / pace);
        if (Double.isInfinite(maxHours)) {
            return lo + "+ weeks";
        }
        String hi = Numbers.oneDecimal(maxHours / pace);
        return (lo.equals(hi) ? lo : lo + "-" + hi) + " weeks";
    }
}
