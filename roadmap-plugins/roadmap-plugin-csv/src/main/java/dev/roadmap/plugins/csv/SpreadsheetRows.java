package dev.roadmap.plugins.csv;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.table.ColumnAssignment;
import dev.roadmap.io.table.ColumnRole;
import dev.roadmap.io.table.ColumnRoles;
import dev.roadmap.io.table.NameMatcher;
import dev.roadmap.io.table.TableCell;
import dev.roadmap.io.table.TableEfforts;
import dev.roadmap.io.table.TableRows;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spreadsheet whose header is not the native column set (no {@code id} and {@code title}
 * pair): the columns' roles are decided as for Markdown tables ({@link ColumnRoles}: content first,
 * header words in every vocabulary language), ids are slugs of the titles unless an id column
 * exists, efforts are read from a duration and a weekly-load column, prerequisites by name.
 * One instance per read; not thread-safe.
 */
final class SpreadsheetRows {
    private final SkillRows rows;
    private final String source;
    private final List<Diagnostic> diagnostics;
    private final SourceMap.Builder sourceMap;
    private final TableEfforts efforts = ColumnRoles.create().efforts();
    private long prerequisites;
    private final Map<String, String> groups = new java.util.LinkedHashMap<>();

    SpreadsheetRows(SkillRows rows, String source, List<Diagnostic> diagnostics, SourceMap.Builder sourceMap) {
        this.rows = rows;
        this.source = source;
        this.diagnostics = diagnostics;
        this.sourceMap = sourceMap;
    }

    Roadmap.Builder read(Roadmap.Builder roadmap, CSVRecord header, List<CSVRecord> body) {
        List<String> headers = new ArrayList<>();
        header.forEach(h -> headers.add(CsvColumns.unguard(h).strip()));
        List<List<TableCell>> cells = new ArrayList<>(body.size());
        for (CSVRecord r : body) {
            List<TableCell> row = new ArrayList<>(r.size());
            r.forEach(v -> row.add(TableCell.of(CsvColumns.unguard(v).strip())));
            cells.add(row);
        }
        ColumnAssignment roles = ColumnRoles.create().assign(headers, cells);
        if (!roles.isSkillTable()) {
            throw new ImportException("missing-column", "the header has neither the columns " + CsvColumns.ID + " and "
                    + CsvColumns.TITLE + " nor a column of skill names: " + roles.skipped().orElse("no title column"),
                    rows.cell(header, 0), null);
        }
        for (int c = 0; c < headers.size(); c++) {
            if (roles.roles().get(c) == ColumnRole.UNKNOWN && !headers.get(c).isEmpty()) {
                diagnostics.add(Diagnostic.notice("unknown-column", "the column " + headers.get(c)
                        + " was not recognised (" + roles.reasons().get(c) + "); it is ignored", rows.cell(header, c)));
            }
        }
        List<Integer> kept = keptRows(body, cells);
        List<String> ids = ids(body, kept, roles);
        NameMatcher titles = NameMatcher.of(kept.stream().map(i -> text(body.get(i), roles.indexOf(ColumnRole.TITLE))).toList());
        Map<String, Integer> byId = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            byId.putIfAbsent(ids.get(k).toLowerCase(Locale.ROOT), k);
        }
        Set<String> tracks = new LinkedHashSet<>();
        for (int k = 0; k < kept.size(); k++) {
            Skill s = skill(body.get(kept.get(k)), k, ids, roles, headers, titles, byId);
            roadmap.addSkill(s);
            if (!s.track().isEmpty()) {
                tracks.add(s.track());
            }
        }
        tracks.forEach(t -> roadmap.addTrack(dev.roadmap.core.Track.of(t, t)));
        groups.forEach((id, title) -> roadmap.addGroup(dev.roadmap.core.Group.of(id, title)));
        return roadmap;
    }

    private List<Integer> keptRows(List<CSVRecord> body, List<List<TableCell>> cells) {
        TableRows totals = TableRows.create();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (totals.isTotal(cells.get(i).stream().map(TableCell::text).toList())) {
                diagnostics.add(Diagnostic.notice("table-total-row", "a totals row is not a skill; skipped",
                        rows.cell(body.get(i), 0)));
            } else {
                kept.add(i);
            }
        }
        return kept;
    }

    private List<String> ids(List<CSVRecord> body, List<Integer> kept, ColumnAssignment roles) {
        int idCol = roles.indexOf(ColumnRole.ID);
        int titleCol = roles.indexOf(ColumnRole.TITLE);
        Slugs slugs = new Slugs();
        List<String> out = new ArrayList<>(kept.size());
        if (idCol >= 0) {
            for (int i : kept) {
                String id = text(body.get(i), idCol);
                if (SkillId.isValid(id)) {
                    slugs.reserve(id);
                }
            }
        }
        for (int i : kept) {
            String id = idCol >= 0 ? text(body.get(i), idCol) : "";
            out.add(SkillId.isValid(id) ? id : slugs.unique(Slugs.of(text(body.get(i), titleCol), "skill")));
        }
        return out;
    }

    private Skill skill(CSVRecord r, int index, List<String> ids, ColumnAssignment roles, List<String> headers,
                        NameMatcher titles, Map<String, Integer> byId) {
        SourceLocation at = rows.cell(r, 0);
        sourceMap.put(SourceMap.keySkill(index), at.line(), at.column());
        String title = text(r, roles.indexOf(ColumnRole.TITLE));
        Skill.Builder b = Skill.builder(SkillId.of(ids.get(index))).title(title.isEmpty() ? ids.get(index) : title);
        String duration = "";
        String load = "";
        int effortCol = -1;
        for (int c = 0; c < roles.roles().size() && c < r.size(); c++) {
            String v = text(r, c);
            switch (roles.roles().get(c)) {
                case EFFORT -> {
                    duration = v;
                    effortCol = c;
                }
                case WEEKLY_LOAD -> load = v;
                case DESCRIPTION -> b.description(v);
                case TRACK -> b.track(v.isEmpty() ? "" : Slugs.of(v, "track"));
                case GROUP -> b.group(v.isEmpty() ? "" : group(headers.get(c), v));
                case STATUS -> status(v).ifPresent(b::status);
                case REQUIRES -> requires(b, v, index, ids, titles, byId, rows.cell(r, c));
                case LINK, RESOURCES -> {
                    if (TableCell.of(v).linkOnly()) {
                        b.addResource(Resource.of(headers.get(c).isEmpty() ? v : headers.get(c), v));
                    }
                }
                default -> {
                }
            }
        }
        if (effortCol >= 0 && !efforts.isNone(duration)) {
            SourceLocation e = rows.cell(r, effortCol);
            sourceMap.put(SourceMap.keySkillField(index, "effort"), e.line(), e.column());
            effort(b, duration, load);
        }
        return b.build();
    }

    /** A duration with a weekly load makes the effort; a bare number in an effort column is hours. */
    private void effort(Skill.Builder b, String duration, String load) {
        Optional<Effort> weekly = efforts.isNone(load) ? Optional.empty() : efforts.weeklyLoad(load);
        Optional<Effort> combined = weekly.flatMap(w -> efforts.combine(duration, w));
        String notation = combined.map(Effort::toNotation).orElse(duration);
        Optional<Effort> effort = combined.or(() -> efforts.duration(duration, Pace.DEFAULT_HOURS_PER_WEEK))
                .or(() -> efforts.duration(duration + " h", Pace.DEFAULT_HOURS_PER_WEEK));
        b.effort(notation, effort.orElse(null));
    }

    /** A group from a stage or week column: "Week" and "3" make the group "Week 3". */
    private String group(String header, String value) {
        String title = value.chars().allMatch(Character::isDigit) && !header.isEmpty() ? header + " " + value : value;
        String id = Slugs.of(title, "group");
        groups.putIfAbsent(id, title);
        return id;
    }

    private Optional<Status> status(String v) {
        Optional<Status> s = Status.fromId(v.toLowerCase(Locale.ROOT));
        if (s.isPresent()) {
            return s;
        }
        var vocabulary = dev.roadmap.io.table.Vocabulary.builtIn();
        for (Status candidate : Status.values()) {
            if (vocabulary.isPhrase("status." + candidate.name().toLowerCase(Locale.ROOT), v)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void requires(Skill.Builder b, String text, int self, List<String> ids, NameMatcher titles,
                          Map<String, Integer> byId, SourceLocation at) {
        if (efforts.isNone(text)) {
            return;
        }
        List<Integer> found = new ArrayList<>();
        Integer whole = resolve(text, titles, byId);
        if (whole != null) {
            found.add(whole);
        } else {
            for (String piece : pieces(text)) {
                Integer i = resolve(piece, titles, byId);
                if (i == null) {
                    diagnostics.add(Diagnostic.warning("unresolved-prerequisite", "prerequisite '" + piece
                            + "' names no skill of this document; left out", at));
                } else {
                    found.add(i);
                }
            }
        }
        int entry = 0;
        for (int i : found) {
            if (i == self) {
                continue;
            }
            if (++prerequisites > rows.limits().maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", rows.limits().maxPrerequisites(),
                        "the roadmap has more prerequisite entries", at);
            }
            b.requires(SkillId.of(ids.get(i)));
            sourceMap.put(SourceMap.keySkillEntry(self, "requires", entry++), at.line(), at.column());
        }
    }

    private static Integer resolve(String name, NameMatcher titles, Map<String, Integer> byId) {
        Integer i = byId.get(name.strip().toLowerCase(Locale.ROOT));
        return i != null ? i : titles.match(name).map(NameMatcher.Match::index).orElse(null);
    }

    /** Splits on ";", line breaks, "," (only when the whole text names no skill). */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ";\n,，；、".indexOf(text.charAt(i)) >= 0) {
                String p = text.substring(start, i).strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String text(CSVRecord r, int c) {
        return c < 0 || c >= r.size() ? "" : CsvColumns.unguard(r.get(c)).strip();
    }
}
