package dev.roadmap.plugins.psplib;

import dev.roadmap.core.SourceLocation;

/**
 * A parsed {@code .sm} instance as plain arrays, jobs indexed {@code 0..n-1} in file order of the
 * precedence section, with the locations the importer names in its errors.
 */
final class SmInstance {
    private final int[] number;
    private final int[][] successors;
    private final int[] duration;
    private final long[][] requests;
    private final long[] availability;
    private final SourceLocation[] jobLocation;
    private final SourceLocation[] availabilityLocation;

    SmInstance(int[] number, int[][] successors, int[] duration, long[][] requests, long[] availability,
               SourceLocation[] jobLocation, SourceLocation[] availabilityLocation) {
        this.number = number;
        this.successors = successors;
        this.duration = duration;
        this.requests = requests;
        this.availability = availability;
        this.jobLocation = jobLocation;
        this.availabilityLocation = availabilityLocation;
    }

    int jobs() {
        return number.length;
    }

    int resources() {
        return availability.length;
    }

    /** @return the job's number in the file (1-based) */
    int number(int j) {
        return number[j];
    }

    /** @return the successors of job j as job indexes */
    int[] successors(int j) {
        return successors[j];
    }

    int duration(int j) {
        return duration[j];
    }

    long request(int j, int r) {
        return requests[j][r];
    }

    long availability(int r) {
        return availability[r];
    }

    SourceLocation jobLocation(int j) {
        return jobLocation[j];
    }

    SourceLocation availabilityLocation(int r) {
        return availabilityLocation[r];
    }
}
