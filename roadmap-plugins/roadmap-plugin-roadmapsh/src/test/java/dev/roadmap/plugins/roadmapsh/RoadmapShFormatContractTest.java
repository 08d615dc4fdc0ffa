package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.Resources;

/** roadmap.sh files are only imported: the contract reads the editor and legacy fixtures and refuses broken shapes. */
class RoadmapShFormatContractTest extends FormatContract {

    RoadmapShFormatContractTest() {
        super(format("roadmapsh").importer(new RoadmapShImporter())
                .samples(new Sample("webdev.json", Resources.text("/roadmapsh/webdev/webdev.json")),
                        new Sample("legacy.json", Resources.text("/roadmapsh/legacy.json")))
                .malformed(Sample.allIn("/roadmapsh/malformed")));
    }
}
