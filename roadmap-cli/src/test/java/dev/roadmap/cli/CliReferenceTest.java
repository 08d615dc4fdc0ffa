package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md is the CLI's own help, command by command, so the reference never drifts from the
 * code. When a command changes, regenerate it with
 * {@code mvn -pl roadmap-cli -am test -Dtest=CliReferenceTest -Droadmap.regenerateDocs=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CliReferenceTest {

    static String reference() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        root.setUsageHelpWidth(100);
        StringBuilder md = new StringBuilder("# Command line reference\n\n")
                .append("Generated from the CLI's own `--help` (checked by `CliReferenceTest`). Exit codes: `0` success, ")
                .append("`1` invalid input or infeasible plan, `2` usage error. Diagnostics go to stderr as ")
                .append("`FILE:LINE:COL: severity: message [code]`.\n\n")
                .append("## roadmap\n\n```text\n").append(usage(root)).append("```\n");
        for (var entry : root.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            CommandLine sub = entry.getValue();
            sub.setUsageHelpWidth(100);
            md.append("\n## roadmap ").append(entry.getKey()).append("\n\n```text\n").append(usage(sub)).append("```\n");
        }
        return md.toString();
    }

    private static String usage(CommandLine cl) {
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("(?m)[ \\t]+$", "");
    }

    @Test
    void docsCliMdIsTheCommandsOwnHelp() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path file = (Files.exists(here.resolve("docs")) ? here : here.getParent()).resolve("docs/cli.md");
        String expected = reference();
        if (Boolean.getBoolean("roadmap.regenerateDocs")) {
            Files.writeString(file, expected);
        }
        assertThat(Files.exists(file)).as("docs/cli.md exists").isTrue();
        assertThat(Files.readString(file)).as("docs/cli.md is out of date; regenerate it (see this test's javadoc)")
                .isEqualTo(expected);
    }
}
