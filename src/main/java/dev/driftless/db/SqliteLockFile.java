package dev.driftless.db;

import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.LockWaitListener;
import dev.driftless.core.ledger.MigrationLock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The migration lock of a SQLite database file, which sqlx does not have: an exclusive lock on
 * {@code <database>-driftless.lock} beside it, held for a whole run (no-transaction migrations
 * included) or ledger repair, shared by every Driftless process on the machine. The file is left
 * in place (deleting it would let two processes lock two different files of the same name); while
 * held it names its holder ({@code Driftless process 4242 on host (since ...)}), and it is emptied
 * on release.
 * <p>
 * Within one JVM a semaphore per file comes first: the operating system's lock belongs to the
 * process, and closing any descriptor of the file would drop it, so only the thread that holds
 * the semaphore ever opens the file.
 */
final class SqliteLockFile {
    /** Beside the database, as SQLite's own -wal and -journal files are. */
    static final String SUFFIX = "-driftless.lock";

    private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Semaphore inThisProcess;
    private Optional<String> lastHolder = Optional.empty();

    private SqliteLockFile(Path database) {
        this.file = database.resolveSibling(database.getFileName() + SUFFIX).toAbsolutePath().normalize();
        this.inThisProcess = IN_THIS_PROCESS.computeIfAbsent(file, key -> new Semaphore(1));
    }

    /** Takes the lock of {@code database}, waiting at most {@code timeout}. */
    static MigrationLock lock(Path database, Duration timeout, LockWaitListener listener)
            throws SQLException, LockTimeoutException {
        SqliteLockFile lockFile = new SqliteLockFile(database);
        return LockPolling.poll(timeout, listener, lockFile::tryLock, () -> lockFile.lastHolder);
    }

    private MigrationLock tryLock() throws SQLException {
        if (!inThisProcess.tryAcquire()) {
            lastHolder = Optional.of("another run in this Driftless process (pid " + ProcessHandle.current().pid() + ")");
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                lastHolder = readHolder(channel);
                channel.close();
                inThisProcess.release();
                return null;
            }
            writeHolder(channel);
            return release(channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            inThisProcess.release();
            throw new SQLException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private MigrationLock release(FileChannel channel, FileLock lock) {
        return () -> {
            try {
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                closeQuietly(channel, e);
                throw new SQLException("cannot release the lock " + file + ": " + e.getMessage(), e);
            } finally {
                inThisProcess.release();
            }
        };
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String holder = "Driftless process " + ProcessHandle.current().pid() + " on " + HostName.VALUE
                + " (since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** The holder's line, as written by {@link #writeHolder}; empty while it is not written yet. */
    private static Optional<String> readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        String line = text.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "").strip();
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    /** This machine's name, without asking DNS (which may hang): the kernel's, else the environment's. */
    private static final class HostName {
        static final String VALUE = find();

        private static String find() {
            try {
                String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
                if (!kernel.isEmpty()) {
                    return kernel;
                }
            } catch (IOException | RuntimeException notLinux) {
                // falls through to the environment
            }
            for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
                String value = System.getenv(variable);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return "this machine";
        }
    }
}
