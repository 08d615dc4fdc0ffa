package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChoiceHeadingTest {

    @Test
    void readsWhatItWritesEvenWithColonsAndSlashesInTitles() {
        ChoiceHeading h = new ChoiceHeading("path", "Next: one / option of two", "b", "On-device: phones", true);
        String text = h.format(UnaryOperator.identity());
        assertThat(text).isEqualTo("Choice path: Next: one / option of two / option b: On-device: phones (default)");
        assertThat(ChoiceHeading.parse(text)).contains(h);
    }

    @Test
    void ordinaryHeadingsAreNotChoices() {
        assertThat(ChoiceHeading.parse("Choice of tools")).isEmpty();
        assertThat(ChoiceHeading.parse("Choice a b: x / option c: y")).isEmpty();
        assertThat(ChoiceHeading.parse("Choice a: x / option : y")).isEmpty();
        assertThat(ChoiceHeading.parse("Week 3")).isEmpty();
    }
}
