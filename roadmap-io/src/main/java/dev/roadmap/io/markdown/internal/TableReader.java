package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Resource;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Turns a GFM table with a title-like column into one skill per row. */
final class TableReader {
    private TableReader() {
    }

    static List<Draft> read(TableBlock table, Section section, ReadContext ctx) {
        List<String> headers = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        headers.add(Texts.collapse(Inlines.text(cell)));
                    }
                }
            } else if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) {
                        rows.add(r);
                    }
                }
            }
        }
        int[] tablePos = Inlines.position(table, new int[] {1, 1});
        ctx.countCells(headers.size() * (rows.size() + 1), tablePos[0]);
        List<List<String>> texts = new ArrayList<>();
        for (TableRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (Node cell = r.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(Texts.collapse(Inlines.text(cell)));
            }
            texts.add(cells);
        }
        ColumnRoles.Assignment roles = ColumnRoles.assign(headers, texts);
        int titleCol = roles.indexOf(ColumnRoles.Role.TITLE);
        if (titleCol < 0) {
            return List.of();
        }
        if (roles.indexOf(ColumnRoles.Role.REQUIRES) >= 0) {
            ctx.explicitPrerequisites = true;
        }
        List<Draft> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            int[] pos = Inlines.position(row, tablePos);
            int raw = rawCellCount(ctx.line(pos[0]));
            List<TableCell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add((TableCell) cell);
            }
            String title = titleCol < cells.size() ? Texts.collapse(Inlines.text(cells.get(titleCol))) : "";
            boolean ragged = raw != headers.size();
            if (title.isBlank()) {
                ctx.warn("table-row-skipped", "table row has no title" + (ragged ? " (it has " + raw
                        + " cells, the header has " + headers.size() + ")" : "") + "; skipped", pos[0], pos[1]);
                continue;
            }
            if (ragged) {
                ctx.warn("table-row-cells", "table row has " + raw + " cells, the header has " + headers.size()
                        + "; read what matches the header", pos[0], pos[1]);
            }
            Draft d = new Draft(pos[0], pos[1]);
            ctx.countSkill(pos[0], pos[1]);
            d.home = section;
            d.rule = "table-row";
            d.detail = "row of a table whose column '" + headers.get(titleCol) + "' is "
                    + (roles.byHeader() ? "a title column by its header" : "taken as the title by its content");
            d.number = r + 1;
            for (int c = 0; c < cells.size() && c < roles.roles().size(); c++) {
                TableCell cell = cells.get(c);
                String text = Texts.collapse(Inlines.text(cell));
                int[] cpos = Inlines.position(cell, pos);
                switch (roles.roles().get(c)) {
                    case TITLE -> readTitle(cell, d);
                    case EFFORT -> {
                        d.notation = text;
                        d.effortLine = cpos[0];
                        d.effortColumn = cpos[1];
                    }
                    case DESCRIPTION -> d.description = join(d.description, text);
                    case ID -> d.docId = text.isEmpty() ? null : text.replace(' ', '-');
                    case NUMBER -> d.number = parseNumber(text, d.number);
                    case REQUIRES -> splitNames(text, cpos, d);
                    case TRACK -> d.track = text;
                    default -> {
                    }
                }
            }
            out.add(d);
        }
        return out;
    }

    private static void readTitle(TableCell cell, Draft d) {
        Node lead = Inlines.leading(cell);
        if (lead != null) {
            d.title = Texts.collapse(Inlines.text(lead));
            if (lead instanceof Link link) {
                d.resources.add(Resource.of(d.title, link.getDestination()));
            }
            String rest = Texts.trimLeading(Texts.collapse(Inlines.textAfter(lead)));
            d.description = join(rest, d.description);
            if (!d.title.isEmpty()) {
                return;
            }
        }
        d.title = Texts.collapse(Inlines.text(cell));
    }

    static void splitNames(String text, int[] pos, Draft d) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ",;、，；".indexOf(text.charAt(i)) >= 0) {
                String name = Texts.trimSeparators(text.substring(start, i));
                if (!name.isEmpty() && !name.equals("—") && !name.equals("-") && !name.equalsIgnoreCase("none")
                        && !name.equals("нет") && !name.equals("无")) {
                    d.requires.add(new Draft.Ref(name, pos[0], pos[1] + start));
                }
                start = i + 1;
            }
        }
    }

    private static int parseNumber(String text, int fallback) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /** Counts the cells of a raw table line: unescaped pipes, without the optional outer ones. */
    static int rawCellCount(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int pipes = 0;
        boolean code = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                code = !code;
            } else if (c == '|' && !code) {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (t.charAt(0) == '|') {
            cells--;
        }
        if (t.length() > 1 && t.charAt(t.length() - 1) == '|' && t.charAt(t.length() - 2) != '\\') {
            cells--;
        }
        return cells;
    }
}
