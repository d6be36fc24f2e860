package dev.driftless.bench.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time of a Linux process's threads, summed by kind, from {@code /proc/PID/task/TID/stat} (user + system, in
 * clock ticks of 10 ms): where an idle window's CPU goes. The kinds: the FX thread (the toolkit's event loop,
 * which GTK's 60 Hz pulse timer wakes even when nothing changes), the live ledger's own threads (the poller and
 * the status line's one-second ticker), and the rest (garbage collection, the JIT, the JVM's housekeeping).
 */
final class ThreadCpu {
    private static final double SECONDS_PER_TICK = 0.01;
    private static final String FX = "FX thread";
    private static final String LEDGER = "ledger poller + ticker";
    private static final String OTHER = "JVM (GC, JIT, ...) and other";

    private ThreadCpu() {
    }

    /**
     * Ticks of the FX thread and of the ledger's threads, by kind; empty without /proc (not Linux) or once the
     * process is gone.
     */
    static Map<String, Long> ticksByKind(long pid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat = Files.readString(task.resolve("stat"));
                // The name, in parentheses, may itself hold spaces and parentheses: the fields follow the last ')'.
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                kindOf(name).ifPresent(kind -> ticks.merge(kind, used, Long::sum));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /**
     * "FX thread 0.62 %, ledger poller + ticker 0.10 %, JVM (GC, JIT, ...) and other 0.12 %" over {@code wallNanos}.
     * The last is the process's whole CPU less the first two: a thread that ended meanwhile is gone from /proc.
     */
    static String describe(Map<String, Long> before, Map<String, Long> after, long processNanos, long wallNanos) {
        double fx = percent(before, after, FX, wallNanos);
        double ledger = percent(before, after, LEDGER, wallNanos);
        double rest = 100.0 * processNanos / wallNanos - fx - ledger;
        return String.format(Locale.ROOT, "%s %.2f %%, %s %.2f %%, %s %.2f %%", FX, fx, LEDGER, ledger, OTHER, rest);
    }

    private static double percent(Map<String, Long> before, Map<String, Long> after, String kind, long wallNanos) {
        long ticks = after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
        return 100.0 * ticks * SECONDS_PER_TICK / (wallNanos / 1e9);
    }

    /** Thread names as /proc gives them: cut to 15 characters ("JavaFX Applicat", "driftless-ledge"). */
    private static Optional<String> kindOf(String name) {
        if (name.startsWith("JavaFX Applicat") || name.startsWith("GtkNativeMainLo")) {
            return Optional.of(FX);
        }
        if (name.startsWith("driftless-ledge") || name.startsWith("driftless-ticke")) {
            return Optional.of(LEDGER);
        }
        return Optional.empty(); // counted in the process's rest
    }
}
