package dev.roadmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A separate JVM for {@link ProgressLogProcessesTest}: runs {@code roadmap log} N times on one file,
 * each entry noted {@code P-I}, exactly as N invocations of the command would (the same lock, the
 * same atomic rewrite). Exits 1 on the first failed run.
 */
public final class LogDriver {
    private LogDriver() {
    }

    /**
     * @param args the progress file, this process's name, the number of entries to log
     */
    public static void main(String[] args) {
        String file = args[0];
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"log", file, "--skill", "s1", "--hours", "0.25", "--date", "2026-12-08",
                "--note", name + "-" + i}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            if (code != 0) {
                System.err.println(name + "-" + i + " failed with " + code + ": " + err);
                System.exit(1);
            }
        }
        System.exit(0);
    }
}
