package io.kzmonitor.notifier.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses webhook URLs that are not http(s) or whose host resolves to a loopback, private, link-local, unique-local,
 * wildcard or cloud-metadata address (server-side request forgery), unless private addresses are allowed.
 */
public final class AddressGuard {

    private static final Set<String> METADATA_HOSTS =
            Set.of("metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal");

    private final boolean allowPrivate;

    /** A guard; {@code allowPrivate} lets loopback and private receivers through (tests, local demo). */
    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL is refused, or empty when it may be called. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme must be http or https");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("URL has no host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (METADATA_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("host " + host + " is a cloud metadata endpoint");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return Optional.of("host " + host + " resolves to internal address " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            return Optional.empty(); // not resolvable now: the request fails and is retried
        }
        return Optional.empty();
    }

    /** True for loopback, private (RFC 1918, fc00::/7), link-local (incl. 169.254.169.254), CGNAT, wildcard. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127); // this-network, CGNAT 100.64/10
    }
}
