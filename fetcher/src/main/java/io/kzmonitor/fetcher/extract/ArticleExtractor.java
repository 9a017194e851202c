package io.kzmonitor.fetcher.extract;

import io.kzmonitor.fetcher.decode.DecodedText;
import io.kzmonitor.fetcher.decode.HtmlDecoder;
import io.kzmonitor.fetcher.extract.steps.BodyStep;
import io.kzmonitor.fetcher.extract.steps.BoilerplateStep;
import io.kzmonitor.fetcher.extract.steps.DateStep;
import io.kzmonitor.fetcher.extract.steps.JsonLdStep;
import io.kzmonitor.fetcher.extract.steps.LanguageStep;
import io.kzmonitor.fetcher.extract.steps.MetadataStep;
import io.kzmonitor.fetcher.extract.steps.PaywallStep;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts an {@link ExtractedArticle} from the bytes of an article page: decodes them ({@link HtmlDecoder}),
 * parses with Jsoup and runs the {@link ExtractionStep}s in the order of {@link #DEFAULT_STEPS}. Used by the
 * service and by the {@code ExtractCommand} CLI alike. Thread-safe.
 */
public final class ArticleExtractor {

    /** JDK logger: this class also runs in the CLI, whose class path has no JBoss Logging. */
    private static final System.Logger LOG = System.getLogger(ArticleExtractor.class.getName());

    /**
     * The extraction steps, in order. Metadata and paywall signals are read before boilerplate removal (which
     * deletes headers, bylines and paywall notices); the body is chosen after; the language check needs the body.
     */
    public static final List<Supplier<ExtractionStep>> DEFAULT_STEPS = List.of(
            JsonLdStep::new,
            MetadataStep::new,
            DateStep::new,
            PaywallStep::new,
            BoilerplateStep::new,
            BodyStep::new,
            LanguageStep::new);

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final List<ExtractionStep> steps;

    /** Creates an extractor with the default steps. */
    public ArticleExtractor() {
        this.steps = DEFAULT_STEPS.stream().map(Supplier::get).toList();
    }

    /**
     * Extracts the article from a page.
     *
     * @param body the raw bytes
     * @param contentType the Content-Type header, may be null
     * @param url the page URL, used to resolve relative links; may be null
     */
    public ExtractedArticle extract(byte[] body, String contentType, String url) {
        DecodedText decoded = decoder.decode(body, contentType);
        Document document = Jsoup.parse(decoded.text(), url == null ? "" : url);
        ExtractionContext context = new ExtractionContext(document, url, decoded.charset());
        for (ExtractionStep step : steps) {
            try {
                step.apply(context);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        () -> "extraction step " + step.getClass().getSimpleName() + " failed on " + url,
                        e);
            }
        }
        return context.toArticle();
    }
}
