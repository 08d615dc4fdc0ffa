package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real roadmaps of {@code ../shared/corpus/markdown} (read, never copied), found from the working
 * directory upwards; a test that needs one is skipped when the corpus is absent.
 */
final class Corpus {
    private Corpus() {
    }

    /**
     * Finds a directory of the team's shared documents from the working directory upwards.
     *
     * @param relative the directory below {@code ../shared}, e.g. {@code "seeds"}
     * @return the directory, or empty when it is absent (a test then skips)
     */
    static Optional<Path> shared(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/" + relative).normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Imports one corpus document and checks that it validates without errors.
     *
     * @param name the file name in the corpus
     * @return the detailed import
     */
    static MarkdownImport read(String name) throws IOException {
        Optional<Path> dir = shared("corpus/markdown");
        Assumptions.assumeTrue(dir.isPresent(), "../shared/corpus/markdown not present");
        Path file = dir.get().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), name + " not present");
        return importValid(file);
    }

    /**
     * Imports a document with default limits and checks that it validates without errors.
     *
     * @param file the document
     * @return the detailed import
     */
    static MarkdownImport importValid(Path file) throws IOException {
        String name = file.getFileName().toString();
        MarkdownImport mi;
        try (InputStream in = Files.newInputStream(file)) {
            mi = new MarkdownImporter().importDetailed(in, name, ReadLimits.defaults());
        }
        assertThat(Validator.standard().validate(mi.roadmap()).errors()).as("validation errors of " + name).isEmpty();
        return mi;
    }
}
