package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers that read back what the exporters write, the way Mermaid does. */
final class MermaidSyntax {
    private static final Pattern ENTITY = Pattern.compile("#(\\w+);");
    private static final Pattern NODE = Pattern.compile("^\\s*(n\\d+)\\[\"([^\"]*)\"\\]$");
    private static final Pattern TASK = Pattern.compile("^    ([^:]+) :(active, )?(t\\d+), (after (t\\d+ ?)+|\\d{4}-\\d\\d-\\d\\d), (\\d+)d$");

    private MermaidSyntax() {
    }

    /** Decodes entity codes as Mermaid does before rendering ({@code #quot;}, {@code #35;}). */
    static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            String replacement = code.equals("quot") ? "\"" : new String(Character.toChars(Integer.parseInt(code)));
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** @return the label of every node line, in order, asserting each node line is well formed */
    static List<String> nodeLabels(String flowchart) {
        List<String> labels = new ArrayList<>();
        for (String line : flowchart.split("\n")) {
            if (line.trim().startsWith("n") && line.contains("[")) {
                Matcher m = NODE.matcher(line);
                assertThat(m.matches()).as("node line %s", line).isTrue();
                labels.add(m.group(2));
            }
        }
        return labels;
    }

    /** @return the matcher of a Gantt task line, asserting it is well formed */
    static Matcher task(String line) {
        Matcher m = TASK.matcher(line);
        assertThat(m.matches()).as("task line %s", line).isTrue();
        return m;
    }

    /** Asserts that escaped text holds no character a Mermaid lexer could take as syntax. */
    static void assertNoRawSyntax(String escaped) {
        String withoutEntities = ENTITY.matcher(escaped).replaceAll("");
        assertThat(withoutEntities).as(escaped).doesNotContain("\"", "#", ":", ";", "%", "<", ">", "&", "`", "[", "]",
                "{", "}", "|", "\n", "\r", "\t");
    }
}
