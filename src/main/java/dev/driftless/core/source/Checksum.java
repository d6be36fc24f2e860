package dev.driftless.core.source;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-384 checksum as sqlx stores it in the ledger: 48 raw bytes, shown as lowercase hex. */
public final class Checksum {
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] bytes;

    private Checksum(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Checksum of(byte[] bytes) {
        return new Checksum(bytes.clone());
    }

    public static Checksum fromHex(String hex) {
        return new Checksum(HEX.parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Full lowercase hex, as `sqlx migrate info` prints it. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** The first 12 hex digits, for narrow views. */
    public String shortHex() {
        String hex = hex();
        return hex.length() <= 12 ? hex : hex.substring(0, 12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checksum that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
