package io.kzmonitor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // case of scheme and host, default port, fragment
                "HTTPS://Www.Example.COM:443/News/A#comments | https://www.example.com/News/A",
                "http://example.com:80 | http://example.com/",
                "http://example.com:8080/a/ | http://example.com:8080/a",
                // tracking parameters removed, others sorted, empty ones dropped
                "https://e.kz/a?utm_source=tw&b=2&fbclid=x&a=1&&gclid=y | https://e.kz/a?a=1&b=2",
                "https://e.kz/a?UTM_Campaign=x&id=5 | https://e.kz/a?id=5",
                // trailing slashes and dot segments
                "https://e.kz/news/2024/./a/../b/ | https://e.kz/news/2024/b",
                "https://e.kz/news// | https://e.kz/news",
                // percent-encoding: unreserved decoded, other escapes upper-cased, raw non-ASCII encoded
                "https://e.kz/%7euser/%41b%2f | https://e.kz/~user/Ab%2F",
                "https://e.kz/новости/1 | https://e.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1",
                "https://e.kz/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/1 | https://e.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1",
                "https://e.kz/a b?q=a b | https://e.kz/a%20b?q=a%20b",
                // internationalised hosts
                "https://Президент.рф/news/1 | https://xn--d1abbgf6aiiy.xn--p1ai/news/1",
                "https://xn--d1abbgf6aiiy.xn--p1ai./news/1 | https://xn--d1abbgf6aiiy.xn--p1ai/news/1",
                // user info is not part of the identity
                "https://user:pw@e.kz/a | https://e.kz/a",
            })
    void shouldNormaliseTrickyUrls(String input, String expected) {
        // when
        String normalised = ArticleIds.normalise(input);

        // then
        assertThat(normalised).isEqualTo(expected);
    }

    @Test
    void shouldGiveTheSameIdToVariantsOfOneArticle() {
        // given
        String plain = "https://www.inform.kz/ar/article/123";

        // when / then
        assertThat(ArticleIds.idOf("https://WWW.inform.kz/ar/article/123/?utm_medium=rss#top"))
                .isEqualTo(ArticleIds.idOf(plain));
        assertThat(ArticleIds.idOf(plain)).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldGiveDifferentIdsToDifferentArticles() {
        assertThat(ArticleIds.idOf("https://e.kz/a?id=1")).isNotEqualTo(ArticleIds.idOf("https://e.kz/a?id=2"));
        assertThat(ArticleIds.idOf("https://e.kz/News")).isNotEqualTo(ArticleIds.idOf("https://e.kz/news"));
    }

    @Test
    void shouldBeIdempotent() {
        String once = ArticleIds.normalise("https://E.kz/./a/%7e/б?utm_x=1&z=%zz&a#f");
        assertThat(ArticleIds.normalise(once)).isEqualTo(once);
    }

    @Test
    void shouldRejectRelativeOrHostlessUrls() {
        assertThatThrownBy(() -> ArticleIds.normalise("/news/1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleIds.normalise("https:///news")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleIds.normalise(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
