package dev.driftless.ui.ledger;

import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.SqliteUrl;
import dev.driftless.db.Dialects;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.DaemonThreads;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Watches one database's ledger so the window notices what other processes do to it (an
 * application running sqlx's Migrator at start-up, a teammate's CLI). A daemon thread of its own
 * reads the {@link LedgerDialect#ledgerFingerprint fingerprint} once per interval over one
 * long-lived connection, and calls back when it moves; while nothing changes, that is one tiny
 * query per interval. When the database goes away the poller says so ({@link State#UNREACHABLE})
 * and reconnects with a growing pause.
 * <p>
 * {@link #start} and {@link #stop} are called on the FX thread; the properties and the callback
 * change only there, through {@link BackgroundExecutor#onUiThread}.
 */
public final class LedgerPoller {

    /** What the poller currently knows about the database. */
    public enum State {
        /** Not watching: no database, or stopped. */
        OFF,
        /** The last poll succeeded. */
        LIVE,
        /** The last poll failed; retrying. */
        UNREACHABLE
    }

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(16);
    /** A dropped network must not hang the poller forever in a socket read. */
    private static final int NETWORK_TIMEOUT_MILLIS = 10_000;

    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Runnable onLedgerChanged;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OFF);
    /**
     * Written by the polling thread without a trip to the FX thread: one a second would wake an idle window
     * for nothing. The status line reads it on its own one-second tick.
     */
    private volatile Instant lastPoll;
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper();

    /** The running watch; read and written on the FX thread only. */
    private Watch current;

    /** A poller with the default one-second interval, backing off up to {@link #DEFAULT_MAX_BACKOFF}. */
    public LedgerPoller(BackgroundExecutor executor, Clock clock, Runnable onLedgerChanged) {
        this(executor, clock, DEFAULT_INTERVAL, DEFAULT_MAX_BACKOFF, onLedgerChanged);
    }

    /**
     * @param interval        pause between polls while the database answers
     * @param maxBackoff      longest pause between reconnection attempts (they double from {@code interval})
     * @param onLedgerChanged run on the FX thread when the ledger changed, or when the database is back
     *                        after being unreachable
     */
    public LedgerPoller(BackgroundExecutor executor, Clock clock, Duration interval, Duration maxBackoff,
                        Runnable onLedgerChanged) {
        this.executor = executor;
        this.clock = clock;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.onLedgerChanged = onLedgerChanged;
    }

    /** Starts watching {@code table} in {@code database}, replacing any previous watch. */
    public void start(DatabaseUrl database, LedgerTable table) {
        stop();
        current = new Watch(database, table);
        current.thread.start();
    }

    /** Stops watching; the thread closes its connection and ends on its own, without blocking the caller. */
    public void stop() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        state.set(State.OFF);
        lastError.set(null);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** When the ledger was last read successfully; null before the first poll. Any thread may read it. */
    public Instant lastPoll() {
        return lastPoll;
    }

    /** Why the database is unreachable (password scrubbed), or null while live. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** One watched database: its thread, and the state only that thread touches. */
    private final class Watch implements Runnable {
        private final DatabaseUrl database;
        private final LedgerTable table;
        private final LedgerDialect dialect;
        private final Thread thread;
        private volatile boolean cancelled;

        private Connection connection;
        /** For SQLite, the identity of the file the connection opened (see {@link #fileIdentity}). */
        private Object connectedFile;
        private boolean connectedBefore;
        private String fingerprint;
        private int failures;
        /** Whether the FX thread has been told that this watch is live since its last failure. */
        private boolean reportedLive;

        Watch(DatabaseUrl database, LedgerTable table) {
            this.database = database;
            this.table = table;
            this.dialect = Dialects.forUrl(database);
            this.thread = DaemonThreads.create(this, "driftless-ledger-poller");
        }

        void cancel() {
            cancelled = true;
            thread.interrupt();
        }

        @Override
        public void run() {
            try {
                while (!cancelled) {
                    Thread.sleep(pollOnce().toMillis());
                }
            } catch (InterruptedException e) {
                // cancelled: fall through and close the connection
            } finally {
                disconnect();
            }
        }

        /** Reads the fingerprint once and reports; returns how long to wait before the next poll. */
        private Duration pollOnce() {
            try {
                Object file = fileIdentity();
                if (connection != null && !Objects.equals(file, connectedFile)) {
                    disconnect(); // the file was replaced: the old connection still reads the deleted one
                }
                boolean reconnected = connection == null;
                if (reconnected) {
                    connect(file);
                }
                String next = dialect.ledgerFingerprint(connection, table);
                // Fingerprints of different connections are not comparable, and the ledger may have
                // changed while the database was away: any reconnection after the first counts as a change.
                boolean changed = reconnected ? connectedBefore : !next.equals(fingerprint);
                connectedBefore = true;
                fingerprint = next;
                failures = 0;
                if (!cancelled) {
                    lastPoll = clock.instant();
                }
                // An unchanged ledger of a live database needs no word to the FX thread.
                if (changed || !reportedLive) {
                    reportedLive = true;
                    publish(() -> {
                        state.set(State.LIVE);
                        lastError.set(null);
                        if (changed) {
                            onLedgerChanged.run();
                        }
                    });
                }
                return interval;
            } catch (SQLException | RuntimeException e) {
                disconnect();
                failures++;
                reportedLive = false;
                String message = database.scrub(String.valueOf(e.getMessage()));
                publish(() -> {
                    state.set(State.UNREACHABLE);
                    lastError.set(message);
                });
                return backoff();
            }
        }

        private void connect(Object file) throws SQLException {
            connection = database.connect();
            connectedFile = file;
            if (database.kind() == DatabaseUrl.Kind.POSTGRES) {
                connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
            }
        }

        /**
         * The SQLite file's identity (device and inode where the platform has them), null for
         * PostgreSQL. An open SQLite connection keeps reading a deleted file, so the file itself is
         * checked on every poll; checking first also keeps a {@code mode=rwc} URL from re-creating it.
         */
        private Object fileIdentity() throws SQLException {
            Optional<Path> file = database instanceof SqliteUrl sqlite ? sqlite.file() : Optional.empty();
            if (file.isEmpty()) {
                return null;
            }
            try {
                return Files.readAttributes(file.get(), BasicFileAttributes.class).fileKey();
            } catch (NoSuchFileException e) {
                throw new SQLException("database file " + file.get() + " does not exist", e);
            } catch (IOException e) {
                throw new SQLException("cannot read database file " + file.get() + ": " + e.getMessage(), e);
            }
        }

        private Duration backoff() {
            Duration pause = interval.multipliedBy(1L << Math.min(failures - 1, 16));
            return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
        }

        private void disconnect() {
            fingerprint = null;
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database is already gone; nothing is left to release
            }
            connection = null;
        }

        /** Delivers an update on the FX thread, unless this watch was stopped or replaced meanwhile. */
        private void publish(Runnable update) {
            executor.onUiThread(() -> {
                if (current == this) {
                    update.run();
                }
            });
        }
    }
}
