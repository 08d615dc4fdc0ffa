package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Capacity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A re-planner's cache keeps the table while the capacity is equal; a week without an override reads the usual hours. */
    @Test
    void theCacheKeepsTheTableOfAnEqualCapacity() {
        Random rnd = new Random(62);
        SkillLayout.Cache cache = new SkillLayout.Cache();
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 12, 7);
        for (int round = 0; round < 500; round++) {
            Capacity capacity = capacity(rnd);
            CapacityTable table = cache.capacity(capacity);
            assertThat(table.capacity).isEqualTo(capacity);
            Capacity equal = capacity.isPool() ? Capacity.pool(capacity.weekly().get(Capacity.POOL))
                    : Capacity.perTrack(new LinkedHashMap<>(capacity.weekly()));
            for (Map.Entry<Integer, Double> o : capacity.weekOverrides().entrySet()) {
                equal = equal.withWeekOverride(o.getKey(), o.getValue());
            }
            assertThat(cache.capacity(equal)).isSameAs(table);
            Capacity other = capacity.withWeekOverride(40, 1.5);
            assertThat(cache.capacity(other)).isNotSameAs(table);
            assertThat(cache.capacity(other).capacity).isEqualTo(other);
            Map<String, Double> usual = new LinkedHashMap<>();
            for (int t = 0; t < table.trackCount(); t++) {
                usual.put(table.ids[t], table.hours(100, t));
            }
            assertThat(List.copyOf(table.usualWeek(monday).entrySet())).isEqualTo(List.copyOf(usual.entrySet()));
        }
    }

    /** The smallest week whose cumulative hours reach x within the tolerance; none when the usual hours are 0 and the overrides do not. */
    private static int byScan(CapacityTable cap, int t, double x) {
        // after the last override every week adds the usual hours: none more is needed than x of them take
        double usual = cap.hours(cap.lastOverrideWeek() + 1, t);
        int limit = cap.lastOverrideWeek() + 1 + (usual > 0 ? (int) Math.ceil(x / usual) + 1 : 0);
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
