package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.plugins.roadmapsh.NodeKind;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legacy shape ({@code {"mockup": {"controls": {"control": [...]}}}}). Group controls named
 * {@code properties.controlName} such as {@code 101-introduction:need-for-containers} are learnable:
 * the leading number orders siblings, each {@code :} steps down a level (level one is a topic, deeper
 * ones subtopics of their parent). Arrows carry no ends and are ignored with one notice. Stateless apart
 * from one import's {@link Layout}.
 */
final class LegacyShapeReader extends ShapeReader {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)-(.*)$");


    /** @param limits limits to enforce */
    LegacyShapeReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    Layout read(Json root, Json mockup) {
        Optional<Json> controls = mockup.object("controls").flatMap(c -> c.get("control"));
        if (controls.isEmpty() || !controls.get().isArray()) {
            throw new ImportException("missing-field", "\"mockup.controls.control\" must be a list of controls",
                    controls.map(Json::location).orElse(mockup.location()), null);
        }
        List<Json> list = controls.get().elements();
        Set<String> names = new HashSet<>();
        int arrows = 0;
        SourceLocation firstArrow = null;
        for (int i = 0; i < list.size(); i++) {
            Json c = list.get(i);
            String path = "mockup.controls.control[" + i + "]";
            if (!c.isObject()) {
                layout.diagnostics.add(Diagnostic.warning("roadmapsh-bad-node", path + " is not an object; skipped", c.location()));
                continue;
            }
            String type = c.text("typeID").orElse("");
            if (type.equals("Arrow")) {
                arrows++;
                firstArrow = firstArrow == null ? c.location() : firstArrow;
                continue;
            }
            Optional<String> name = c.object("properties").flatMap(p -> p.text("controlName")).map(String::trim)
                    .filter(s -> !s.isEmpty());
            if (name.isEmpty()) {
                if (type.equals("Title") && layout.title.isEmpty()) {
                    layout.title = text(c);
                }
                continue;
            }
            if (!names.add(name.get())) {
                layout.diagnostics.add(Diagnostic.warning("roadmapsh-duplicate-node", path + " repeats controlName '"
                        + Abbreviations.abbreviate(name.get()) + "'; skipped", c.location()));
                continue;
            }
            if (layout.nodes.size() >= limits.maxSkills()) {
                throw new LimitExceededException("maxSkills", limits.maxSkills(), "the roadmap has more learnable nodes",
                        c.location());
            }
            String[] parts = name.get().split(":");
            String own = parts[parts.length - 1];
            Matcher m = NUMBERED.matcher(own);
            double number = m.matches() ? Double.parseDouble(m.group(1).length() > 9 ? "999999999" : m.group(1)) : Double.NaN;
            String slugPart = m.matches() ? m.group(2) : own;
            String label = text(c);
            if (label.isEmpty()) {
                label = humanize(slugPart);
            }
            if (label.isEmpty()) {
                layout.diagnostics.add(Diagnostic.warning("roadmapsh-unlabelled-node", path + " has no text; skipped", c.location()));
                continue;
            }
            double x = c.number("x").orElse(0.0);
            double y = c.number("y").orElse(0.0);
            double w = c.number("w").or(() -> c.number("measuredW")).orElse(0.0);
            double h = c.number("h").or(() -> c.number("measuredH")).orElse(0.0);
            // unnumbered topics come after numbered ones, in vertical order
            double order = Double.isNaN(number) ? 1e12 + y : number;
            NodeKind kind = parts.length == 1 ? NodeKind.TOPIC : NodeKind.SUBTOPIC;
            layout.nodes.add(new Node(name.get(), kind, type, label, x, y, w, h, order, "", List.of(), path, c.location()));
            if (parts.length > 1) {
                String parent = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 1));
                layout.parents.add(new Layout.Relation(name.get(), parent, path, c.location()));
            }
        }
        if (arrows > 0) {
            layout.diagnostics.add(Diagnostic.notice("roadmapsh-legacy-arrows", arrows + " arrow control(s) carry no source"
                    + " or target and are ignored; order comes from the numbers in controlName", firstArrow));
        }
        return layout;
    }

    /** The text of the first label-like child control. */
    private static String text(Json c) {
        Optional<String> own = c.object("properties").flatMap(p -> p.text("text"));
        if (own.isPresent()) {
            return Texts.clean(own.get());
        }
        List<Json> children = c.object("children").flatMap(ch -> ch.object("controls")).map(cs -> cs.array("control"))
                .orElse(List.of());
        for (Json child : children) {
            Optional<String> t = child.object("properties").flatMap(p -> p.text("text")).map(Texts::clean)
                    .filter(s -> !s.isEmpty());
            if (t.isPresent()) {
                return t.get();
            }
        }
        return "";
    }

    private static String humanize(String slug) {
        String words = slug.replace('-', ' ').trim();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
