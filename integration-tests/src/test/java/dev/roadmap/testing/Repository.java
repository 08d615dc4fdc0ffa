package dev.roadmap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of this repository, for suites that read another module's fixtures or the docs: the tests run
 * in integration-tests/, one level below the root.
 */
public final class Repository {
    private Repository() {
    }

    /** @return the repository root (the directory holding the root pom and docs/) */
    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("docs")) && Files.exists(here.resolve("roadmap-core")) ? here : here.getParent();
    }

    /** @return the UTF-8 text of a file named relative to the root, e.g. {@code roadmap-cli/src/test/resources/cli/valid.json} */
    public static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
