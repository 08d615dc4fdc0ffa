package dev.roadmap.plugins.psplib;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Launches {@link PsplibQuality} under Maven when {@code -Dpsplib.report=j30[,j60...]} is given
 * (optionally {@code -Dpsplib.dir=DIR}); skipped otherwise, so normal builds never run it.
 */
class PsplibQualityReport {

    @Test
    void printsTheQualityReport() throws Exception {
        String sets = System.getProperty("psplib.report");
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "-Dpsplib.report not given");
        String dir = System.getProperty("psplib.dir");
        Path data = dir != null ? Path.of(dir) : PsplibSet.sharedDirectory().orElse(null);
        Assumptions.assumeTrue(data != null, "shared/benchmarks/psplib not found");
        List<String> names = Arrays.stream(sets.split(",")).map(String::trim).toList();
        PsplibQuality.report(data, names, System.out);
    }
}
