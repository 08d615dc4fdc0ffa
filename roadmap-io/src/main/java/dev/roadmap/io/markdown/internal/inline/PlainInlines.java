package dev.roadmap.io.markdown.internal.inline;

import java.lang.reflect.Constructor;
import java.util.Optional;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;

/**
 * An {@link InlineParserFactory} whose parsers give a block's content that cannot hold inline markup its
 * nodes directly ({@link PlainInlineParser}) and hand every other content to commonmark-java's own
 * inline parser for the same context. commonmark 0.24 offers no public way to create its own inline
 * parser (the builder's default is {@code org.commonmark.internal.InlineParserImpl::new}), so this
 * creates that class through its public constructor; where it cannot (commonmark on the module path
 * without {@code --add-exports org.commonmark/org.commonmark.internal=dev.roadmap.io}, or a commonmark
 * without that class), {@link #install} leaves the builder as it is and the parse is commonmark's own,
 * with the same trees, only slower. See docs/design-decisions.md.
 */
public final class PlainInlines implements InlineParserFactory {
    private static final String DEFAULT_PARSER = "org.commonmark.internal.InlineParserImpl";
    /** The constructor of commonmark's inline parser, or null when this module cannot call it. */
    private static final Constructor<? extends InlineParser> COMMONMARK = commonmarkConstructor();

    private PlainInlines() {
    }

    /**
     * @param builder a builder with commonmark's own inline syntax (no inline content parsers, delimiter
     *                processors, link processors or link markers of extensions)
     * @return the builder, with this factory when commonmark's own inline parser can be created
     */
    public static Parser.Builder install(Parser.Builder builder) {
        return factory().map(builder::inlineParserFactory).orElse(builder);
    }

    /** @return the factory, unless commonmark's own inline parser cannot be created from here */
    public static Optional<InlineParserFactory> factory() {
        return COMMONMARK == null ? Optional.empty() : Optional.of(new PlainInlines());
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        try {
            return new PlainInlineParser(context, COMMONMARK.newInstance(context));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("commonmark's inline parser could not be created", e);
        }
    }

    private static Constructor<? extends InlineParser> commonmarkConstructor() {
        try {
            Class<? extends InlineParser> type = Class.forName(DEFAULT_PARSER, false, Parser.class.getClassLoader())
                    .asSubclass(InlineParser.class);
            Constructor<? extends InlineParser> constructor = type.getConstructor(InlineParserContext.class);
            return constructor.canAccess(null) ? constructor : null;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException | SecurityException e) {
            return null;
        }
    }
}
