package dev.roadmap.plugins.psplib;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.Resources;

/** The shared format contract for the PSPLIB importer (import only). */
class PsplibFormatContractTest extends FormatContract {

    PsplibFormatContractTest() {
        super(format(PsplibImporter.ID).importer(new PsplibImporter())
                .samples(new Sample("tiny.sm", resource("tiny.sm")), new Sample("three-resources.sm", resource("three-resources.sm")))
                .malformed(malformed(resource("tiny.sm"))));
    }

    private static Sample[] malformed(String tiny) {
        return new Sample[] {
            new Sample("empty.sm", ""),
            new Sample("no-jobs.sm", tiny.replace("jobs (incl. supersource/sink ):  7", "jobs:  7")),
            new Sample("letters.sm", tiny.replace("  2      1     3       2    0", "  2      1     x       2    0")),
            new Sample("self.sm", tiny.replace("   5        1          1           7", "   5        1          1           5")),
            new Sample("short-row.sm", tiny.replace("  3      1     2       3    0", "  3      1     2       3")),
            new Sample("count.sm", tiny.replace("   2        1          1           5", "   2        1          2           5")),
            new Sample("multi-mode.sm", tiny.replace("   6        1          1           7", "   6        2          1           7")),
            new Sample("unknown-successor.sm", tiny.replace("   6        1          1           7", "   6        1          1           9")),
            new Sample("no-availability.sm", tiny.substring(0, tiny.indexOf("RESOURCEAVAILABILITIES:"))),
            new Sample("duplicate.sm", tiny.replace("   6        1          1           7", "   5        1          1           7")),
        };
    }

    static String resource(String name) {
        return Resources.text("/psplib/" + name);
    }
}
