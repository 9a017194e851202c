package io.kzmonitor.contracts;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article ids: a stable hash of the canonical URL after normalisation, so the same article fetched twice, from a
 * feed or a sitemap, with or without tracking parameters, has the same id everywhere.
 *
 * <p>Normalisation ({@link #normalise(String)}), in order:
 *
 * <ol>
 *   <li>scheme and host lower-cased; an internationalised host converted to its ASCII (punycode) form; a trailing
 *       dot on the host removed; user info removed; the default port (80 for http, 443 for https) removed;
 *   <li>the fragment removed;
 *   <li>percent-encoding made canonical in path and query: escapes of unreserved characters ({@code A-Z a-z 0-9 - . _
 *       ~}) decoded, other escapes upper-cased, raw non-ASCII characters and spaces encoded as UTF-8 escapes (so a
 *       raw Cyrillic path and its encoded form are one URL);
 *   <li>dot segments ({@code .}, {@code ..}) resolved; an empty path becomes {@code /}; a trailing slash on a
 *       non-root path removed;
 *   <li>tracking parameters removed ({@code utm_*}, {@code fbclid}, {@code gclid} and the others in
 *       {@link #TRACKING_PARAMETERS}), empty parameters dropped, the rest sorted by name then value.
 * </ol>
 *
 * <p>Not done, on purpose: {@code http} and {@code https} stay distinct, {@code www.} is kept, and path case is
 * kept, because sites may serve different content there. The id is the first 64 bits of the SHA-256 of the
 * normalised URL, as 16 lower-case hex digits.
 */
public final class ArticleIds {

    /** Query parameters that only track the visitor and never select content. */
    public static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "yclid",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "igshid",
            "ocid",
            "cmpid",
            "s_cid",
            "ref_src",
            "xtor",
            "__twitter_impression",
            "at_medium",
            "at_campaign");

    private static final Pattern URL =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile("^(.*?)(?::(\\d*))?$");
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    /** Characters left as they are in a path (RFC 3986 pchar minus unreserved, plus '/'). */
    private static final String PATH_SAFE = "!$&'()*+,;=:@/";
    /** Characters left as they are in a query name or value ('&' and '=' are separators there). */
    private static final String QUERY_SAFE = "!$'()*+,;:@/?";

    private ArticleIds() {}

    /** The article id of a URL: 16 hex digits of the SHA-256 of {@link #normalise(String)}. */
    public static String idOf(String url) {
        return HexFormat.of().formatHex(ContentHash.sha256(normalise(url)), 0, 8);
    }

    /**
     * The normalised form of an absolute http(s) URL, as documented on this class.
     *
     * @throws IllegalArgumentException when the URL is not absolute
     */
    public static String normalise(String url) {
        if (url == null) {
            throw new IllegalArgumentException("URL is null");
        }
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String authority = normaliseAuthority(scheme, m.group(2));
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        String path = normalisePath(m.group(3));
        String query = normaliseQuery(m.group(4));
        return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String normaliseAuthority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        Matcher m = PORT.matcher(hostPort);
        m.matches();
        String host = decode(m.group(1)).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!host.startsWith("[")) {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        }
        String port = m.group(2);
        boolean defaultPort = port == null
                || port.isEmpty()
                || ("http".equals(scheme) && "80".equals(port))
                || ("https".equals(scheme) && "443".equals(port));
        return defaultPort ? host : host + ":" + port;
    }

    private static String normalisePath(String rawPath) {
        String path = recode(rawPath, PATH_SAFE);
        if (path.isEmpty()) {
            return "/";
        }
        Deque<String> out = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (".".equals(segment)) {
                continue;
            }
            if ("..".equals(segment)) {
                out.pollLast();
                continue;
            }
            out.addLast(segment);
        }
        while (out.size() > 0 && out.peekLast().isEmpty()) {
            out.pollLast();
        }
        return "/" + String.join("/", out);
    }

    private static String normaliseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> params = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = recode(eq >= 0 ? pair.substring(0, eq) : pair, QUERY_SAFE);
            String value = eq >= 0 ? recode(pair.substring(eq + 1), QUERY_SAFE) : null;
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower)) {
                continue;
            }
            params.add(new String[] {name, value});
        }
        params.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : String.valueOf(a[1]).compareTo(String.valueOf(b[1]));
        });
        StringBuilder sb = new StringBuilder();
        for (String[] p : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]);
            if (p[1] != null) {
                sb.append('=').append(p[1]);
            }
        }
        return sb.toString();
    }

    /**
     * Decodes escapes of unreserved characters, upper-cases the other escapes and encodes everything that is neither
     * unreserved nor in {@code safe} (non-ASCII as UTF-8).
     */
    private static String recode(String s, String safe) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int decoded = Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16);
                if (decoded < 128 && UNRESERVED.indexOf(decoded) >= 0) {
                    out.append((char) decoded);
                } else {
                    appendEscape(out, decoded);
                }
                i += 2;
            } else if (b < 128 && (UNRESERVED.indexOf(b) >= 0 || safe.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void appendEscape(StringBuilder out, int b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
