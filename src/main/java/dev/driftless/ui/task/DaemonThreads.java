package dev.driftless.ui.task;

import java.util.concurrent.ThreadFactory;

/**
 * The window's own threads: named, so that a thread dump says whose they are, and daemons, so that none
 * keeps the JVM alive after the window closes.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A daemon thread named {@code name} that runs {@code work}; not started. */
    public static Thread create(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** A thread factory for an executor whose threads are all named {@code name}. */
    public static ThreadFactory named(String name) {
        return work -> create(work, name);
    }
}
