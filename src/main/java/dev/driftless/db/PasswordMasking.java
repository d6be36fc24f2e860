package dev.driftless.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in database URLs that were never parsed: a mistyped option's value, a line of a
 * .env file, text quoted back by the argument parser. It errs on the side of hiding too much. A
 * parsed {@link DatabaseUrl} masks itself exactly ({@link DatabaseUrl#masked()}, {@link DatabaseUrl#scrub}).
 */
public final class PasswordMasking {
    static final String MASK = "****";
    /** The value of a {@code password=} query parameter, the one other place {@link DatabaseUrl} reads a password. */
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&]password=)[^&#]*");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String QUOTES = "'\"`";

    private PasswordMasking() {
    }

    /**
     * One URL that may not even parse, masked: everything between the first ':' after the scheme
     * and the last '@' is hidden, so a password holding an unencoded '/', '?', '#' or space does
     * not leak either; so is the value of a {@code password=} query parameter.
     */
    public static String maskUrl(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int at = url.lastIndexOf('@');
        int colon = url.indexOf(':', start);
        String masked = url;
        if (at > start && colon >= 0 && colon < at) {
            masked = url.substring(0, colon + 1) + MASK + url.substring(at);
        }
        return QUERY_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * Free text with every URL-looking word (one holding {@code ://} or a {@code password=}
     * parameter) masked by {@link #maskUrl}; quotes around a word are kept, so
     * {@code 'postgres://u:secret@h/db',} becomes {@code 'postgres://u:****@h/db',}. Words end at
     * white space: a password holding a space is hidden here only up to it, which is why the
     * command line also masks each of its arguments whole.
     */
    public static String maskUrlsIn(String text) {
        if (text == null || !looksLikeUrl(text)) {
            return text;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(masked, Matcher.quoteReplacement(maskWord(words.group())));
        }
        return words.appendTail(masked).toString();
    }

    private static boolean looksLikeUrl(String text) {
        return text.contains("://") || QUERY_PASSWORD.matcher(text).find();
    }

    private static String maskWord(String word) {
        if (!looksLikeUrl(word)) {
            return word;
        }
        int open = 0;
        while (open < word.length() && QUOTES.indexOf(word.charAt(open)) >= 0) {
            open++;
        }
        // The closing quote is the last one of the same kind, with what follows it (",", ":", ".").
        int close = open == 0 ? word.length() : word.lastIndexOf(word.charAt(open - 1));
        if (close < open) {
            close = word.length();
        }
        String inside = word.substring(open, close);
        return word.substring(0, open) + maskUrl(inside) + word.substring(close);
    }
}
