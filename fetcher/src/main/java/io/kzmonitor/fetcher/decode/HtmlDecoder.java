package io.kzmonitor.fetcher.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML bytes into Unicode text without mojibake. Order: byte-order mark; charset of the HTTP Content-Type
 * header; {@code <meta charset>} or {@code http-equiv} in the first 4 KB; then, when none is given or the given one
 * is contradicted by the bytes (invalid UTF-8, or a Latin-1/ASCII label on bytes a detector places elsewhere),
 * strict UTF-8 if the bytes are valid UTF-8, else ICU4J's {@link CharsetDetector}. The result is NFC-normalised.
 */
public final class HtmlDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Labels servers and pages often put on bytes that are really something else. */
    private static final Set<String> WEAK_LABELS = Set.of("iso-8859-1", "windows-1252", "us-ascii");

    private static final int DETECTION_MIN_CONFIDENCE = 30;

    /** Decodes {@code body} using the Content-Type header value {@code contentType} (may be null). */
    public DecodedText decode(byte[] body, String contentType) {
        DecodedText decoded = decodeRaw(body, contentType);
        String text = decoded.text();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new DecodedText(text, decoded.charset(), decoded.origin());
    }

    private DecodedText decodeRaw(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new DecodedText(new String(body, skip, body.length - skip, bom), bom.name(), "bom");
        }
        Charset declared = null;
        String origin = null;
        if (contentType != null) {
            declared = charsetOf(HEADER_CHARSET.matcher(contentType));
            origin = "header";
        }
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            declared = charsetOf(META_CHARSET.matcher(head));
            origin = "meta";
        }
        boolean ascii = isAscii(body);
        if (ascii) {
            Charset cs = declared != null ? declared : StandardCharsets.UTF_8;
            return new DecodedText(new String(body, cs), cs.name(), declared != null ? origin : "default");
        }
        // decoded once, strictly: valid UTF-8 both answers "is the label right?" and gives the text
        String utf8 = strictUtf8(body);
        if (declared != null && trusted(declared, body, utf8 != null)) {
            String text = utf8 != null && declared.name().equals("UTF-8") ? utf8 : new String(body, declared);
            return new DecodedText(text, declared.name(), origin);
        }
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", "utf-8-valid");
        }
        Charset detected = detect(body);
        if (detected != null) {
            return new DecodedText(new String(body, detected), detected.name(), "detected");
        }
        Charset fallback = declared != null ? declared : Charset.forName("windows-1252");
        return new DecodedText(new String(body, fallback), fallback.name(), "default");
    }

    /** Whether the declared charset can be believed for these (non-ASCII) bytes. */
    private boolean trusted(Charset declared, byte[] body, boolean validUtf8) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        if (name.equals("utf-8")) {
            return validUtf8;
        }
        if (validUtf8) {
            // multi-byte UTF-8 sequences essentially never occur by chance in legacy-encoded text: a stale label
            return false;
        }
        if (WEAK_LABELS.contains(name)) {
            Charset detected = detect(body);
            return detected == null || WEAK_LABELS.contains(detected.name().toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** ICU4J detection over the bytes with markup filtered out; null when unsure. */
    static Charset detect(byte[] body) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(body);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < DETECTION_MIN_CONFIDENCE) {
            return null;
        }
        String name = match.getName();
        // ICU reports the ISO variants for texts the Windows code pages also decode, and the Windows pages are what
        // legacy news sites use; GB18030 is a superset of GB2312/GBK.
        name = switch (name) {
            case "ISO-8859-6" -> "windows-1256";
            case "ISO-8859-1" -> "windows-1252";
            case "ISO-8859-9" -> "windows-1254";
            default -> name;
        };
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    private static Charset charsetOf(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        try {
            Charset cs = Charset.forName(name.equalsIgnoreCase("gb2312") ? "GBK" : name);
            // WHATWG: a page labelled latin-1 is decoded as windows-1252
            return cs.name().equalsIgnoreCase("ISO-8859-1") ? Charset.forName("windows-1252") : cs;
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
