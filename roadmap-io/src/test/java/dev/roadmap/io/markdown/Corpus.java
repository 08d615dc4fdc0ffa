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

    private static Optional<Path> directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/corpus/markdown").normalize();
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
        Optional<Path> dir = directory();
        Assumptions.assumeTrue(dir.isPresent(), "../shared/corpus/markdown not present");
        Path file = dir.get().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), name + " not present");
        MarkdownImport mi;
        try (InputStream in = Files.newInputStream(file)) {
            mi = new MarkdownImporter().importDetailed(in, name, ReadLimits.defaults());
        }
        assertThat(Validator.standard().validate(mi.roadmap()).errors()).as("validation errors of " + name).isEmpty();
        return mi;
    }
}
