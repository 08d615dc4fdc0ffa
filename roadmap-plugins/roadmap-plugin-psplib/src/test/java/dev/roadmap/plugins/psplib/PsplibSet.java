package dev.roadmap.plugins.psplib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A PSPLIB instance set on disk: the {@code .sm} files of a directory such as {@code j30.sm/} and the
 * reference plan lengths of its table ({@code j30opt.sm}: proven optima; {@code j60hrs.sm}: best known).
 *
 * @param name      the set's name, e.g. {@code j30}
 * @param files     the instance files, sorted by parameter and instance number
 * @param reference reference makespan per file name
 * @param optimal   whether the references are proven optima
 */
record PsplibSet(String name, List<Path> files, Map<String, Integer> reference, boolean optimal) {

    /** @return the shared benchmark directory {@code shared/benchmarks/psplib}, found by walking up from here */
    static Optional<Path> sharedDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/benchmarks/psplib");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @return the set {@code name} in the directory, when its instances and reference table are there */
    static Optional<PsplibSet> load(Path dir, String name) {
        Path instances = dir.resolve(name + ".sm");
        Path opt = dir.resolve(name + "opt.sm");
        Path hrs = dir.resolve(name + "hrs.sm");
        boolean optimal = Files.isRegularFile(opt);
        Path table = optimal ? opt : hrs;
        if (!Files.isDirectory(instances) || !Files.isRegularFile(table)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(instances)) {
            List<Path> files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".sm")).toList());
            files.sort((a, b) -> compareNames(a.getFileName().toString(), b.getFileName().toString(), name));
            return Optional.of(new PsplibSet(name, files, references(table, name), optimal));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compareNames(String a, String b, String set) {
        int[] x = parameterAndInstance(a, set);
        int[] y = parameterAndInstance(b, set);
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    private static int[] parameterAndInstance(String file, String set) {
        String core = file.substring(set.length(), file.length() - 3);
        int us = core.indexOf('_');
        return new int[] {Integer.parseInt(core.substring(0, us)), Integer.parseInt(core.substring(us + 1))};
    }

    /** Rows {@code parameter instance makespan ...} after the header; other lines are skipped. */
    private static Map<String, Integer> references(Path table, String set) throws IOException {
        Map<String, Integer> ref = new TreeMap<>();
        for (String line : Files.readAllLines(table, StandardCharsets.ISO_8859_1)) {
            String[] t = line.trim().split("\\s+");
            if (t.length >= 3 && t[0].matches("\\d+") && t[1].matches("\\d+") && t[2].matches("\\d+")) {
                ref.put(set + t[0] + "_" + t[1] + ".sm", Integer.parseInt(t[2]));
            }
        }
        return ref;
    }
}
