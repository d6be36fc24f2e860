package dev.driftless.bench.ui;

import atlantafx.base.theme.PrimerLight;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.editor.EditorTabsView;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One run of the editor benchmark in a JVM of its own (a display is needed: Xvfb, {@code -Dprism.order=sw}),
 * with the window's theme (AtlantaFX Primer Light).
 * Arguments: a 5 MB file, a 1 MB file, the number of keystrokes. Through the window's own
 * {@link EditorTabsViewModel} and {@link EditorTabsView}, it
 * <ol>
 *   <li>opens the 5 MB file and times from {@code open} to the end of the first layout pass in which the
 *       code area holds the whole text with the highlighter's styles applied: prints {@code open-ms N}, and
 *       before it {@code first-screen-ms N}, the first layout pass showing the file's start highlighted;</li>
 *   <li>opens the 1 MB file, puts the caret in the middle of it and inserts characters one by one with
 *       {@code codeArea.insertText} on the FX thread, each in a pulse of its own, timing from the insert to
 *       the end of the following layout pass (the restyle runs inside the insert): prints one
 *       {@code keystroke-us N} line per keystroke, and {@code keystroke-sync-us N} for the insert alone.</li>
 * </ol>
 */
public final class EditorHarness {
    private static final String TYPED = "select id, name from items where price > 10 and id in (1, 2, 3);";

    private EditorHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--plain")) {
            typeInPlainArea(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path big = Path.of(args[0]);
        Path medium = Path.of(args[1]);
        int keystrokes = Integer.parseInt(args[2]);
        startToolkit();

        EditorTabsViewModel model = new EditorTabsViewModel(new FxBackgroundExecutor(), ZoneId.systemDefault());
        Scene scene = onFx(() -> show(new EditorTabsView(model, SqlDialect.POSTGRESQL, version -> { })));
        Thread.sleep(500);

        int bigLength = Files.readString(big).length();
        long start = onFx(() -> {
            long now = System.nanoTime();
            model.open(big, null);
            return now;
        });
        timeOpen(scene, start, bigLength, "", null);

        int mediumLength = Files.readString(medium).length();
        onFx(() -> model.open(medium, null));
        untilLaidOut(scene, () -> highlighted(scene, mediumLength), 60_000);
        CodeArea area = onFx(() -> area(scene));
        typeInTheMiddle(scene, area, keystrokes);

        // The same 5 MB again (a copy: the open one would only be selected), now that this JVM has laid out
        // editors: as in a running window, where a large migration is opened from the tree.
        Path bigCopy = Files.copy(big, big.resolveSibling("big-5mb-again.sql"), StandardCopyOption.REPLACE_EXISTING);
        long again = onFx(() -> {
            long now = System.nanoTime();
            model.open(bigCopy, null);
            return now;
        });
        timeOpen(scene, again, bigLength, "-warm", area);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Waits for the opened file's first screen, then the whole of it, and prints both times since {@code start};
     * {@code previous} is the area shown before the open (null if none), which is not the opened file's.
     */
    private static void timeOpen(Scene scene, long start, int length, String suffix, CodeArea previous)
            throws Exception {
        long firstScreen = untilLaidOut(scene, () -> firstScreenHighlighted(scene, previous), 60_000);
        long opened = untilLaidOut(scene, () -> highlighted(scene, length), 60_000);
        System.out.printf(Locale.ROOT, "first-screen%s-ms %.1f%n", suffix, (firstScreen - start) / 1e6);
        System.out.printf(Locale.ROOT, "open%s-ms %.1f%n", suffix, (opened - start) / 1e6);
    }

    /** The file's start is on screen with its styles (the rest may still be on its way). */
    private static boolean firstScreenHighlighted(Scene scene, CodeArea previous) {
        CodeArea area = area(scene);
        return area != null && area != previous && area.getLength() > 0 && area.getStyleOfChar(0).contains("comment");
    }

    private static boolean highlighted(Scene scene, int length) {
        CodeArea area = area(scene);
        return area != null && area.getLength() == length && area.getStyleOfChar(0).contains("comment")
                && area.getStyleOfChar(length - 2).contains("punctuation");
    }

    private static CodeArea area(Scene scene) {
        Node node = scene.lookup("#sqlEditor");
        return node instanceof CodeArea area ? area : null;
    }

    /**
     * The peer of the keystroke figures: a bare RichTextFX {@code CodeArea} (no highlighting, no line numbers,
     * no overlays) in a {@code VirtualizedScrollPane}, holding the same 1 MB text, typed into the same way.
     */
    private static void typeInPlainArea(Path medium, int keystrokes) throws Exception {
        String text = Files.readString(medium);
        startToolkit();
        CodeArea area = onFx(() -> {
            CodeArea plain = new CodeArea(text);
            show(new VirtualizedScrollPane<>(plain));
            return plain;
        });
        Thread.sleep(500);
        typeInTheMiddle(area.getScene(), area, keystrokes);
        Platform.exit();
        System.exit(0);
    }

    private static void startToolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** A 1280×820 stage with the window's theme: without it every new line cell logs unresolved colour look-ups. */
    private static Scene show(Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        Scene created = new Scene(root, 1280, 820);
        stage.setScene(created);
        stage.setTitle("Editor benchmark");
        stage.show();
        return created;
    }

    /**
     * Puts the caret in the middle of the text and inserts characters one by one, each in a pulse of its own,
     * printing the time from the insert to the end of the next layout pass, and of the insert alone.
     */
    private static void typeInTheMiddle(Scene scene, CodeArea area, int keystrokes) throws Exception {
        onFx(() -> {
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
            return null;
        });
        Thread.sleep(300);
        for (int i = 0; i < keystrokes; i++) {
            String typed = String.valueOf(TYPED.charAt(i % TYPED.length()));
            long[] times = new long[2];
            CompletableFuture<Long> laidOut = new CompletableFuture<>();
            Platform.runLater(() -> {
                times[0] = System.nanoTime();
                area.insertText(area.getCaretPosition(), typed);
                times[1] = System.nanoTime();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        laidOut.complete(System.nanoTime());
                    }
                });
                Platform.requestNextPulse();
            });
            long end = laidOut.get(10, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "keystroke-us %d%n", (end - times[0]) / 1000);
            System.out.printf(Locale.ROOT, "keystroke-sync-us %d%n", (times[1] - times[0]) / 1000);
            Thread.sleep(20); // let the render thread finish the frame, as between real keystrokes
        }
    }

    /** Waits for the first layout pass after which {@code condition} holds; returns its end (nanoTime). */
    private static long untilLaidOut(Scene scene, BooleanSupplier condition, long timeoutMillis) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (condition.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(System.nanoTime());
                } else {
                    Platform.requestNextPulse();
                }
            }
        }));
        Platform.runLater(Platform::requestNextPulse);
        return done.get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
