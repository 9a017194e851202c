package io.kzmonitor.fetcher.poll;

/** Sniffs bodies that are not text whatever their Content-Type says. */
final class Content {

    private Content() {}

    /** Whether the first KB holds NUL or many control bytes, as images, archives and PDFs do. */
    static boolean isBinary(byte[] body) {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE || (body[0] & 0xFF) == 0xFF)) {
            return false; // UTF-16 with a byte-order mark
        }
        int n = Math.min(body.length, 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
