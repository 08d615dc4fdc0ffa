package dev.roadmap.plugins.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: expected output kept under a module's {@code src/test/resources} and read from the
 * test class path, e.g. {@code Golden.assertMatches("csv/sample-plan.csv", output)}.
 *
 * <p>A mismatch fails with the first differing line, a few lines of context from both sides and the
 * whole texts (an {@link AssertionFailedError} with expected and actual values, which IDEs show as a
 * diff). After an intended change, run the tests once with {@code -Dgolden.update=true}: each golden
 * file is then rewritten from the output, relative to the working directory (the module, under
 * Maven), and the test passes; review the change with {@code git diff}. The switch is a system
 * property because it is a developer's choice for one test run, never a library option.
 */
public final class Golden {
    /** Set this system property to {@code true} to rewrite golden files instead of comparing them. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private static final int CONTEXT = 2;
    private static final int SHOWN = 4;

    private Golden() {
    }

    /**
     * Compares output with a golden file, or rewrites the file under {@code -Dgolden.update=true}.
     *
     * @param path   the file's path under {@code src/test/resources}, e.g. {@code "dot/sample.dot"}
     * @param actual the output to compare
     * @throws AssertionFailedError when the file is missing or differs
     */
    public static void assertMatches(String path, String actual) {
        check(path, actual, Boolean.getBoolean(UPDATE_PROPERTY), Path.of("src", "test", "resources"));
    }

    /**
     * The comparison, with the switch and the resource directory as arguments (so it is testable
     * without setting a system property).
     *
     * @param path      the file's path under the resource directory
     * @param actual    the output
     * @param update    rewrite the file instead of comparing
     * @param resources the resource directory written to under {@code update}
     */
    static void check(String path, String actual, boolean update, Path resources) {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        if (update) {
            rewrite(resources.resolve(path), actual);
            return;
        }
        String expected = read(path);
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(describe(path, expected, actual), expected, actual);
        }
    }

    private static void rewrite(Path file, String actual) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite golden file " + file.toAbsolutePath(), e);
        }
    }

    private static String read(String path) {
        return Resources.find(path).orElseThrow(() -> new AssertionFailedError("golden file " + path
                + " is not on the test class path; create it with -D" + UPDATE_PROPERTY
                + "=true (it is written to src/test/resources/" + path + ")"));
    }

    /**
     * Describes the first difference of two texts by line, with context.
     *
     * @param path     the golden file's path, for the message
     * @param expected the golden text
     * @param actual   the output
     * @return a message naming the first differing line and showing both sides around it
     */
    static String describe(String path, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int first = 0;
        while (first < want.length && first < got.length && want[first].equals(got[first])) {
            first++;
        }
        StringBuilder out = new StringBuilder("golden file ").append(path).append(" differs from the output at line ")
                .append(first + 1).append(" (golden ").append(want.length).append(" lines, output ").append(got.length)
                .append(" lines):\n");
        for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
            line(out, ' ', i, want[i]);
        }
        for (int i = first; i < Math.min(want.length, first + SHOWN); i++) {
            line(out, '-', i, want[i]);
        }
        for (int i = first; i < Math.min(got.length, first + SHOWN); i++) {
            line(out, '+', i, got[i]);
        }
        return out.append("(- golden, + output). If the change is intended, rerun with -D").append(UPDATE_PROPERTY)
                .append("=true and review the rewritten file with git diff.").toString();
    }

    private static void line(StringBuilder out, char mark, int index, String text) {
        out.append(mark).append(String.format(" %4d | ", index + 1)).append(visible(text)).append('\n');
    }

    /** Makes differences in invisible characters (a trailing space, a tab, a carriage return) visible. */
    private static String visible(String text) {
        return text.replaceAll("( +)(\r?)$", "$1⏎$2").replace("\r", "\\r").replace("\t", "\\t");
    }
}
