package dev.driftless.db;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Connecting to PostgreSQL within a time limit, as sqlx-cli's {@code --connect-timeout} does: a
 * refused or reset connection (a server still starting) is tried again after a growing pause
 * until the limit, as sqlx-cli retries; a server that accepts the connection and never answers
 * is given up on at the limit, each attempt bounded by pgjdbc's own timeouts (which otherwise let
 * the SSL request alone wait 5 s, and the login for ever).
 */
final class TimedConnect {
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    /** One connection attempt with the given pgjdbc timeout properties. */
    @FunctionalInterface
    interface Attempt {
        Connection open(Properties timeouts) throws SQLException;
    }

    private TimedConnect() {
    }

    /**
     * @throws ConnectTimeoutException when no attempt succeeded within {@code limit}
     * @throws SQLException            at once, for any other failure (wrong password, no such database)
     */
    static Connection connect(String maskedUrl, Duration limit, Attempt attempt) throws SQLException {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            long remainingMillis = millisUntil(deadline);
            try {
                return attempt.open(timeouts(remainingMillis));
            } catch (SQLException e) {
                remainingMillis = millisUntil(deadline);
                boolean retry = isRefusedOrReset(e);
                if (timedOut(e) || (retry && remainingMillis <= 0)) {
                    throw new ConnectTimeoutException(maskedUrl, limit, String.valueOf(e.getMessage()));
                }
                if (!retry) {
                    throw e;
                }
                sleep(Math.min(pause, remainingMillis));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    /** pgjdbc's timeouts for an attempt that may last {@code millis}; the URL's own connect_timeout wins. */
    private static Properties timeouts(long millis) {
        String seconds = Long.toString(Math.max(1, (millis + 999) / 1000));
        Properties timeouts = new Properties();
        timeouts.setProperty("connectTimeout", seconds);
        // The whole login, in a thread of pgjdbc's, which gives up on a server that never answers.
        timeouts.setProperty("loginTimeout", seconds);
        timeouts.setProperty("sslResponseTimeout", Long.toString(Math.max(1, millis)));
        return timeouts;
    }

    private static long millisUntil(long deadline) {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

    /** pgjdbc's login timeout ("Connection attempt timed out.") comes without a cause; a read timeout with one. */
    private static boolean timedOut(SQLException e) {
        return hasCause(e, SocketTimeoutException.class)
                || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timed out");
    }

    /** What sqlx-cli retries: connection refused, reset or aborted. */
    private static boolean isRefusedOrReset(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof SocketException && (message.contains("reset") || message.contains("abort"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to connect again", "08001", e);
        }
    }
}
