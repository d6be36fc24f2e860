package dev.driftless.ui.editor;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.task.BackgroundExecutor;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.fxmisc.richtext.model.SegmentOps;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Highlights a generated SQL text of {@link #LINES} lines into a styled document and discards it, so that the
 * JIT has compiled the lexer and RichTextFX's document code, and the start-up's garbage has been collected,
 * before a person opens a large migration. Run once per process (the JIT's warmth is the process's), on the
 * editors' loading lane so that a load asked for meanwhile waits for it, a second after the window shows its
 * first project, when the start's own work is done. What it costs and saves: docs/benchmarks-window.md.
 */
public final class EditorWarmUp {
    /** Enough for every step of a load to be compiled by C1; more did not open the large file measurably sooner. */
    static final int LINES = 10_000;
    private static final Duration DELAY = Duration.seconds(1);
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private EditorWarmUp() {
    }

    /** Warms up once, a second after the first project is shown in {@code project}. */
    public static void soonAfterEachProject(ObservableValue<?> project, EditorTabsViewModel editors) {
        project.addListener((observable, before, now) -> {
            if (now != null && !DONE.get()) {
                PauseTransition delay = new PauseTransition(DELAY);
                delay.setOnFinished(event -> runOnce(editors.dialectProperty().get(), editors.loading()));
                delay.play();
            }
        });
    }

    private static void runOnce(SqlDialect dialect, BackgroundExecutor loading) {
        if (DONE.compareAndSet(false, true)) {
            loading.submit(() -> {
                run(dialect);
                return null;
            }, done -> { }, failure -> { });
        }
    }

    static void run(SqlDialect dialect) {
        new SqlHighlighter(dialect).highlightDocument(sample(LINES), List.of(), SegmentOps.styledTextOps())
                .getText(); // RichTextFX joins a loaded document's text once, for its change events
    }

    /** Ordinary migration SQL: comments, DDL, INSERTs with strings and numbers, a function body in dollar quotes. */
    static String sample(int lines) {
        StringBuilder sql = new StringBuilder(lines * 48);
        for (int line = 0; line < lines; line++) {
            switch (line % 50) {
                case 0 -> sql.append("-- block ").append(line).append(": a table and its rows");
                case 1 -> sql.append("CREATE TABLE IF NOT EXISTS \"items_").append(line).append("\" (id BIGINT PRIMARY KEY,");
                case 2 -> sql.append("    name TEXT NOT NULL, price NUMERIC(10, 2) DEFAULT 0 CHECK (price >= 0));");
                case 3 -> sql.append("CREATE FUNCTION touch_").append(line).append("() RETURNS trigger AS $$ BEGIN");
                case 4 -> sql.append("    NEW.updated_at := now(); RETURN NEW; /* kept */ END $$ LANGUAGE plpgsql;");
                default -> sql.append("INSERT INTO items (id, name, price) VALUES (").append(line).append(", 'item ")
                        .append(line).append("', ").append(line % 997).append(".50);");
            }
            sql.append('\n');
        }
        return sql.toString();
    }
}
