package io.kzmonitor.fetcher.decode;

/**
 * Text decoded from bytes, NFC-normalised, with the charset used and where it came from.
 *
 * @param text the decoded text in Unicode NFC
 * @param charset the charset name used
 * @param origin where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code detected},
 *     {@code utf-8-valid} or {@code default}
 */
public record DecodedText(String text, String charset, String origin) {}
