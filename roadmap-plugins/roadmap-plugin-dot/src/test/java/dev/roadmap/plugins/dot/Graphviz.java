package dev.roadmap.plugins.dot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz's {@code dot} when it is installed. */
final class Graphviz {
    private Graphviz() {
    }

    /** The outcome of one {@code dot -Tsvg} run. */
    record Result(int exitCode, String svg, String stderr) {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result renderSvg(String dot) throws IOException, InterruptedException {
        Path err = Files.createTempFile("dot", ".err");
        try {
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectError(err.toFile()).start();
            try (var in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("dot did not finish within 60 s");
            }
            return new Result(p.exitValue(), svg, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
