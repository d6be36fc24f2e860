package dev.driftless.bench.ui;

import dev.driftless.ui.editor.EditorTabsView;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
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
    private static final String TITLE = "Editor benchmark";
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
        FxBench.startToolkit();

        EditorTabsViewModel model = new EditorTabsViewModel(new FxBackgroundExecutor(), ZoneId.systemDefault());
        Scene scene = FxBench.onFx(() -> FxBench.show(new EditorTabsView(model, version -> { }), TITLE));
        Thread.sleep(500);

        int bigLength = Files.readString(big).length();
        long start = FxBench.onFx(() -> {
            long now = System.nanoTime();
            model.open(big, null);
            return now;
        });
        timeOpen(scene, start, bigLength, "", null);

        int mediumLength = Files.readString(medium).length();
        FxBench.onFx(() -> model.open(medium, null));
        untilLaidOut(scene, () -> highlighted(scene, mediumLength), 60_000);
        CodeArea area = FxBench.onFx(() -> area(scene));
        typeInTheMiddle(scene, area, keystrokes);

        // The same 5 MB again (a copy: the open one would only be selected), now that this JVM has laid out
        // editors: as in a running window, where a large migration is opened from the tree.
        Path bigCopy = Files.copy(big, big.resolveSibling("big-5mb-again.sql"), StandardCopyOption.REPLACE_EXISTING);
        long again = FxBench.onFx(() -> {
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
        FxBench.startToolkit();
        CodeArea area = FxBench.onFx(() -> {
            CodeArea plain = new CodeArea(text);
            FxBench.show(new VirtualizedScrollPane<>(plain), TITLE);
            return plain;
        });
        Thread.sleep(500);
        typeInTheMiddle(area.getScene(), area, keystrokes);
        Platform.exit();
        System.exit(0);
    }

    /**
     * Puts the caret in the middle of the text and inserts characters one by one, each in a pulse of its own,
     * printing the time from the insert to the end of the next layout pass, and of the insert alone.
     */
    private static void typeInTheMiddle(Scene scene, CodeArea area, int keystrokes) throws Exception {
        FxBench.onFx(() -> {
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
            return null;
        });
        Thread.sleep(300);
        for (int i = 0; i < keystrokes; i++) {
            String typed = String.valueOf(TYPED.charAt(i % TYPED.length()));
            FxBench.Step step = FxBench.timeStep(scene, () -> area.insertText(area.getCaretPosition(), typed));
            System.out.printf(Locale.ROOT, "keystroke-us %d%n", step.toLayoutMicros());
            System.out.printf(Locale.ROOT, "keystroke-sync-us %d%n", step.callMicros());
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
}
