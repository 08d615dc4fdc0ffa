package dev.roadmap.plugins.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test resources read as UTF-8 text from the test class path (and resource directories listed), e.g.
 * {@code Resources.text("/case/framework.json")} for {@code src/test/resources/case/framework.json}.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * Reads a resource that the test needs.
     *
     * @param path the resource's path on the class path, with or without a leading {@code /}
     * @return its text
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static String text(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException("missing test resource " + path));
    }

    /**
     * Reads a resource that may be absent.
     *
     * @param path the resource's path on the class path, with or without a leading {@code /}
     * @return its text, or empty when it is not on the class path
     */
    public static Optional<String> find(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : Resources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + path, e);
        }
    }

    /**
     * Lists a resource directory that the test class path holds as a directory (as Maven's
     * {@code target/test-classes} does).
     *
     * @param directory the directory's path on the class path, with or without a leading {@code /}
     * @return the names of the regular files in it, sorted
     * @throws IllegalStateException when the directory is not on the class path as a directory
     */
    public static List<String> fileNames(String directory) {
        String name = directory.startsWith("/") ? directory.substring(1) : directory;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = (context != null ? context : Resources.class.getClassLoader()).getResource(name);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("test resource directory " + directory + " is not a directory on the class path: " + url);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list test resource directory " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
