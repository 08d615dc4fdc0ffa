package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content sniffing for auto-detection. */
class JsonSniffTest {
    private final JsonImporter importer = new JsonImporter();

    private double sniff(String fileName, String head) {
        return importer.sniff(fileName, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isConfidentAboutADocumentDeclaringRoadmap1WhateverTheFileName() {
        assertThat(sniff("", "{\n  \"format\": \"roadmap/1\", \"id\": \"x\"}")).isGreaterThanOrEqualTo(0.9);
        assertThat(sniff("notes.txt", "\uFEFF  {\"id\": \"x\", \"format\" : \"roadmap/1\"")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void isUnsureAboutOtherJsonObjectsInJsonFiles() {
        assertThat(sniff("data.JSON", "{\"nodes\": []}")).isGreaterThan(0.2).isLessThan(0.9);
    }

    @Test
    void rejectsEverythingElse() {
        assertThat(sniff("data.txt", "{\"nodes\": []}")).isZero();
        assertThat(sniff("list.json", "[1, 2]")).isZero();
        assertThat(sniff("readme.md", "# Format\n```json\n{\"format\": \"roadmap/1\"}\n```")).isZero();
        assertThat(sniff("empty.json", "")).isZero();
    }

    @Test
    void describesItselfAsTheJsonFormat() {
        assertThat(importer.descriptor().id()).isEqualTo("json");
        assertThat(importer.descriptor().displayName()).isEqualTo("Roadmap JSON (roadmap/1)");
        assertThat(importer.descriptor().extensions()).containsExactly("json");
    }
}
