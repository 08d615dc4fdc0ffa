package dev.roadmap.cli;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as {@code FILE:LINE:COL: severity: message [code]}. When a problem concerns
 * a whole document (no line known) it is reported at line 1, column 1, so the format stays parseable.
 */
final class Diagnostics {
    private Diagnostics() {
    }

    static String location(SourceLocation at) {
        int line = Math.max(1, at.line());
        int column = Math.max(1, at.column());
        return at.source() + ":" + line + ":" + column;
    }

    static String format(Diagnostic d) {
        return location(d.location()) + ": " + d.severity().id() + ": " + d.message() + " [" + d.code() + "]";
    }

    static String format(RoadmapException e) {
        SourceLocation at = e.location().orElse(null);
        String prefix = at == null ? "roadmap" : location(at);
        return prefix + ": error: " + e.plainMessage() + " [" + e.code() + "]";
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(format(d));
        }
        err.flush();
    }
}
