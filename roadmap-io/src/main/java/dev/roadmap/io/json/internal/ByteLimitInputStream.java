package dev.roadmap.io.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails as soon as they exceed a limit, so that an
 * oversized document is refused before it is buffered. Does not close the wrapped stream
 * unless closed itself; not thread-safe.
 */
public final class ByteLimitInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    /**
     * @param in    the stream to read
     * @param limit most bytes allowed
     */
    public ByteLimitInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws DocumentTooLargeException {
        count += n;
        if (count > limit) {
            throw new DocumentTooLargeException(limit);
        }
    }

    /** Thrown through the JSON parser when the document is longer than the limit. */
    public static final class DocumentTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        DocumentTooLargeException(long limit) {
            super("document is larger than " + limit + " bytes");
        }
    }
}
