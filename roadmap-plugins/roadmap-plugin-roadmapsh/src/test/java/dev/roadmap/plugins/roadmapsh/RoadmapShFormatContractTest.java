package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.Resources;

/** roadmap.sh files are only imported: the contract reads the editor and legacy fixtures and refuses broken shapes. */
class RoadmapShFormatContractTest extends FormatContract {

    RoadmapShFormatContractTest() {
        super(format("roadmapsh").importer(new RoadmapShImporter())
                .samples(new Sample("webdev.json", Resources.text("/roadmapsh/webdev/webdev.json")),
                        new Sample("legacy.json", Resources.text("/roadmapsh/legacy.json")))
                .malformed(new Sample("array.json", "[1, 2]"),
                        new Sample("other.json", "{\"title\": \"not a roadmap.sh file\"}"),
                        new Sample("nodes-not-list.json", "{\"nodes\": 3, \"edges\": []}"),
                        new Sample("edges-not-list.json", "{\"nodes\": [], \"edges\": {}}"),
                        new Sample("legacy-without-controls.json", "{\"mockup\": {\"controls\": {}}}"),
                        new Sample("truncated.json", "{\"nodes\": [{\"id\": \"a\", \"type\": \"topic\""),
                        new Sample("duplicate-key.json", "{\"nodes\": [], \"nodes\": []}"),
                        new Sample("trailing.json", "{\"nodes\": [], \"edges\": []} x"),
                        new Sample("empty.json", "")));
    }
}
