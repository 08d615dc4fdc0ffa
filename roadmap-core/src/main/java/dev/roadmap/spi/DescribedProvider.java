package dev.roadmap.spi;

import java.util.Objects;

/** What the abstract provider bases share: the descriptor, given once at construction. */
abstract class DescribedProvider {
    private final FormatDescriptor descriptor;

    DescribedProvider(FormatDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor must not be null");
    }

    /**
     * Checks one argument of a provider call, so that a null fails at once and names it.
     *
     * @param argument the argument
     * @param name     its parameter name
     * @return the argument
     * @throws NullPointerException {@code "<name> must not be null"} when it is null
     */
    static <T> T given(T argument, String name) {
        return Objects.requireNonNull(argument, () -> name + " must not be null");
    }

    /** @return the format's identity */
    public final FormatDescriptor descriptor() {
        return descriptor;
    }
}
