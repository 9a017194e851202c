package io.kzmonitor.analyzer.text;

import java.text.Normalizer;

/**
 * Per-character folding table for the Basic Multilingual Plane: maps one char to its matching form (possibly empty
 * when the char is dropped), built once.
 *
 * <p>Covers NFKC compatibility forms, lower-casing with Turkish dotted/dotless i folded to {@code i}, Latin
 * diacritics, the nine Kazakh Cyrillic letters and {@code ё}, Arabic alef/hamza/taa marbuta/alef maqsura forms,
 * Persian {@code ک ی}, Kazakh Arabic-script (Töte) vowels, harakat, tatweel, Arabic-Indic and Persian digits,
 * dashes, apostrophes, zero-width characters and a table of traditional Chinese characters used by the gazetteer.
 */
public final class CharFolding {

    private CharFolding() {}

    /** The folded form of {@code c}: the char itself when unchanged, {@code ""} when dropped. */
    public static String fold(char c) {
        return Table.TABLE[c];
    }

    private static String[] build() {
        String[] t = new String[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            String s = generic(ch);
            if (!s.equals(String.valueOf(ch))) {
                t[c] = s;
            }
        }
        for (String pair : SPECIAL) {
            t[pair.charAt(0)] = pair.substring(1);
        }
        for (int i = 0; i < TRADITIONAL.length(); i += 2) {
            t[TRADITIONAL.charAt(i)] = String.valueOf(TRADITIONAL.charAt(i + 1));
        }
        return t;
    }

    private static String generic(char ch) {
        if (ch < 0x80) {
            return String.valueOf(Character.toLowerCase(ch));
        }
        String n = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char x = Character.toLowerCase(n.charAt(i));
            if (isLatin(x)) {
                // strip Latin diacritics: keep the base letter of the canonical decomposition
                String d = Normalizer.normalize(String.valueOf(x), Normalizer.Form.NFD);
                char base = d.charAt(0);
                out.append(base < 0x250 ? base : x);
            } else if (Character.getType(x) == Character.NON_SPACING_MARK) {
                // combining marks (accents, harakat) never distinguish our terms
            } else {
                out.append(x);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(char x) {
        return x >= 0xC0 && x < 0x250;
    }

    /** Char followed by its replacement (possibly empty = dropped). */
    private static final String[] SPECIAL = {
        // Turkish dotted / dotless i, Kazakh Latin letters that NFD does not decompose
        "ıi",
        "İi",
        "Ii",
        "ǵg",
        "Ǵg",
        "ñn",
        "ŋn",
        "ßss",
        "øo",
        "Øo",
        "łl",
        "đd",
        "əa",
        "Əa",
        // Kazakh Cyrillic letters and ё
        "әа",
        "Әа",
        "ғг",
        "Ғг",
        "қк",
        "Қк",
        "ңн",
        "Ңн",
        "өо",
        "Өо",
        "ұу",
        "Ұу",
        "үу",
        "Үу",
        "һх",
        "Һх",
        "іи",
        "Іи",
        "ёе",
        "Ёе",
        "ўу",
        "Ўу",
        // Arabic letter forms
        "أا",
        "إا",
        "آا",
        "ٱا",
        "ٲا",
        "ٳا",
        "ةه",
        "ۀه",
        "ىي",
        "ؤو",
        "ئي",
        "کك",
        "یي",
        "ەه",
        "ۆو",
        "ۇو",
        "ۋو",
        "ۈو",
        "ڭن",
        "ڮك",
        "ء",
        "ٴ",
        "ـ",
        // Arabic-Indic and Persian digits, decimal and thousands separators
        "٠0",
        "١1",
        "٢2",
        "٣3",
        "٤4",
        "٥5",
        "٦6",
        "٧7",
        "٨8",
        "٩9",
        "۰0",
        "۱1",
        "۲2",
        "۳3",
        "۴4",
        "۵5",
        "۶6",
        "۷7",
        "۸8",
        "۹9",
        "٫.",
        "٬,",
        "٪%",
        // dashes and apostrophes
        "‐-",
        "‑-",
        "‒-",
        "–-",
        "—-",
        "―-",
        "−-",
        "’'",
        "‘'",
        "´'",
        "ʼ'",
        "`'",
        "ʻ'",
        // invisible characters
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2060",
        "\ufeff",
        "\u00ad",
    };

    /**
     * Traditional to simplified Chinese, pairs of chars: the characters of the gazetteer and the common words around
     * it (a tiny OpenCC subset, enough for matching; unmatched traditional text is kept as is).
     */
    private static final String TRADITIONAL = "薩萨納纳爾尔國国會会憲宪議议選选舉举統统總总與与蘭兰關关係系組组織织亞亚歐欧經经濟济聯联"
            + "體体條条約约協协單单雙双邊边訪访問问談谈習习進进黨党權权員员長长務务領领導导際际戰战夥伙實实現现決决"
            + "參参眾众衆众廢废數数圖图蘇苏匯汇帶带絲丝綢绸羅罗烏乌茲兹別别貿贸簽签閣阁內内團团結结歷历運运動动賽赛"
            + "錦锦標标隊队勝胜氣气溫温報报價价漲涨據据對对發发說说這这為为將将從从們们個个時时後后來来東东區区華华"
            + "線线電电話话過过還还應应開开當当學学處处變变擊击軍军構构機机產产業业維维護护穩稳勢势調调壇坛廳厅屆届"
            + "論论專专門门義义區区傳传媒媒訊讯網网頭头為为號号辦办構构檢检聽听財财稅税銀银貨货幣币險险災灾襲袭禍祸"
            + "車车輛辆鐵铁場场館馆藝艺劇剧樂乐節节獎奖";

    /** Built on first use, after the tables above are initialised. */
    private static final class Table {
        static final String[] TABLE = build();
    }
}
