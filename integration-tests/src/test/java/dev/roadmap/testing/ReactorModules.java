package dev.roadmap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Maven modules of this build, read from the poms (tests run in integration-tests, beside them). */
public final class ReactorModules {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    /**
     * One module.
     *
     * @param dir        its directory
     * @param artifactId its artifactId
     * @param packaging  its packaging
     */
    public record Module(Path dir, String artifactId, String packaging) {

        /** @return whether the module has main Java sources */
        public boolean hasMainCode() {
            return Files.isDirectory(dir.resolve("src/main/java"));
        }

        /** @return the directory its main classes are compiled to */
        public Path mainClasses() {
            return dir.resolve("target/classes");
        }

        /**
         * The packages this module owns: those of its main sources, without the ones inside another
         * (so {@code dev.roadmap.io}, not also {@code dev.roadmap.io.json}).
         *
         * @return the package roots, sorted
         */
        public Set<String> packageRoots() {
            Path src = dir.resolve("src/main/java");
            Set<String> packages = new TreeSet<>();
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("module-info.java"))
                        .forEach(f -> packages.add(src.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> roots = new TreeSet<>();
            for (String p : packages) {
                if (roots.stream().noneMatch(r -> p.startsWith(r + "."))) {
                    roots.add(p);
                }
            }
            return roots;
        }
    }

    private ReactorModules() {
    }

    /** @return the repository root */
    public static Path root() {
        return Repository.root();
    }

    /**
     * @return every module of the build, the root first
     * @throws IOException when a pom cannot be read
     */
    public static List<Module> all() throws IOException {
        List<Module> out = new ArrayList<>();
        collect(root(), out);
        return out;
    }

    private static void collect(Path dir, List<Module> out) throws IOException {
        String pom = Files.readString(dir.resolve("pom.xml"));
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        String artifactId = first(withoutParent, "artifactId");
        String packaging = withoutParent.contains("<packaging>") ? first(withoutParent, "packaging") : "jar";
        out.add(new Module(dir, artifactId, packaging));
        String modules = pom.contains("<modules>") ? pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>")) : "";
        Matcher m = MODULE.matcher(modules.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            collect(dir.resolve(m.group(1).strip()), out);
        }
    }

    /**
     * @param xml a pom's text
     * @param tag an element name
     * @return the text of its first such element
     */
    public static String first(String xml, String tag) {
        int at = xml.indexOf("<" + tag + ">");
        return xml.substring(at + tag.length() + 2, xml.indexOf("</" + tag + ">", at)).strip();
    }
}
