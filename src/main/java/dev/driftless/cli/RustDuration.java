package dev.driftless.cli;

/**
 * Formats a duration the way Rust's {@code Debug} for {@code Duration} does, as sqlx-cli prints
 * elapsed times: the largest fitting unit (s, ms, µs, ns) with trailing zeros dropped, e.g.
 * {@code 12.345678ms}, {@code 1.5s}, {@code 0ns}.
 */
final class RustDuration {
    private RustDuration() {
    }

    static String format(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return decimal(nanos / 1_000_000_000L, nanos % 1_000_000_000L, 9) + "s";
        }
        if (nanos >= 1_000_000L) {
            return decimal(nanos / 1_000_000L, nanos % 1_000_000L, 6) + "ms";
        }
        if (nanos >= 1_000L) {
            return decimal(nanos / 1_000L, nanos % 1_000L, 3) + "µs";
        }
        return nanos + "ns";
    }

    private static String decimal(long whole, long fraction, int digits) {
        if (fraction == 0) {
            return Long.toString(whole);
        }
        String padded = String.format("%0" + digits + "d", fraction);
        int end = padded.length();
        while (padded.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + padded.substring(0, end);
    }
}
