package dev.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code <pre>{@code ...}</pre>} example in the javadoc of the library and plugin
 * modules' public packages, so no example shows code that does not compile. Each example becomes the
 * body of a method; the variables examples take as given ({@code roadmap}, {@code plan},
 * {@code options}, {@code in}, ...) are fields of the class, which an example's own local variables
 * shadow. Examples read files that do not exist here, so they are compiled, not run.
 */
class JavadocExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);
    private static final String HEADER = String.join("\n",
            "import dev.roadmap.core.*;", "import dev.roadmap.core.graph.*;", "import dev.roadmap.core.plan.*;",
            "import dev.roadmap.core.validate.*;", "import dev.roadmap.core.registry.*;", "import dev.roadmap.spi.*;",
            "import dev.roadmap.io.*;", "import dev.roadmap.io.json.*;", "import dev.roadmap.io.markdown.*;",
            "import dev.roadmap.io.plan.*;", "import dev.roadmap.scheduler.*;",
            "import dev.roadmap.core.progress.*;", "import dev.roadmap.io.json.progress.*;",
            "import dev.roadmap.plugins.casejson.*;", "import dev.roadmap.plugins.csv.*;", "import dev.roadmap.plugins.dot.*;",
            "import dev.roadmap.plugins.html.*;", "import dev.roadmap.plugins.ics.*;", "import dev.roadmap.plugins.mermaid.*;",
            "import dev.roadmap.plugins.mspdi.*;", "import dev.roadmap.plugins.psplib.*;", "import dev.roadmap.plugins.roadmapsh.*;",
            "import java.io.*;", "import java.nio.file.*;", "import java.time.*;", "import java.util.List;", "import java.util.Map;",
            "",
            "@SuppressWarnings({\"unused\", \"deprecation\", \"removal\"})",
            "public class JavadocExamples {",
            "  static final class Log { void warn(String s) { } }",
            "  static Log log; static Roadmap roadmap; static Plan plan; static PlanOptions options; static InputStream in;",
            "  static Path path; static PlanExporter exporter;", "");

    @TempDir
    Path work;

    record Example(Path file, int line, String code) {
    }

    static List<Example> examples() throws IOException {
        Path root = DocSnippetsTest.root();
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("roadmap-core", "roadmap-io", "roadmap-scheduler", "roadmap-plugins")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
                        .filter(p -> !p.toString().replace('\\', '/').contains("/internal/"))
                        .sorted().forEach(sources::add);
            }
        }
        List<Example> out = new ArrayList<>();
        for (Path file : sources) {
            String text = Files.readString(file);
            Matcher m = EXAMPLE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                StringBuilder code = new StringBuilder();
                m.group(1).lines().forEach(l -> code.append(l.replaceFirst("^\\s*\\* ?", "")).append('\n'));
                out.add(new Example(root.relativize(file), line, code.toString()));
            }
        }
        return out;
    }

    @Test
    void everyJavadocExampleCompiles() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).as("the public javadoc holds examples").hasSizeGreaterThan(30);
        assertThat(examples).as("the Formats example, which once did not compile, is among them")
                .anySatisfy(e -> assertThat(e.file().toString()).endsWith("Formats.java"));
        StringBuilder source = new StringBuilder(HEADER);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            int first = (int) source.chars().filter(c -> c == '\n').count() + 1;
            source.append("  static void example").append(i).append("() throws Exception {\n")
                    .append(examples.get(i).code()).append("  }\n");
            spans.add(new int[] {first, (int) source.chars().filter(c -> c == '\n').count()});
        }
        source.append("}\n");
        Path file = Files.createDirectories(work.resolve("src")).resolve("JavadocExamples.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean ok;
        try (var fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            ok = javac.getTask(null, fm, diagnostics, List.of("-d", Files.createDirectories(work.resolve("out")).toString(),
                    "-classpath", classpath, "--release", "17", "-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(List.of(file))).call();
        }
        List<String> failures = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            for (int i = 0; i < spans.size(); i++) {
                if (d.getLineNumber() >= spans.get(i)[0] && d.getLineNumber() <= spans.get(i)[1]) {
                    Example e = examples.get(i);
                    failures.add(e.file() + ":" + e.line() + ": " + d.getMessage(null) + "\n" + e.code());
                }
            }
        }
        assertThat(failures).as("javadoc examples that do not compile").isEmpty();
        assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
    }
}
