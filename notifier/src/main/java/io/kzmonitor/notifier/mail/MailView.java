package io.kzmonitor.notifier.mail;

import io.kzmonitor.contracts.FlaggedArticle;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the email templates show of a flagged article: display strings, the snippet cut into plain and highlighted
 * parts, and the matches that explain the decision.
 *
 * @param subscriptionName name of the subscription the mail is for
 * @param title headline
 * @param url article URL
 * @param sourceName source name
 * @param language language tag and English name, e.g. "Arabic (ar)"
 * @param languageTag the language tag, e.g. "ar"
 * @param dir {@code rtl} or {@code ltr}
 * @param published publication time in UTC, or "unknown"
 * @param categories categories with subtopics, e.g. "reforms (constitution, elections)"
 * @param score the analyzer score, two decimals
 * @param snippet the snippet, cut into parts
 * @param matches why it matched
 */
public record MailView(
        String subscriptionName,
        String title,
        String url,
        String sourceName,
        String language,
        String languageTag,
        String dir,
        String published,
        String categories,
        String score,
        List<Part> snippet,
        List<FlaggedArticle.Match> matches) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A piece of the snippet; {@code mark} when it is matched text. */
    public record Part(String text, boolean mark) {}

    /** The view of an article for one subscription. */
    public static MailView of(String subscriptionName, FlaggedArticle a) {
        String languageName = Locale.forLanguageTag(a.language()).getDisplayLanguage(Locale.ENGLISH);
        String language = languageName.isBlank() ? a.language() : languageName + " (" + a.language() + ")";
        String categories = a.categories().stream()
                .map(c -> c.subtopics().isEmpty() ? c.name() : c.name() + " (" + String.join(", ", c.subtopics()) + ")")
                .collect(Collectors.joining("; "));
        return new MailView(
                subscriptionName,
                a.title(),
                a.url(),
                a.sourceName(),
                language,
                a.language(),
                TextDirection.of(a.language()),
                a.publishedAt() == null ? "unknown" : TIME.format(a.publishedAt()),
                categories.isEmpty() ? "-" : categories,
                String.format(Locale.ROOT, "%.2f", a.score()),
                highlight(a.snippet(), a.matches()),
                a.matches());
    }

    /** Cuts the snippet into parts, marking the first occurrence of each matched text. */
    public static List<Part> highlight(String snippet, List<FlaggedArticle.Match> matches) {
        boolean[] marked = new boolean[snippet.length()];
        String lower = snippet.toLowerCase(Locale.ROOT);
        for (FlaggedArticle.Match m : matches) {
            String needle = m.text().toLowerCase(Locale.ROOT);
            int at = needle.isBlank() || needle.length() != m.text().length() ? -1 : lower.indexOf(needle);
            for (int i = at; at >= 0 && i < at + needle.length(); i++) {
                marked[i] = true;
            }
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= snippet.length(); i++) {
            if (i == snippet.length() || marked[i] != marked[start]) {
                parts.add(new Part(snippet.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }
}
