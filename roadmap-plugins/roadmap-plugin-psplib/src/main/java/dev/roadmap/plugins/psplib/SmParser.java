package dev.roadmap.plugins.psplib;

import dev.roadmap.core.RigidPace;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fixed sections of a PSPLIB {@code .sm} file: the job count, the renewable resource count,
 * {@code PRECEDENCE RELATIONS}, {@code REQUESTS/DURATIONS} and {@code RESOURCEAVAILABILITIES}. Other
 * header lines are ignored. Every error names its line and column.
 */
final class SmParser {
    static final String MALFORMED = "malformed-psplib";

    private final String source;
    private final ReadLimits limits;
    private final String[] lines;
    private int line;

    SmParser(String source, String text, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    SmInstance parse() {
        checkLineLengths();
        // Zero-duration jobs do not become skills, so the skill limit is checked on the real jobs later;
        // here the count only has to be plausible: every job needs its lines in two tables.
        int n = (int) headerValue("jobs (incl. supersource/sink", 2, Math.min(Integer.MAX_VALUE - 1L, 2L * limits.maxSkills() + 2L));
        if (n > lines.length) {
            throw error("the header declares " + n + " jobs but the file has only " + lines.length + " lines",
                    findHeader("jobs (incl. supersource/sink") + 1, 1);
        }
        int k = (int) headerValue("- renewable", 1, 1_000);
        int nonrenewable = findHeader("- nonrenewable") >= 0 ? (int) headerValue("- nonrenewable", 0, 1_000) : 0;
        if (nonrenewable > 0) {
            throw error("non-renewable resources are not supported (multi-mode instances are .mm files)",
                    findHeader("- nonrenewable") + 1, 1);
        }
        Precedence p = precedence(n);
        int[] duration = new int[n];
        long[][] requests = new long[n][k];
        requestsAndDurations(p.indexOfNumber, duration, requests);
        line = section("RESOURCEAVAILABILITIES:");
        Tokens header = nextLine("RESOURCEAVAILABILITIES");
        Tokens values = nextLine("RESOURCEAVAILABILITIES");
        if (header.size() > 0 && header.isNumber(0)) {
            values = header;
        }
        if (values.size() != k) {
            throw error("expected " + k + " resource availabilities, found " + values.size(), values.line,
                    values.size() == 0 ? 1 : values.column(values.size() - 1));
        }
        long[] availability = new long[k];
        SourceLocation[] availabilityAt = new SourceLocation[k];
        for (int r = 0; r < k; r++) {
            availability[r] = values.number(r, 0, 1_000_000_000L, "availability of R " + (r + 1));
            availabilityAt[r] = SourceLocation.of(source, values.line, values.column(r));
        }
        return new SmInstance(p.number, p.successors, duration, requests, availability, p.jobAt, availabilityAt);
    }

    private void checkLineLengths() {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > limits.maxStringLength()) {
                throw new LimitExceededException("maxStringLength", limits.maxStringLength(), "a line is longer",
                        SourceLocation.of(source, i + 1, 1));
            }
        }
    }

    /** The PRECEDENCE RELATIONS table: job numbers, where each job is, and successors by job index. */
    private static final class Precedence {
        final int[] number;
        final int[] indexOfNumber;
        final SourceLocation[] jobAt;
        final int[][] successors;

        Precedence(int n) {
            number = new int[n];
            indexOfNumber = new int[n + 1];
            java.util.Arrays.fill(indexOfNumber, -1);
            jobAt = new SourceLocation[n];
            successors = new int[n][];
        }
    }

    private Precedence precedence(int n) {
        Precedence p = new Precedence(n);
        line = section("PRECEDENCE RELATIONS:");
        int[][] rawSuccessors = new int[n][];
        long edges = 0;
        for (int j = 0; j < n; j++) {
            Tokens t = nextDataLine("PRECEDENCE RELATIONS", j, n);
            int job = (int) t.number(0, 1, n, "job number");
            if (p.indexOfNumber[job] >= 0) {
                throw error("job " + job + " appears twice in PRECEDENCE RELATIONS", t.line, t.column(0));
            }
            p.indexOfNumber[job] = j;
            p.number[j] = job;
            p.jobAt[j] = SourceLocation.of(source, t.line, t.column(0));
            rawSuccessors[j] = successorNumbers(t, job, n);
            edges += rawSuccessors[j].length;
            if (edges > limits.maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(), "the instance has more precedence relations",
                        SourceLocation.of(source, t.line, t.column(2)));
            }
        }
        for (int j = 0; j < n; j++) {
            p.successors[j] = new int[rawSuccessors[j].length];
            for (int s = 0; s < p.successors[j].length; s++) {
                p.successors[j][s] = p.indexOfNumber[rawSuccessors[j][s]];
            }
        }
        return p;
    }

    /** @return the successor job numbers of one PRECEDENCE RELATIONS line, checked */
    private int[] successorNumbers(Tokens t, int job, int n) {
        long modes = t.number(1, 0, Integer.MAX_VALUE, "mode count");
        if (modes != 1) {
            throw error("job " + job + " has " + modes + " modes; only single-mode instances (.sm) are supported",
                    t.line, t.column(1));
        }
        int count = (int) t.number(2, 0, n, "successor count");
        if (t.size() != 3 + count) {
            throw error("job " + job + " declares " + count + " successors but lists " + Math.max(0, t.size() - 3),
                    t.line, t.column(Math.min(t.size() - 1, 3 + count)));
        }
        int[] successors = new int[count];
        for (int s = 0; s < count; s++) {
            successors[s] = (int) t.number(3 + s, 1, n, "successor job number");
            if (successors[s] == job) {
                throw error("job " + job + " lists itself as a successor", t.line, t.column(3 + s));
            }
        }
        return successors;
    }

    private void requestsAndDurations(int[] indexOfNumber, int[] duration, long[][] requests) {
        int n = duration.length;
        line = section("REQUESTS/DURATIONS:");
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            Tokens t = nextDataLine("REQUESTS/DURATIONS", i, n);
            int job = (int) t.number(0, 1, n, "job number");
            int j = indexOfNumber[job];
            if (seen[j]) {
                throw error("job " + job + " appears twice in REQUESTS/DURATIONS", t.line, t.column(0));
            }
            seen[j] = true;
            int k = requests[j].length;
            if (t.size() != 3 + k) {
                throw error("job " + job + " needs a mode, a duration and " + k + " requests, found " + t.size()
                        + " numbers", t.line, t.column(t.size() - 1));
            }
            t.number(1, 1, 1, "mode");
            duration[j] = (int) t.number(2, 0, RigidPace.MAX_WEEKS, "duration");
            for (int r = 0; r < k; r++) {
                requests[j][r] = t.number(3 + r, 0, 1_000_000_000L, "request for R " + (r + 1));
            }
        }
    }

    private int findHeader(String label) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The integer after the colon of a header line. */
    private long headerValue(String label, long min, long max) {
        int i = findHeader(label);
        if (i < 0) {
            throw error("missing header line '" + label + "'", lastLine(), 1);
        }
        String text = lines[i];
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw error("header line '" + label + "' has no ':'", i + 1, text.length() + 1);
        }
        Tokens t = Tokens.of(source, text.substring(colon + 1), i + 1, colon + 2);
        if (t.size() == 0) {
            throw error("header line '" + label + "' has no value", i + 1, text.length() + 1);
        }
        long v = t.number(0, 0, Long.MAX_VALUE, label.replace("- ", "") + " count");
        if (v < min || v > max) {
            if (v > max && label.startsWith("jobs")) {
                throw new LimitExceededException("maxSkills", limits.maxSkills(), "the instance declares more jobs", SourceLocation.of(source, i + 1, t.column(0)));
            }
            throw error(label.replace("- ", "") + " must be in [" + min + ", " + max + "], got " + v, i + 1, t.column(0));
        }
        return v;
    }

    /** @return the index of the line after a section title */
    private int section(String title) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(title)) {
                return i + 1;
            }
        }
        throw error("missing section '" + title + "'", lastLine(), 1);
    }

    /** The next line of a job table: skips column titles and rules, stops at a '*' rule. */
    private Tokens nextDataLine(String sectionName, int index, int n) {
        while (line < lines.length) {
            String text = lines[line];
            line++;
            String trimmed = text.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("-")) {
                continue;
            }
            if (trimmed.startsWith("*")) {
                throw error(sectionName + " ends after " + index + " of " + n + " jobs", line, 1);
            }
            if (!Character.isDigit(trimmed.charAt(0))) {
                continue;
            }
            return Tokens.of(source, text, line, 1);
        }
        throw error(sectionName + " ends after " + index + " of " + n + " jobs", lastLine(), 1);
    }

    private Tokens nextLine(String sectionName) {
        while (line < lines.length) {
            String text = lines[line];
            line++;
            if (!text.isBlank()) {
                return Tokens.of(source, text, line, 1);
            }
        }
        throw error(sectionName + " is incomplete", lastLine(), 1);
    }

    private int lastLine() {
        return Math.max(1, lines.length);
    }

    private ImportException error(String message, int atLine, int column) {
        return new ImportException(MALFORMED, message, SourceLocation.of(source, atLine, Math.max(1, column)), null);
    }

    /** The whitespace-separated tokens of one line with their 1-based columns. */
    private static final class Tokens {
        final String source;
        final int line;
        final List<String> values = new ArrayList<>();
        final List<Integer> columns = new ArrayList<>();

        private Tokens(String source, int line) {
            this.source = source;
            this.line = line;
        }

        static Tokens of(String source, String text, int line, int firstColumn) {
            Tokens t = new Tokens(source, line);
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > from) {
                    t.values.add(text.substring(from, i));
                    t.columns.add(firstColumn + from);
                }
            }
            return t;
        }

        int size() {
            return values.size();
        }

        int column(int i) {
            return i < 0 || columns.isEmpty() ? 1 : columns.get(Math.min(i, columns.size() - 1));
        }

        boolean isNumber(int i) {
            return i < values.size() && values.get(i).chars().allMatch(Character::isDigit);
        }

        long number(int i, long min, long max, String what) {
            if (i >= values.size()) {
                throw new ImportException(MALFORMED, "missing " + what, SourceLocation.of(source, line,
                        values.isEmpty() ? 1 : column(values.size() - 1) + values.get(values.size() - 1).length()), null);
            }
            String v = values.get(i);
            long x;
            if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
                throw new ImportException(MALFORMED, what + " must be a whole number, got '" + Abbreviations.abbreviate(v) + "'",
                        SourceLocation.of(source, line, column(i)), null);
            }
            x = Long.parseLong(v);
            if (x < min || x > max) {
                throw new ImportException(MALFORMED, what + " must be in [" + min + ", " + max + "], got " + x,
                        SourceLocation.of(source, line, column(i)), null);
            }
            return x;
        }
    }
}
