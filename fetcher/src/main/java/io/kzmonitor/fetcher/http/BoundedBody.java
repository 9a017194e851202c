package io.kzmonitor.fetcher.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Reads a response body, decompressing gzip/deflate, and refuses more than a maximum number of bytes. */
final class BoundedBody {

    private BoundedBody() {}

    /** Thrown when the (decompressed) body exceeds the limit: protects against huge bodies and zip bombs. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("body larger than " + max + " bytes");
        }
    }

    static byte[] read(InputStream raw, String contentEncoding, long max) throws IOException {
        String enc = contentEncoding.toLowerCase(Locale.ROOT).trim();
        InputStream in =
                switch (enc) {
                    case "gzip", "x-gzip" -> new GZIPInputStream(new LimitedStream(raw, max));
                    case "deflate" -> new InflaterInputStream(new LimitedStream(raw, max));
                    default -> raw;
                };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new TooLargeException(max);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Caps the compressed stream too, so that a huge compressed body is not downloaded for nothing. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long max;
        private long count;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) {
                throw new TooLargeException(max);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > max) {
                throw new TooLargeException(max);
            }
            return n;
        }
    }
}
