package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NestingPrescanTest {
    private static final ReadLimits TEN = ReadLimits.defaults().toBuilder().maxNestingDepth(10).build();

    @Test
    void acceptsOrdinaryNestedListsQuotesAndTables() {
        String doc = "# Plan\n\n- a\n  - b\n    - [ ] c\n> quote\n> > nested\n1. one\n   2) two\n| a | b |\n|---|---|\n| -1 | 2 |\n";
        assertThatCode(() -> NestingPrescan.check(doc, "ok.md", TEN)).doesNotThrowAnyException();
    }

    @Test
    void refusesDeepBlockQuotesAtTheirLineAndColumn() {
        String doc = "fine\n" + ">".repeat(11) + " deep\n";
        assertThatThrownBy(() -> NestingPrescan.check(doc, "q.md", TEN))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    Assertions.assertThat(e.limitName()).isEqualTo("maxNestingDepth");
                    Assertions.assertThat(e.location()).hasValueSatisfying(l -> {
                        Assertions.assertThat(l.line()).isEqualTo(2);
                        Assertions.assertThat(l.column()).isEqualTo(11);
                    });
                });
    }

    @Test
    void countsListMarkersAndIndentationTogether() {
        String deepList = "- - - - - x\n" + " ".repeat(12) + "- - - - - - y\n";
        assertThatThrownBy(() -> NestingPrescan.check(deepList, "l.md", TEN))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> Assertions.assertThat(e.location()).hasValueSatisfying(l -> Assertions.assertThat(l.line()).isEqualTo(2)));
        assertThatCode(() -> NestingPrescan.check("- - - - - x\n", "l.md", TEN)).doesNotThrowAnyException();
    }

    @Test
    @Timeout(10)
    void scansAHundredThousandQuoteLevelsInLinearTime() {
        String quotes = ">".repeat(100_000) + " x\n";
        assertThatThrownBy(() -> NestingPrescan.check(quotes, "q.md", ReadLimits.defaults()))
                .isInstanceOf(LimitExceededException.class);
        String wide = ("word ".repeat(2_000) + "\n").repeat(1_000);
        assertThatCode(() -> NestingPrescan.check(wide, "w.md", ReadLimits.defaults())).doesNotThrowAnyException();
    }

    @Test
    void refusesALineLongerThanTheStringLimitAtItsLine() {
        ReadLimits small = ReadLimits.defaults().toBuilder().maxStringLength(100).build();
        String doc = "# Title\n| Skill | Time |\n|---|---|\n| " + "x".repeat(200) + " | 1h |\n";
        assertThatThrownBy(() -> NestingPrescan.check(doc, "long.md", small))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    Assertions.assertThat(e.limitName()).isEqualTo("maxStringLength");
                    Assertions.assertThat(e.location()).hasValueSatisfying(l -> Assertions.assertThat(l.line()).isEqualTo(4));
                });
        assertThatCode(() -> NestingPrescan.check("x".repeat(100) + "\n", "ok.md", small)).doesNotThrowAnyException();
    }
}
