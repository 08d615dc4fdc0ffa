package dev.roadmap.spi;

import java.util.Objects;

/** What the abstract provider bases share: the descriptor, given once at construction. */
abstract class DescribedProvider {
    private final FormatDescriptor descriptor;

    DescribedProvider(FormatDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor must not be null");
    }

    /** @return the format's identity */
    public final FormatDescriptor descriptor() {
        return descriptor;
    }
}
