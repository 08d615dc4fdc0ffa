package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --option KEY=VALUE} passes per-run provider options, instead of system properties. */
class FormatOptionsCliTest {

    @Test
    void htmlTodayIsFixedPerRun() {
        CliTest.Run fixed = CliTest.run("--option", "html.today=2027-01-20", "demo", "--start", "2027-01-04", "--to", "html");
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("class=\"today\"");
        CliTest.Run again = CliTest.run("demo", "--start", "2027-01-04", "--to", "html", "--option", "html.today=2027-01-20");
        assertThat(again.out()).as("the option may follow the command, and the output is reproducible").isEqualTo(fixed.out());
        CliTest.Run none = CliTest.run("--option", "html.today-line=false", "demo", "--start", "2027-01-04", "--to", "html");
        assertThat(none.out()).doesNotContain("class=\"today\"");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliTest.Run malformed = CliTest.run("--option", "html.today", "demo");
        assertThat(malformed.code()).isEqualTo(Cli.USAGE);
        assertThat(malformed.err()).contains("--option").doesNotContain("Exception");
        CliTest.Run unreadable = CliTest.run("--option", "html.today=soon", "demo", "--to", "html");
        assertThat(unreadable.code()).isEqualTo(Cli.USAGE);
        assertThat(unreadable.err()).contains("--option").contains("html.today=soon").doesNotContain("at dev.");
    }
}
