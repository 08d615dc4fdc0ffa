package dev.roadmap.plugins.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.reader.UniversalProjectReader;

class MspdiFormatContractTest extends FormatContract {

    MspdiFormatContractTest() {
        super(format("mspdi").planExporter(new MspdiPlanExporter()).hostileTitles(MspdiFormatContractTest::xmlGivesTheTitlesBack));
    }

    /**
     * The hostile titles come back unchanged from an XML parser, so none broke the markup; task names are
     * one line, so line breaks and tabs are written as spaces.
     */
    static void xmlGivesTheTitlesBack(String output) {
        ProjectFile read;
        try {
            read = new UniversalProjectReader().read(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the MSPDI output does not parse", e);
        }
        assertThat(read).isNotNull();
        assertThat(read.getTasks().stream().filter(t -> !t.getSummary()).map(Task::getName))
                .containsExactlyElementsOf(SampleRoadmaps.HOSTILE_TITLES.stream()
                        .map(title -> title.replaceAll("[\\t\\r\\n]+", " ")).toList());
        assertThat(read.getTasks().stream().filter(Task::getSummary).map(Task::getName))
                .containsExactly("Group; with: [specials] \"q\"");
    }
}
