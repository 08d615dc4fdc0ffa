package dev.roadmap.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemasTest {

    @Test
    void shipsTheSchemasOfDocsSchemaByteForByte() throws IOException {
        Path docs = Path.of("../docs/schema");
        assertThat(Schemas.roadmap()).isEqualTo(Files.readString(docs.resolve(Schemas.ROADMAP_FILE)))
                .contains("2020-12");
        assertThat(Schemas.plan()).isEqualTo(Files.readString(docs.resolve(Schemas.PLAN_FILE)))
                .contains("roadmap-plan/1");
        assertThat(Schemas.progress()).isEqualTo(Files.readString(docs.resolve(Schemas.PROGRESS_FILE)))
                .contains("roadmap-progress/1");
        assertThat(Schemas.status()).isEqualTo(Files.readString(docs.resolve(Schemas.STATUS_FILE)))
                .contains("roadmap-status/1");
    }
}
