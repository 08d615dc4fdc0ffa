package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.RigidPace;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effort-cell text of a fixed-pace (rigid) skill, written by the Markdown exporter and read
 * back: {@code 2 weeks at 5 h a week} (the hours are on the skill's own track, or the shared
 * pool when it has none) or {@code 2 weeks at theory 2 h + practice 4 h a week} (hours per
 * track id). Parsed by hand, without regular expressions, in time linear in the text. Stateless
 * and thread-safe.
 */
public final class PaceText {
    private static final String AT = " at ";
    private static final String TAIL = " a week";
    private static final String PLUS = " + ";
    private static final String HOURS = " h";

    private PaceText() {
    }

    /**
     * @param pace  a rigid pace
     * @param track the skill's track ("" for none)
     * @return the pace as effort-cell text
     */
    public static String format(RigidPace pace, String track) {
        StringBuilder b = new StringBuilder().append(pace.weeks()).append(pace.weeks() == 1 ? " week" : " weeks").append(AT);
        Map<String, Double> hours = pace.hoursPerWeek();
        String own = track.isEmpty() ? "*" : track;
        if (hours.size() == 1 && hours.containsKey(own)) {
            b.append(number(hours.get(own))).append(HOURS);
        } else {
            String sep = "";
            for (Map.Entry<String, Double> e : hours.entrySet()) {
                b.append(sep).append(e.getKey()).append(' ').append(number(e.getValue())).append(HOURS);
                sep = PLUS;
            }
        }
        return b.append(TAIL).toString();
    }

    /**
     * @param text  an effort cell
     * @param track the skill's track ("" for none), which takes hours written without a track
     * @return the rigid pace the text states, when it is in the form {@link #format} writes
     */
    public static Optional<RigidPace> parse(String text, String track) {
        String t = text.strip();
        int at = t.indexOf(AT);
        if (at < 0 || !t.endsWith(TAIL)) {
            return Optional.empty();
        }
        int weeks = weeks(t.substring(0, at));
        if (weeks < 1 || weeks > RigidPace.MAX_WEEKS) {
            return Optional.empty();
        }
        String[] parts = t.substring(at + AT.length(), t.length() - TAIL.length()).split(" \\+ ", -1);
        Map<String, Double> hours = new LinkedHashMap<>();
        for (String part : parts) {
            if (!part.endsWith(HOURS)) {
                return Optional.empty();
            }
            String body = part.substring(0, part.length() - HOURS.length()).strip();
            int space = body.lastIndexOf(' ');
            String id = space < 0 ? (parts.length == 1 ? (track.isEmpty() ? "*" : track) : "") : body.substring(0, space).strip();
            double h = hours(body.substring(space + 1));
            if (id.isEmpty() || id.indexOf(' ') >= 0 || Double.isNaN(h) || h > 168 || hours.put(id, h) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new RigidPace(weeks, hours));
    }

    private static int weeks(String head) {
        String n = head.endsWith(" weeks") ? head.substring(0, head.length() - 6)
                : head.endsWith(" week") ? head.substring(0, head.length() - 5) : "";
        if (n.isEmpty() || n.length() > 4 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(n);
    }

    private static double hours(String n) {
        if (n.isEmpty() || n.length() > 32 || !n.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
