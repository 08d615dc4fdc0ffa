package dev.roadmap.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Per-call provider options: typed values, text values parsed by the key, layering. */
class FormatOptionsTest {
    private static final FormatOptions.Key<LocalDate> DAY = FormatOptions.Key.of("test.day", LocalDate.class, LocalDate::parse);
    private static final FormatOptions.Key<String> NAME = FormatOptions.Key.ofText("test.name");

    @Test
    void typedAndTextValuesReadTheSame() {
        LocalDate day = LocalDate.of(2027, 2, 1);
        assertThat(FormatOptions.builder().set(DAY, day).build().get(DAY)).contains(day);
        assertThat(FormatOptions.builder().setText("test.day", "2027-02-01").build().get(DAY)).contains(day);
        assertThat(FormatOptions.none().get(DAY)).isEmpty();
        assertThat(FormatOptions.builder().setText("test.name", "x").build().get(NAME)).contains("x");
    }

    @Test
    void unreadableTextNamesTheOption() {
        FormatOptions bad = FormatOptions.builder().setText("test.day", "soon").build();
        assertThatThrownBy(() -> bad.get(DAY)).isInstanceOf(InvalidOptionException.class).hasMessageContaining("test.day=soon");
        assertThatThrownBy(() -> FormatOptions.builder().setText("Bad Id", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormatOptions.Key.ofText("nodot")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void laterOptionsWinAndValuesAreComparedById() {
        FormatOptions base = FormatOptions.builder().set(NAME, "a").set(DAY, LocalDate.of(2027, 1, 1)).build();
        FormatOptions merged = base.with(FormatOptions.builder().set(NAME, "b").build());
        assertThat(merged.get(NAME)).contains("b");
        assertThat(merged.get(DAY)).contains(LocalDate.of(2027, 1, 1));
        assertThat(base.get(NAME)).as("immutable").contains("a");
        assertThat(FormatOptions.Key.ofText("test.day")).isEqualTo(DAY);
        assertThat(merged.ids()).containsExactly("test.day", "test.name");
    }
}
