package io.kzmonitor.fetcher.politeness;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per site (scheme, host and port), parsed with crawler-commons' {@link SimpleRobotRulesParser}
 * and cached: answers whether a URL may be fetched and the Crawl-delay to honour (capped). A robots.txt that is
 * missing (4xx) allows everything; a server error disallows the site until the rules expire (RFC 9309); an
 * unreachable robots.txt allows, since the page fetch will report the network failure itself.
 */
public final class RobotsRules {

    /** Fetches a robots.txt: returns the HTTP status (0 when unreachable) and the body. */
    public interface RobotsSource {
        /**
         * The answer for a robots.txt URL.
         *
         * @param status HTTP status, 0 when no response
         * @param body the body, empty unless 2xx
         */
        record Answer(int status, byte[] body) {}

        Answer fetch(String robotsUrl);
    }

    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration FAILURE_TTL = Duration.ofMinutes(10);

    private record Entry(BaseRobotRules rules, Instant expires) {}

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final List<String> agentNames;
    private final Duration maxCrawlDelay;
    private final RobotsSource source;
    private final Clock clock;

    /**
     * Creates a rules cache.
     *
     * @param userAgent our User-Agent; its product token (before {@code /}) is the robots.txt agent name
     * @param maxCrawlDelay the largest Crawl-delay honoured
     * @param source how robots.txt files are fetched
     */
    public RobotsRules(String userAgent, Duration maxCrawlDelay, RobotsSource source, Clock clock) {
        this.agentNames = List.of(userAgent.split("[/\\s]")[0].toLowerCase(Locale.ROOT));
        this.maxCrawlDelay = maxCrawlDelay;
        this.source = source;
        this.clock = clock;
    }

    /** Whether {@code url} may be fetched. */
    public boolean isAllowed(URI url) {
        return rulesFor(url).isAllowed(url.toString());
    }

    /** The Crawl-delay of the URL's site, capped; zero when none is set. */
    public Duration crawlDelay(URI url) {
        long ms = rulesFor(url).getCrawlDelay();
        if (ms <= 0 || ms == BaseRobotRules.UNSET_CRAWL_DELAY) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofMillis(ms);
        return d.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : d;
    }

    private BaseRobotRules rulesFor(URI url) {
        String site = url.getScheme().toLowerCase(Locale.ROOT) + "://"
                + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Entry e = cache.get(site);
        if (e == null || now.isAfter(e.expires())) {
            e = load(site + "/robots.txt", now);
            cache.put(site, e);
        }
        return e.rules();
    }

    private Entry load(String robotsUrl, Instant now) {
        RobotsSource.Answer answer = source.fetch(robotsUrl);
        if (answer.status() >= 200 && answer.status() < 300) {
            return new Entry(parser.parseContent(robotsUrl, answer.body(), "text/plain", agentNames), now.plus(TTL));
        }
        if (answer.status() == 0) {
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(FAILURE_TTL));
        }
        return new Entry(parser.failedFetch(answer.status()), now.plus(answer.status() >= 500 ? FAILURE_TTL : TTL));
    }
}
