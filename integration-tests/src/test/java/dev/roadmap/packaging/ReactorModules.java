package dev.roadmap.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Maven modules of this build, read from the poms (tests run in integration-tests, beside them). */
final class ReactorModules {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    /** One module: its directory, artifactId and packaging. */
    record Module(Path dir, String artifactId, String packaging) {
    }

    private ReactorModules() {
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("roadmap-cli")) ? here : here.getParent();
    }

    static List<Module> all() throws IOException {
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

    static String first(String xml, String tag) {
        int at = xml.indexOf("<" + tag + ">");
        return xml.substring(at + tag.length() + 2, xml.indexOf("</" + tag + ">", at)).strip();
    }
}
