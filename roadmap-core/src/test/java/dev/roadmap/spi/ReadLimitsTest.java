package dev.roadmap.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaultsAreTheDocumentedConstants() {
        ReadLimits d = ReadLimits.defaults();
        assertThat(d).isEqualTo(new ReadLimits(ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES, ReadLimits.DEFAULT_MAX_SKILLS,
                ReadLimits.DEFAULT_MAX_PREREQUISITES, ReadLimits.DEFAULT_MAX_NESTING_DEPTH, ReadLimits.DEFAULT_MAX_STRING_LENGTH,
                ReadLimits.DEFAULT_MAX_TABLE_CELLS, ReadLimits.DEFAULT_MAX_TOPICS_PER_SKILL));
        assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    }

    @Test
    void eachSetterChangesOnlyItsLimit() {
        ReadLimits l = ReadLimits.defaults().toBuilder().maxDocumentBytes(1).maxSkills(2).maxPrerequisites(3)
                .maxNestingDepth(4).maxStringLength(5).maxTableCells(6).maxTopicsPerSkill(7).build();
        assertThat(l).isEqualTo(new ReadLimits(1, 2, 3, 4, 5, 6, 7));
        assertThat(l.toBuilder().maxSkills(20).build()).isEqualTo(new ReadLimits(1, 20, 3, 4, 5, 6, 7));
    }

    @Test
    void aLimitBelowOneIsRefusedByTheSetterAndTheConstructor() {
        ReadLimits.Builder b = ReadLimits.defaults().toBuilder();
        assertThatThrownBy(() -> b.maxTableCells(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTableCells must be >= 1, got 0");
        assertThatThrownBy(() -> b.maxDocumentBytes(-5)).hasMessage("maxDocumentBytes must be >= 1, got -5");
        assertThat(b.build()).as("a refused value leaves the builder as it was").isEqualTo(ReadLimits.defaults());
        assertThatThrownBy(() -> new ReadLimits(1, 1, 1, 1, 1, 1, 0)).hasMessage("maxTopicsPerSkill must be >= 1, got 0");
    }
}
