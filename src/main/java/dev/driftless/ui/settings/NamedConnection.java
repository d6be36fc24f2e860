package dev.driftless.ui.settings;

import dev.driftless.db.DatabaseUrl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A database the user named for one project, such as "local" or "staging", with the colour the
 * window marks it with.
 * <p>
 * <b>The URL never holds a password.</b> Settings are a plain file in the user's folder, so
 * {@link #of} removes the password (from the user info and from a {@code password=} parameter)
 * and the constructor refuses a URL that still has one. The window asks for the password when it
 * connects.
 *
 * @param name   what the user calls this database; not blank
 * @param url    the sqlx database URL without its password
 * @param colour {@code #rrggbb}
 */
public record NamedConnection(String name, String url, String colour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String MASK = "****";

    /**
     * @throws IllegalArgumentException if the name is blank, the colour is not {@code #rrggbb}, or
     *                                  the URL does not parse or holds a password
     */
    public NamedConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(colour, "colour");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a connection needs a name");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour " + colour + " is not #rrggbb");
        }
        // Masking changes a URL exactly when it holds a password, so this catches every form.
        if (!DatabaseUrl.parse(url).masked().equals(url)) {
            throw new IllegalArgumentException("the URL of connection " + name + " holds a password;"
                    + " use NamedConnection.of, which removes it");
        }
    }

    /** A connection for {@code url} with its password removed. */
    public static NamedConnection of(String name, DatabaseUrl url, String colour) {
        return new NamedConnection(name, withoutPassword(url), colour);
    }

    /**
     * The URL with its password taken out, worked out from {@link DatabaseUrl#masked()} so the
     * password itself is never in hand: {@code user:****@} becomes {@code user@} and a
     * {@code password=****} parameter is dropped.
     */
    static String withoutPassword(DatabaseUrl url) {
        String masked = url.masked();
        if (url.kind() != DatabaseUrl.Kind.POSTGRES) {
            return masked; // SQLite URLs carry no credentials
        }
        int authorityStart = masked.indexOf("://") + 3;
        int authorityEnd = indexOfAny(masked, "/?", authorityStart);
        int at = masked.lastIndexOf('@', authorityEnd - 1);
        String beforeHost = masked.substring(0, Math.max(at, authorityStart));
        if (at >= authorityStart && beforeHost.endsWith(":" + MASK)) {
            beforeHost = beforeHost.substring(0, beforeHost.length() - MASK.length() - 1);
        }
        String rest = masked.substring(Math.max(at, authorityStart));
        int queryStart = rest.indexOf('?');
        if (queryStart < 0) {
            return beforeHost + rest;
        }
        String query = Arrays.stream(rest.substring(queryStart + 1).split("&"))
                .filter(pair -> !isPasswordParameter(pair))
                .collect(Collectors.joining("&"));
        return beforeHost + rest.substring(0, queryStart) + (query.isEmpty() ? "" : "?" + query);
    }

    private static boolean isPasswordParameter(String pair) {
        String key = pair.split("=", 2)[0];
        try {
            return URLDecoder.decode(key, StandardCharsets.UTF_8).equals("password");
        } catch (IllegalArgumentException e) {
            return false; // DatabaseUrl already rejected malformed keys; this is only belt and braces
        }
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
