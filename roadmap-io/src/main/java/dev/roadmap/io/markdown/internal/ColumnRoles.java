package dev.roadmap.io.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides what each table column holds: first by its header words (English, Russian, Chinese),
 * then, for unknown headers, by content: a column whose cells mostly read as efforts is the
 * effort; small consecutive integers are row numbers; the first remaining text column is the title.
 */
final class ColumnRoles {
    enum Role { TITLE, EFFORT, DESCRIPTION, ID, NUMBER, REQUIRES, TRACK, UNKNOWN }

    /** Share of non-empty cells that must read as efforts for a column to be taken as the effort. */
    static final double EFFORT_SHARE = 0.6;

    /**
     * @param roles    role per column
     * @param byHeader whether the title column was recognised by its header (else by content)
     */
    record Assignment(List<Role> roles, boolean byHeader) {
        int indexOf(Role r) {
            return roles.indexOf(r);
        }
    }

    private ColumnRoles() {
    }

    static Assignment assign(List<String> headers, List<List<String>> rows) {
        Role[] roles = new Role[headers.size()];
        for (int c = 0; c < roles.length; c++) {
            roles[c] = byHeader(headers.get(c), column(rows, c));
            for (int k = 0; k < c; k++) {
                if (roles[k] == roles[c] && roles[c] != Role.UNKNOWN) {
                    roles[c] = roles[c] == Role.TITLE ? Role.DESCRIPTION : Role.UNKNOWN;
                }
            }
        }
        boolean titleByHeader = contains(roles, Role.TITLE);
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != Role.UNKNOWN) {
                continue;
            }
            List<String> cells = column(rows, c);
            if (!contains(roles, Role.EFFORT) && effortShare(cells) >= EFFORT_SHARE) {
                roles[c] = Role.EFFORT;
            } else if (!contains(roles, Role.NUMBER) && consecutiveIntegers(cells)) {
                roles[c] = Role.NUMBER;
            }
        }
        if (!titleByHeader && contains(roles, Role.EFFORT)) {
            for (int c = 0; c < roles.length; c++) {
                if (roles[c] == Role.UNKNOWN && isText(column(rows, c))) {
                    if (!contains(roles, Role.TITLE)) {
                        roles[c] = Role.TITLE;
                    } else if (!contains(roles, Role.DESCRIPTION)) {
                        roles[c] = Role.DESCRIPTION;
                    }
                }
            }
        }
        return new Assignment(new ArrayList<>(Arrays.asList(roles)), titleByHeader);
    }

    private static Role byHeader(String header, List<String> cells) {
        String h = Texts.trimSeparators(Texts.stripSymbols(header)).toLowerCase(Locale.ROOT);
        if (h.isEmpty()) {
            return Role.UNKNOWN;
        }
        if (Keywords.NUMBER.contains(h)) {
            return Role.NUMBER;
        }
        if (Keywords.ID.contains(h)) {
            return consecutiveIntegers(cells) ? Role.NUMBER : Role.ID;
        }
        if (Keywords.contains(h, Keywords.REQUIRES)) {
            return Role.REQUIRES;
        }
        if (Keywords.contains(h, Keywords.EFFORT)) {
            return Role.EFFORT;
        }
        if (Keywords.contains(h, Keywords.DESCRIPTION)) {
            return Role.DESCRIPTION;
        }
        if (Keywords.contains(h, Keywords.TRACK)) {
            return Role.TRACK;
        }
        if (Keywords.contains(h, Keywords.TITLE)) {
            return Role.TITLE;
        }
        return Role.UNKNOWN;
    }

    private static List<String> column(List<List<String>> rows, int c) {
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            out.add(c < r.size() ? r.get(c).strip() : "");
        }
        return out;
    }

    private static boolean contains(Role[] roles, Role r) {
        for (Role x : roles) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }

    private static double effortShare(List<String> cells) {
        int filled = 0;
        int efforts = 0;
        for (String s : cells) {
            if (s.isEmpty()) {
                continue;
            }
            filled++;
            if (EffortSpotter.isUnitEffort(s)) {
                efforts++;
            }
        }
        return filled == 0 ? 0 : (double) efforts / filled;
    }

    static boolean consecutiveIntegers(List<String> cells) {
        int previous = -1;
        int count = 0;
        for (String s : cells) {
            String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
            if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(Character::isDigit)) {
                return false;
            }
            int v = Integer.parseInt(t);
            if (previous >= 0 && v != previous + 1) {
                return false;
            }
            previous = v;
            count++;
        }
        return count > 0;
    }

    private static boolean isText(List<String> cells) {
        for (String s : cells) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
