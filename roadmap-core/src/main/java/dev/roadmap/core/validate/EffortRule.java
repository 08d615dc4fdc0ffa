package dev.roadmap.core.validate;

import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Every skill to learn has a readable effort or a fixed pace. */
final class EffortRule {
    private EffortRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        double pace = roadmap.effectivePace().hoursPerWeek();
        for (int i = 0; i < roadmap.size(); i++) {
            Skill s = roadmap.skill(i);
            // located only when there is something to report: most skills have none, and a path
            // lookup per skill is a large share of validating a big roadmap
            if (s.effort().isEmpty() && !s.effortNotation().isEmpty()) {
                SourceLocation at = effortAt(map, i);
                String message;
                int offset = 0;
                try {
                    EffortParser.parse(s.effortNotation(), pace);
                    message = "effort '" + s.effortNotation() + "' of skill '" + s.id() + "' was not read";
                } catch (EffortFormatException e) {
                    message = "cannot read effort '" + s.effortNotation() + "' of skill '" + s.id() + "': " + e.plainMessage();
                    offset = e.offset();
                }
                out.add(Diagnostic.error(EffortFormatException.CODE, message, shift(at, offset)).about(s.id()));
            } else if (s.effort().isEmpty() && s.rigidPace().isEmpty()) {
                if (!s.status().isClosed()) {
                    out.add(Diagnostic.warning("missing-effort", "skill '" + s.id()
                            + "' has no effort; it is planned as 0 hours", map.locate(SourceMap.keySkill(i))).about(s.id()));
                }
            } else if (s.effort().isPresent() && s.rigidPace().isPresent()) {
                out.add(Diagnostic.warning("effort-and-pace", "skill '" + s.id()
                        + "' has both an effort and a fixed pace; the fixed pace is used", effortAt(map, i)).about(s.id()));
            } else if (s.effort().isPresent() && s.effort().get().openEnded()) {
                out.add(Diagnostic.notice("open-ended-effort", "skill '" + s.id()
                        + "' is open-ended ('" + s.effortNotation() + "'); it is never scheduled", effortAt(map, i)).about(s.id()));
            }
        }
        return out;
    }

    private static SourceLocation effortAt(SourceMap map, int index) {
        return map.locate(SourceMap.keySkillField(index, "effort"));
    }

    /** Points into a quoted string value: the column after the opening quote plus the offset. */
    private static SourceLocation shift(SourceLocation at, int offset) {
        if (!at.hasLine() || offset == 0) {
            return at;
        }
        return SourceLocation.of(at.source(), at.line(), at.column() + 1 + offset);
    }
}
