package dev.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code java} block of the README and of docs/guide, so the documentation
 * never rots. A block that declares a class is compiled as a file of its own (and is visible to the
 * other blocks of its document); any other block is a sequence of statements, run with the
 * library's packages imported, or with exactly its own {@code import} lines when it has some (so
 * the README's imports are proven sufficient). When a block is followed by an {@code output} block, what it prints
 * must equal that text. Relative file names in snippets resolve against the repository root, and
 * the README's {@code roadmap.json} is docs/examples/ml-basics.json.
 */
class DocSnippetsTest {
    private static final String IMPORTS = String.join("\n",
            "import dev.roadmap.core.*;", "import dev.roadmap.core.graph.*;", "import dev.roadmap.core.plan.*;",
            "import dev.roadmap.core.validate.*;", "import dev.roadmap.core.progress.*;", "import dev.roadmap.io.json.progress.*;", "import dev.roadmap.core.registry.*;", "import dev.roadmap.spi.*;",
            "import dev.roadmap.io.*;", "import dev.roadmap.scheduler.*;", "import java.nio.file.Path;",
            "import java.time.LocalDate;", "import java.util.*;", "");

    @TempDir
    Path work;

    record Block(String lang, String text, int line) {
    }

    record Snippet(Path doc, int line, String code, String expectedOutput, boolean isClass) {
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("docs")) ? here : here.getParent();
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(root().resolve("README.md")));
        try (Stream<Path> guide = Files.list(root().resolve("docs/guide"))) {
            guide.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```") && lines[i].length() > 3) {
                String lang = lines[i].substring(3).strip();
                int start = i + 1;
                StringBuilder text = new StringBuilder();
                for (i = start; i < lines.length && !lines[i].startsWith("```"); i++) {
                    text.append(lines[i]).append('\n');
                }
                out.add(new Block(lang, text.toString(), start + 1));
            }
        }
        return out;
    }

    static List<Snippet> snippets(Path doc) throws IOException {
        List<Block> blocks = blocks(Files.readString(doc));
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.lang().equals("java")) {
                continue;
            }
            String expected = i + 1 < blocks.size() && blocks.get(i + 1).lang().equals("output") ? blocks.get(i + 1).text() : null;
            boolean isClass = b.text().lines().anyMatch(l -> l.matches("(public )?(final )?(class|record|interface) .*"));
            out.add(new Snippet(doc, b.line(), b.text(), expected, isClass));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int total = 0;
        for (Path doc : documents()) {
            List<Snippet> snippets = snippets(doc);
            total += snippets.size();
            List<Snippet> classes = snippets.stream().filter(Snippet::isClass).toList();
            for (Snippet s : snippets) {
                String name = root().relativize(doc) + ":" + s.line();
                tests.add(DynamicTest.dynamicTest(name, () -> compileAndRun(s, classes)));
            }
        }
        assertThat(total).as("the README and the guide hold Java snippets").isGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    private void compileAndRun(Snippet s, List<Snippet> classes) throws Exception {
        Path src = Files.createDirectories(work.resolve("src-" + s.line()));
        Path out = Files.createDirectories(work.resolve("out-" + s.line()));
        List<Path> files = new ArrayList<>();
        for (Snippet c : classes) {
            String pkg = c.code().lines().filter(l -> l.startsWith("package ")).findFirst()
                    .map(l -> l.substring(8, l.indexOf(';')).strip()).orElse("");
            String cls = c.code().lines().filter(l -> l.matches("(public )?(final )?(class|record|interface) .*")).findFirst()
                    .orElseThrow().replaceAll("^(public )?(final )?(class|record|interface) (\\w+).*", "$4");
            Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
            Path file = dir.resolve(cls + ".java");
            Files.writeString(file, (pkg.isEmpty() ? IMPORTS : "") + c.code());
            files.add(file);
        }
        String runner = null;
        if (!s.isClass()) {
            // A snippet that lists its imports is compiled with exactly those, as a new user would copy it.
            List<String> own = s.code().lines().filter(l -> l.startsWith("import ")).toList();
            StringBuilder imports = new StringBuilder(own.isEmpty() ? IMPORTS : String.join("\n", own) + "\n");
            classes.forEach(c -> c.code().lines().filter(l -> l.startsWith("package "))
                    .forEach(l -> imports.append("import ").append(l.substring(8, l.indexOf(';')).strip()).append(".*;\n")));
            runner = "Snippet" + s.line();
            String body = resolvePaths(String.join("\n", s.code().lines().filter(l -> !l.startsWith("import ")).toList()));
            Path file = src.resolve(runner + ".java");
            Files.writeString(file, imports + "public class " + runner + " {\n public static void run() throws Exception {\n"
                    + body + "\n }\n}\n");
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (var fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-d", out.toString(), "-classpath", classpath,
                    "--release", "17", "-proc:none"), null, fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(ok).as("compiles:\n" + diagnostics.getDiagnostics() + "\n" + s.code()).isTrue();
        }
        if (runner == null) {
            return;
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(runner).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("snippet threw " + e.getCause() + "\n" + s.code(), e.getCause());
        } finally {
            System.setOut(saved);
        }
        if (s.expectedOutput() != null) {
            assertThat(printed.toString(StandardCharsets.UTF_8)).as("output of the snippet at line " + s.line())
                    .isEqualTo(s.expectedOutput());
        }
    }

    /** Snippets name files relative to the repository root; the README's generic name is the example roadmap. */
    private static String resolvePaths(String code) {
        String rootPath = root().toString().replace("\\", "/");
        return code.replace("Path.of(\"roadmap.json\")", "Path.of(\"" + rootPath + "/docs/examples/ml-basics.json\")")
                .replace("Path.of(\"docs/", "Path.of(\"" + rootPath + "/docs/");
    }
}
