package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.progress.ProgressJsonImporter;
import dev.roadmap.io.json.progress.ProgressJsonWriter;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roadmap log} across real processes: separate JVMs (the file lock is per process, so threads
 * would prove nothing) appending at once lose no entry, and a process killed while rewriting the log
 * leaves the previous file intact.
 */
class ProgressLogProcessesTest {
    @TempDir
    Path dir;

    private static Process driver(Path file, String name, int count) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), LogDriver.class.getName(),
                file.toString(), name, Integer.toString(count)).redirectErrorStream(true).start();
    }

    private static ProgressLog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ProgressJsonImporter().read(in, file.toString(), Optional.empty(), LocalDate.of(2026, 12, 8), ReadLimits.defaults());
        }
    }

    @Test
    void eightConcurrentProcessesAppendingFiftyEntriesEachLoseNothing() throws Exception {
        Path file = dir.resolve("progress.json");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            processes.add(driver(file, "p" + p, 50));
        }
        for (Process p : processes) {
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("driver finished").isTrue();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.exitValue()).as(output).isZero();
        }
        List<ProgressEntry> entries = read(file).entries();
        assertThat(entries).hasSize(400);
        Map<String, Integer> lastPerProcess = new HashMap<>();
        for (ProgressEntry e : entries) {
            String[] note = e.note().orElseThrow().split("-");
            int i = Integer.parseInt(note[1]);
            // each process's entries appear once and in its own order
            assertThat(i).isEqualTo(lastPerProcess.getOrDefault(note[0], -1) + 1);
            lastPerProcess.put(note[0], i);
        }
        assertThat(lastPerProcess).hasSize(8).allSatisfy((p, last) -> assertThat(last).isEqualTo(49));
    }

    @Test
    void aKilledLogProcessLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("progress.json");
        List<ProgressEntry> big = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            big.add(ProgressEntry.of(LocalDate.of(2026, 12, 8), SkillId.of("s1"), 0).withNote("seed entry " + i));
        }
        Files.writeString(file, ProgressJsonWriter.writeToString(ProgressLog.of("course", big)));
        Random random = new Random(15);
        int before = 20_000;
        for (int round = 0; round < 4; round++) {
            Process p = driver(file, "k" + round, 1_000);
            long size = Files.size(file);
            // wait until the driver has rewritten the file at least once, so the kill lands among rewrites
            for (int spin = 0; spin < 2_000 && Files.size(file) == size && p.isAlive(); spin++) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(200));
            p.destroyForcibly();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            List<ProgressEntry> entries = read(file).entries();
            assertThat(entries.size()).isGreaterThanOrEqualTo(before);
            assertThat(entries.subList(0, 20_000)).isEqualTo(big);
            before = entries.size();
        }
        CliTest.Run next = CliTest.run("log", file.toString(), "--skill", "s1", "--hours", "1", "--date", "2026-12-09");
        assertThat(next.code()).isZero();
        assertThat(read(file).entries()).hasSize(before + 1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("a killed writer's temporary files are cleaned up")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
