package dev.roadmap.archfixture.spi;

/** Fixture breaking the rules on purpose: the SPI must depend only on the model and the JDK. */
public final class BadSpi {
    /** @return a picocli object, which the SPI must never reference */
    public Object cli() {
        return new picocli.CommandLine.Help.ColorScheme.Builder();
    }
}
