package io.kzmonitor.notifier.digest;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.mail.MailView;
import io.kzmonitor.notifier.mail.TextDirection;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the digest templates show: the gathered articles grouped by their main category, one entry per story (articles
 * with the same near-duplicate signature collapsed, the best-scored one shown, the other outlets listed as "also
 * reported by").
 *
 * @param subscriptionName subscription name
 * @param schedule the schedule, e.g. "daily at 08:00 Asia/Almaty"
 * @param articleCount number of articles gathered
 * @param storyCount number of entries after collapsing
 * @param groups the entries by category
 */
public record DigestView(
        String subscriptionName, String schedule, int articleCount, int storyCount, List<Group> groups) {

    /** The entries of one category. */
    public record Group(String category, List<Entry> entries) {}

    /**
     * One story.
     *
     * @param title headline of the shown article
     * @param url its URL
     * @param sourceName its source
     * @param language its language tag
     * @param dir {@code rtl} or {@code ltr}
     * @param published local publication time in the digest's zone, or "unknown"
     * @param snippet snippet parts, matched text marked
     * @param why the matches, as "rule: text" items
     * @param alsoReportedBy other outlets with the same story, "Source (language)"
     */
    public record Entry(
            String title,
            String url,
            String sourceName,
            String language,
            String dir,
            String published,
            List<MailView.Part> snippet,
            List<String> why,
            List<String> alsoReportedBy) {}

    /** Builds the view of a digest of {@code articles} in the zone of {@code schedule}. */
    public static DigestView of(String subscriptionName, DigestSchedule schedule, List<FlaggedArticle> articles) {
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(schedule.zone());
        Map<String, List<FlaggedArticle>> stories = new LinkedHashMap<>();
        for (FlaggedArticle a : articles) {
            String key = a.signature().isBlank() ? "id:" + a.id() : "sig:" + a.signature();
            stories.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Entry>> byCategory = new TreeMap<>();
        stories.values().forEach(story -> {
            List<FlaggedArticle> ranked = story.stream()
                    .sorted(Comparator.comparingDouble(FlaggedArticle::score).reversed())
                    .toList();
            FlaggedArticle shown = ranked.get(0);
            byCategory
                    .computeIfAbsent(mainCategory(shown), c -> new ArrayList<>())
                    .add(entry(shown, ranked, time));
        });
        List<Group> groups = byCategory.entrySet().stream()
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new DigestView(subscriptionName, schedule.toString(), articles.size(), stories.size(), groups);
    }

    private static Entry entry(FlaggedArticle shown, List<FlaggedArticle> story, DateTimeFormatter time) {
        List<String> others = story.stream()
                .skip(1)
                .map(a -> a.sourceName() + " (" + a.language() + ")")
                .distinct()
                .toList();
        List<String> why = shown.matches().stream()
                .map(m -> m.ruleId() + ": " + m.text())
                .distinct()
                .collect(Collectors.toList());
        return new Entry(
                shown.title(),
                shown.url(),
                shown.sourceName(),
                shown.language(),
                TextDirection.of(shown.language()),
                shown.publishedAt() == null ? "unknown" : time.format(shown.publishedAt()),
                MailView.highlight(shown.snippet(), shown.matches()),
                why,
                others);
    }

    private static String mainCategory(FlaggedArticle a) {
        return a.categories().stream()
                .max(Comparator.comparingDouble(FlaggedArticle.Category::score))
                .map(FlaggedArticle.Category::name)
                .orElse("other");
    }
}
