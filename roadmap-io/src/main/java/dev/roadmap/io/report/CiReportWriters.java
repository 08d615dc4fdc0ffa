package dev.roadmap.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.text.XmlText;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.io.writing.internal.JsonWriting;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation results in the formats CI systems read: SARIF 2.1.0 (code scanning),
 * GitHub Actions workflow commands, and JUnit XML. Each names file, line, column, rule code and
 * severity. Stateless and thread-safe.
 */
public final class CiReportWriters {
    /** The SARIF schema the output follows. */
    public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private CiReportWriters() {
    }

    /**
     * @param reports one per file
     * @param toolVersion the version of the tool, e.g. {@code 0.1.0}
     * @return a SARIF 2.1.0 log with one run whose results are all diagnostics
     */
    public static String sarif(List<ValidationJsonWriter.FileReport> reports, String toolVersion) {
        Map<String, Diagnostic> rules = new LinkedHashMap<>();
        reports.forEach(r -> r.diagnostics().forEach(d -> rules.putIfAbsent(d.code(), d)));
        List<Diagnostic> results = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
        return ReportJson.toString(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SARIF_SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "roadmap");
            g.writeStringField("version", toolVersion);
            g.writeStringField("informationUri", "https://roadmap.dev");
            JsonWriting.objects(g, "rules", List.copyOf(rules.keySet()), CiReportWriters::rule);
            g.writeEndObject();
            g.writeEndObject();
            JsonWriting.objects(g, "results", results, CiReportWriters::result);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void rule(JsonGenerator g, String code) throws IOException {
        g.writeStringField("id", code);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", code.replace('-', ' '));
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStringField("ruleId", d.code());
        g.writeStringField("level", sarifLevel(d.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", d.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(d.location().source()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        ReportJson.position(g, "startLine", "startColumn", d.location());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static String sarifLevel(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "note";
        };
    }

    /** SARIF wants a relative URI with forward slashes. */
    private static String uri(String source) {
        String u = source.replace('\\', '/');
        return u.startsWith("./") ? u.substring(2) : u;
    }

    /**
     * @param reports one per file
     * @return one GitHub Actions workflow command per diagnostic:
     *         {@code ::error file=F,line=L,col=C,title=code::message}
     */
    public static String github(List<ValidationJsonWriter.FileReport> reports) {
        StringBuilder b = new StringBuilder();
        for (ValidationJsonWriter.FileReport r : reports) {
            for (Diagnostic d : r.diagnostics()) {
                String command = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTICE -> "notice";
                };
                b.append("::").append(command)
                        .append(" file=").append(property(d.location().source()))
                        .append(",line=").append(Math.max(1, d.location().line()))
                        .append(",col=").append(Math.max(1, d.location().column()))
                        .append(",title=").append(property(d.code()))
                        .append("::").append(data(d.message() + " [" + d.code() + "]"))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** Escaping of workflow command data, as the GitHub Actions toolkit does it. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * @param reports one per file
     * @return JUnit XML: one test suite, one test case per file, a failure per error diagnostic
     *         (warnings and notices go to system-out)
     */
    public static String junit(List<ValidationJsonWriter.FileReport> reports) {
        long failures = reports.stream().filter(r -> !r.valid()).count();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"roadmap validate\" tests=\"").append(reports.size())
                .append("\" failures=\"").append(failures).append("\">\n");
        b.append("  <testsuite name=\"roadmap validate\" tests=\"").append(reports.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        for (ValidationJsonWriter.FileReport r : reports) {
            b.append("    <testcase classname=\"roadmap.validate\" name=\"").append(XmlText.escape(r.file())).append("\">\n");
            for (Diagnostic d : r.diagnostics()) {
                if (d.isError()) {
                    b.append("      <failure type=\"").append(XmlText.escape(d.code())).append("\" message=\"")
                            .append(XmlText.escape(d.message())).append("\">").append(XmlText.escape(line(d))).append("</failure>\n");
                }
            }
            List<Diagnostic> others = r.diagnostics().stream().filter(d -> !d.isError()).toList();
            if (!others.isEmpty()) {
                b.append("      <system-out>");
                others.forEach(d -> b.append(XmlText.escape(line(d))).append('\n'));
                b.append("</system-out>\n");
            }
            b.append("    </testcase>\n");
        }
        b.append("  </testsuite>\n</testsuites>\n");
        return b.toString();
    }

    private static String line(Diagnostic d) {
        return d.location().source() + ":" + Math.max(1, d.location().line()) + ":" + Math.max(1, d.location().column())
                + ": " + d.severity().id() + ": " + d.message() + " [" + d.code() + "]";
    }
}
