package dev.driftless.ui.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the ledger view writes times and durations; kept apart so it can be tested without a window. */
public final class LedgerFormat {
    private static final DateTimeFormatter INSTALLED_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NONE = "—";

    private LedgerFormat() {
    }

    /** The installation time in the given (normally the local) time zone; "—" when unknown. */
    public static String installedOn(Instant installedOn, ZoneId zone) {
        return installedOn == null ? NONE : INSTALLED_ON.format(installedOn.atZone(zone));
    }

    /**
     * An execution time in the largest unit that keeps it at least 1 (ns, µs, ms, s); "—" for -1,
     * which sqlx writes until the migration's transaction has committed.
     */
    public static String executionTime(long nanos) {
        if (nanos < 0) {
            return NONE;
        }
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000) {
            return scaled(nanos / 1e3, "µs");
        }
        if (nanos < 1_000_000_000) {
            return scaled(nanos / 1e6, "ms");
        }
        return scaled(nanos / 1e9, "s");
    }

    /** "3s ago", "5m ago", "2h ago": coarse, for a line that ticks every second. */
    public static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return seconds + "s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m ago";
        }
        return seconds / 3600 + "h ago";
    }

    private static String scaled(double value, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", value, unit);
    }
}
