package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Capacity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The capacity table against its definitions on seeded random capacities (pools and tracks in any
 * map order, zero hours, week overrides): tracks sorted by id with the capacity's hours, and the
 * first week reaching some hours the smallest week whose cumulative hours reach them (by a scan).
 */
class CapacityTableTest {
    @Test
    void answersAsItsDefinitions() {
        Random rnd = new Random(61);
        int reached = 0;
        for (int round = 0; round < 3_000; round++) {
            Capacity capacity = capacity(rnd);
            CapacityTable cap = CapacityTable.of(capacity);
            String[] sorted = capacity.weekly().keySet().toArray(new String[0]);
            Arrays.sort(sorted);
            assertThat(cap.ids).isEqualTo(sorted);
            for (int t = 0; t < cap.trackCount(); t++) {
                for (int week = 1; week <= 12; week++) {
                    assertThat(cap.hours(week, t)).isEqualTo(capacity.hours(week, cap.ids[t]));
                }
                for (int k = 0; k < 20; k++) {
                    double x = rnd.nextInt(4) == 0 ? cap.cumulative(t, rnd.nextInt(30)) + (rnd.nextInt(3) - 1) * 1e-8
                            : rnd.nextDouble() * 120;
                    int expected = byScan(cap, t, x);
                    assertThat(cap.firstWeekReaching(t, x)).as("round %d track %d hours %s", round, t, x).isEqualTo(expected);
                    reached += expected == Integer.MAX_VALUE ? 0 : 1;
                }
            }
        }
        assertThat(reached).isGreaterThan(30_000);
    }

    /** The smallest week whose cumulative hours reach x within the tolerance; none when the usual hours are 0 and the overrides do not. */
    private static int byScan(CapacityTable cap, int t, double x) {
        int limit = cap.lastOverrideWeek() + 200_000;
        for (int w = 0; w <= limit; w++) {
            if (cap.cumulative(t, w) >= x - CapacityTable.TOLERANCE) {
                return w;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Capacity capacity(Random rnd) {
        Capacity c;
        if (rnd.nextInt(3) == 0) {
            c = Capacity.pool(rnd.nextInt(6) == 0 ? 0 : 0.5 * rnd.nextInt(20));
        } else {
            Map<String, Double> hours = new LinkedHashMap<>();
            int tracks = 1 + rnd.nextInt(4);
            for (int t = 0; t < tracks; t++) {
                hours.put("track" + rnd.nextInt(9), rnd.nextInt(8) == 0 ? 0.0 : 0.25 * rnd.nextInt(40));
            }
            c = Capacity.perTrack(hours);
        }
        int overrides = rnd.nextInt(4);
        for (int k = 0; k < overrides; k++) {
            c = c.withWeekOverride(1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 25), rnd.nextInt(3) == 0 ? 0 : 0.5 * rnd.nextInt(16));
        }
        return c;
    }
}
