package dev.driftless.ui.editor;

import atlantafx.base.theme.PrimerLight;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationType;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.task.BackgroundExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EditorTabsViewTest {

    @TempDir
    Path dir;

    private EditorTabsViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new EditorTabsViewModel(BackgroundExecutor.immediate(), ZoneOffset.UTC);
        stage.setScene(new Scene(new EditorTabsView(model, version -> { }), 900, 600));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void typingMarksTheTabDirtyAndCtrlSSavesIt(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("1_init.sql"), "SELECT 1;\n");
        robot.interact(() -> model.open(file, null));
        assertThat(tabTitle(robot)).isEqualTo("1_init.sql");
        assertThat(editor(robot).getUndoManager().isUndoAvailable()).as("loading is not an edit").isFalse();

        robot.clickOn("#sqlEditor");
        robot.interact(() -> editor(robot).moveTo(0));
        robot.write("-- hi\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabTitle(robot)).isEqualTo("• 1_init.sql");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).isEqualTo("-- hi\nSELECT 1;\n");
        assertThat(tabTitle(robot)).isEqualTo("1_init.sql");
    }

    @Test
    void replaceAllReplacesEveryMatchAsOneUndoableEdit(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("1_init.sql"), "SELECT a;\nselect b;\nSELECT c;\n");
        robot.interact(() -> model.open(file, null));
        robot.clickOn("#sqlEditor");
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.clickOn("#findField").write("select");
        robot.clickOn("#replaceField").write("TABLE");
        robot.clickOn("Replace all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(robot).getText()).isEqualTo("TABLE a;\nTABLE b;\nTABLE c;\n");

        robot.interact(() -> editor(robot).undo());
        assertThat(editor(robot).getText()).isEqualTo("SELECT a;\nselect b;\nSELECT c;\n");
    }

    @Test
    void opening_the_same_file_twice_selects_its_tab(FxRobot robot) throws IOException {
        Path first = Files.writeString(dir.resolve("1_a.sql"), "SELECT 1;\n");
        Path second = Files.writeString(dir.resolve("2_b.sql"), "SELECT 2;\nSELECT 3;\n");
        robot.interact(() -> {
            model.open(first, null);
            model.open(second, null);
            model.openAt(first, 1);
        });
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).hasSize(2);
        assertThat(tabTitle(robot)).isEqualTo("1_a.sql");
        assertThat(editor(robot).getText()).isEqualTo("SELECT 1;\n");

        robot.interact(() -> model.openAt(second, 2));
        assertThat(editor(robot).getCurrentParagraph()).isEqualTo(1);
    }

    @Test
    void highlightingFollowsEditsAcrossLines(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("1_init.sql"),
                "SELECT 1;\n/* a\nb */\nSELECT $$\nx\n$$;\nSELECT 'y';\n");
        robot.interact(() -> model.open(file, null));
        CodeArea area = editor(robot);
        robot.interact(() -> {
            area.insertText(area.getAbsolutePosition(2, 1), "*/ 'q\n");       // closes the comment early
            area.insertText(area.getAbsolutePosition(0, 0), "$t$\n");         // opens a dollar quote at the top
            area.deleteText(area.getAbsolutePosition(0, 0), area.getAbsolutePosition(1, 0));
            area.replaceText(area.getAbsolutePosition(4, 0), area.getAbsolutePosition(6, 0), "");
            area.appendText("/* open");
        });
        assertStyledAsAFullHighlight(area);
    }

    @Test
    void aLargeFileOpensHighlightedAsNoEditAndEditsRestyleIt(FxRobot robot) throws Exception {
        StringBuilder sql = new StringBuilder("/* header\n*/\n");
        while (sql.length() < SqlEditorPane.BACKGROUND_LOAD_LENGTH * 2) {
            sql.append("INSERT INTO t VALUES (1, 'a;b', $$x\ny$$); -- c\n");
        }
        Path file = Files.writeString(dir.resolve("1_big.sql"), sql);
        robot.interact(() -> model.open(file, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loaded(robot));
        CodeArea area = editor(robot);
        assertThat(area.getText()).isEqualTo(sql.toString());
        assertThat(area.getUndoManager().isUndoAvailable()).as("loading is not an edit").isFalse();
        assertThat(tabTitle(robot)).isEqualTo("1_big.sql");
        assertStyledAsAFullHighlight(area);

        robot.interact(() -> {
            area.insertText(area.getAbsolutePosition(1, 0), "'");           // opens a string over the rest
            area.insertText(area.getLength(), "\n/* open");
        });
        assertThat(tabTitle(robot)).isEqualTo("• 1_big.sql");
        assertStyledAsAFullHighlight(area);
    }

    @Test
    void filesAreHighlightedInTheProjectDatabasesDialectAndAgainWhenItChanges(FxRobot robot) throws IOException {
        // A backquoted name is an identifier in SQLite; in PostgreSQL the backquote is no quote at all.
        Path file = Files.writeString(dir.resolve("1_init.sql"), "CREATE TABLE `select` (id INTEGER);\n");
        robot.interact(() -> {
            model.dialectProperty().set(SqlDialect.SQLITE);
            model.open(file, null);
        });
        CodeArea area = editor(robot);
        assertStyledAsAFullHighlight(area, SqlDialect.SQLITE);
        assertThat(area.getStyleOfChar(15)).doesNotContain("keyword");

        robot.interact(() -> model.dialectProperty().set(SqlDialect.POSTGRESQL));

        assertStyledAsAFullHighlight(area, SqlDialect.POSTGRESQL);
        assertThat(area.getStyleOfChar(15)).contains("keyword");
        assertThat(area.getUndoManager().isUndoAvailable()).as("restyling is not an edit").isFalse();
    }

    private static void assertStyledAsAFullHighlight(CodeArea area) {
        assertStyledAsAFullHighlight(area, SqlDialect.POSTGRESQL);
    }

    private static void assertStyledAsAFullHighlight(CodeArea area, SqlDialect dialect) {
        StyleSpans<Collection<String>> expected = new SqlHighlighter(dialect).highlight(area.getText());
        List<Collection<String>> actual = classes(area.getStyleSpans(0, area.getLength()));
        List<Collection<String>> wanted = classes(expected);
        assertThat(actual).hasSameSizeAs(wanted);
        String text = area.getText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') { // a line break is no styled character in a CodeArea
                assertThat(actual.get(i)).as("offset %d", i).isEqualTo(wanted.get(i));
            }
        }
    }

    private static boolean loaded(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node node = editor(robot);
            while (!(node instanceof SqlEditorPane)) {
                node = node.getParent();
            }
            return ((SqlEditorPane) node).isLoaded();
        }).get();
    }

    @Test
    void anAppliedMigrationWarnsThatEditingChangesItsChecksum(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("1_init.sql"), "SELECT 1;\n");
        Checksum checksum = Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        StatusRow row = row(file, MigrationStatus.APPLIED, checksum, checksum);
        robot.interact(() -> model.open(file, row));

        assertThat(bannerTexts(robot)).containsExactly("Applied on 2024-03-05 14:30. Editing it changes its checksum,"
                + " and sqlx will then refuse to start the application.");
    }

    @Test
    void aDriftedMigrationShowsBothChecksums(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("1_init.sql"), "SELECT 2;\n");
        Checksum applied = Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        Checksum local = Checksums.sha384("SELECT 2;\n".getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> model.open(file, row(file, MigrationStatus.APPLIED, applied, applied)));
        robot.interact(() -> model.updateStatus(List.of(row(file, MigrationStatus.DRIFTED, applied, local))));

        assertThat(bannerTexts(robot)).containsExactly(
                "This migration no longer matches what was applied.",
                "Applied: " + applied.shortHex() + "…",
                "Local: " + local.shortHex() + "…",
                "Show what changed");
        Label appliedLabel = (Label) robot.lookup("#editorBanner").queryAs(HBox.class).getChildren().get(1);
        assertThat(appliedLabel.getTooltip().getText()).contains(applied.hex());
    }

    @Test
    void aPendingMigrationAndADownFileHaveNoBanner(FxRobot robot) throws IOException {
        Path up = Files.writeString(dir.resolve("1_init.up.sql"), "SELECT 1;\n");
        Path down = Files.writeString(dir.resolve("1_init.down.sql"), "SELECT 0;\n");
        Checksum checksum = Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        Migration migration = new Migration(1, "init", MigrationType.REVERSIBLE, up, down, checksum, false);
        AppliedMigration applied = new AppliedMigration(1, "init", Instant.now(), true, checksum, 1);
        robot.interact(() -> model.updateStatus(List.of(
                new StatusRow(1, "init", MigrationStatus.APPLIED, false, migration, applied))));
        robot.interact(() -> model.open(down, null));
        assertThat(robot.lookup("#editorBanner").query().isVisible()).isFalse();

        robot.interact(() -> model.updateStatus(List.of(
                new StatusRow(1, "init", MigrationStatus.PENDING, false, migration, null))));
        robot.interact(() -> model.open(up, null));
        assertThat(robot.lookup("#editorBanner").query().isVisible()).isFalse();
    }

    private static StatusRow row(Path file, MigrationStatus status, Checksum applied, Checksum local) {
        Migration migration = new Migration(1, "init", MigrationType.SIMPLE, file, null, local, false);
        AppliedMigration ledger = new AppliedMigration(1, "init", Instant.parse("2024-03-05T14:30:00Z"), true,
                applied, 1_000);
        return new StatusRow(1, "init", status, false, migration, ledger);
    }

    private static List<String> bannerTexts(FxRobot robot) {
        HBox banner = robot.lookup("#editorBanner").queryAs(HBox.class);
        assertThat(banner.isVisible()).isTrue();
        return banner.getChildren().stream().map(node -> ((Labeled) node).getText()).collect(Collectors.toList());
    }

    private static CodeArea editor(FxRobot robot) {
        return robot.lookup("#sqlEditor").queryAs(CodeArea.class);
    }

    private static String tabTitle(FxRobot robot) {
        return robot.lookup("#editorTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    /** The style classes of every character, so that differently cut but equal spans compare equal. */
    private static List<Collection<String>> classes(StyleSpans<Collection<String>> spans) {
        return spans.stream().flatMap(span -> java.util.Collections.nCopies(span.getLength(), span.getStyle()).stream())
                .map(List::copyOf).collect(Collectors.toList());
    }
}
