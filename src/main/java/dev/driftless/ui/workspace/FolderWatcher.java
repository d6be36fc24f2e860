package dev.driftless.ui.workspace;

import dev.driftless.ui.task.DaemonThreads;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a migrations folder (and its per-migration sub-folders) on a daemon thread and calls
 * back once things settle, so files added, edited or removed by an editor or `git checkout`
 * show up by themselves. A burst of events (a checkout touches many files) makes one call.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final long SETTLE_MILLIS = 250;

    private final Path folder;
    private final Runnable onChange;
    private final WatchService watchService;
    private final Thread thread;

    private FolderWatcher(Path folder, Runnable onChange) throws IOException {
        this.folder = folder;
        this.onChange = onChange;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree();
        this.thread = DaemonThreads.create(this::watch, "driftless-folder-watcher");
        thread.start();
    }

    /** Starts watching; the folder must exist. */
    public static FolderWatcher start(Path folder, Runnable onChange) throws IOException {
        return new FolderWatcher(folder, onChange);
    }

    private void registerTree() throws IOException {
        register(folder);
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                register(child);
            }
        }
    }

    private void register(Path directory) throws IOException {
        directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                // Let the burst settle before reading the folder again.
                WatchKey more;
                while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree(); // new per-migration folders need their own registration
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException folderGone) {
            onChange.run(); // the folder itself went away: the reader will report it as a problem
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
