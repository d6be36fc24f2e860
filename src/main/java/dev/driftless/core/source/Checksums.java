package dev.driftless.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-384 over a migration's bytes, exactly as sqlx computes it. */
public final class Checksums {
    private Checksums() {
    }

    /** Hash of the raw bytes: no trimming, no newline or BOM normalisation. */
    public static Checksum sha384(byte[] content) {
        return Checksum.of(digest().digest(content));
    }

    /**
     * Hash of the text after removing the ignored characters (sqlx 0.9 re-encodes the
     * filtered text as UTF-8, so with nothing ignored this equals {@link #sha384(byte[])}).
     */
    public static Checksum sha384(String text, IgnoredChars ignored) {
        return sha384(ignored.strip(text).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-384");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-384", e);
        }
    }
}
