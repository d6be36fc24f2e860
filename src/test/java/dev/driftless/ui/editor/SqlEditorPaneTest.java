package dev.driftless.ui.editor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SqlEditorPaneTest {

    private SqlEditorPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new SqlEditorPane(SqlDialect.POSTGRESQL, new FxBackgroundExecutor().lane("sql-editor-load"));
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    @Test
    void aReadOnlyPaneStaysReadOnlyAfterALargeLoadArrives(FxRobot robot) throws Exception {
        robot.interact(() -> {
            pane.setReadOnly(true);
            pane.setContent(large("b"));
        });
        waitUntilLoaded();

        assertThat(pane.codeArea().isEditable()).isFalse();
        robot.interact(() -> pane.setReadOnly(false));
        assertThat(pane.codeArea().isEditable()).isTrue();
    }

    @Test
    void aLargeTextShowsItsFirstScreensHighlightedAtOnceThenArrivesWholeInOneReplace(FxRobot robot) throws Exception {
        String big = large("a");
        CodeArea area = pane.codeArea();
        List<String> shown = recordInsertedTexts(robot, area);
        robot.interact(() -> {
            pane.setContent(big);
            assertThat(pane.isLoaded()).isFalse();
            assertThat(area.getParagraphs()).hasSize(SqlEditorPane.FIRST_SCREENS);
            assertThat(area.getStyleOfChar(big.indexOf("'a"))).containsExactly("string");
            assertThat(area.isEditable()).as("only a part is there: it cannot be edited").isFalse();
            assertThat(area.getUndoManager().isUndoAvailable()).isFalse();
        });
        waitUntilLoaded();

        assertThat(shown).containsExactly(firstScreens(big), big);
        assertThat(area.isEditable()).isTrue();
        assertThat(area.getCaretPosition()).isZero();
        assertThat(area.getUndoManager().isUndoAvailable()).isFalse();
        assertThat(area.getStyleOfChar(big.indexOf("'a"))).containsExactly("string");
    }

    @Test
    void aLoadOvertakenByANewerOneIsDropped(FxRobot robot) throws Exception {
        String older = large("older");
        String newer = large("newer");
        CodeArea area = pane.codeArea();
        List<String> shown = recordInsertedTexts(robot, area);
        robot.interact(() -> {
            pane.setContent(older);
            pane.setContent(newer);
        });
        waitUntilLoaded();
        robot.interact(() -> pane.setContent("SELECT 1;"));   // small: shown at once
        assertThat(pane.isLoaded()).isTrue();

        robot.interact(() -> {
            pane.setContent(older);
            pane.setContent("SELECT 2;");                     // overtakes the large one
        });
        robot.interact(() -> pane.setContent(newer));        // queued behind it on the loading thread
        waitUntilLoaded();

        assertThat(shown).containsExactly(firstScreens(older), firstScreens(newer), newer, "SELECT 1;",
                firstScreens(older), "SELECT 2;", firstScreens(newer), newer);
        assertThat(area.getUndoManager().isUndoAvailable()).isFalse();
    }

    @Test
    void editsAreWhatIsTypedNeverWhatIsLoaded(FxRobot robot) throws Exception {
        List<String> edits = new ArrayList<>();
        robot.interact(() -> pane.edits().subscribe(change -> edits.add(change.getInserted())));
        robot.interact(() -> pane.setContent(large("a")));
        waitUntilLoaded();
        robot.interact(() -> pane.setContent("x;\n"));

        robot.interact(() -> pane.codeArea().insertText(0, "y"));

        assertThat(edits).containsExactly("y");
    }

    @Test
    void firstParagraphsStopsBeforeTheLineBreakThatEndsTheLastOne() {
        assertThat(SqlEditorPane.firstParagraphs("a\nb\nc\n", 2)).isEqualTo("a\nb");
        assertThat(SqlEditorPane.firstParagraphs("a\nb", 5)).isEqualTo("a\nb");
        assertThat(SqlEditorPane.firstParagraphs("", 1)).isEmpty();
    }

    @Test
    void typingKeepsTheStylesOfAFullHighlightWhetherOrNotTheyChange(FxRobot robot) {
        CodeArea area = pane.codeArea();
        robot.interact(() -> pane.setContent("x;\n"));
        for (char typed : "SELECT 'a(b', (1) -- c".toCharArray()) {
            robot.interact(() -> area.insertText(area.getCaretPosition(), String.valueOf(typed)));
            String text = area.getText();
            StyleSpans<Collection<String>> full = new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(text);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != '\n') {
                    assertThat(area.getStyleOfChar(i)).as("%s at %d", text, i).isEqualTo(StyleAt.offset(full, i));
                }
            }
        }
    }

    @Test
    void editingALoadedTextWithinAndAcrossItsLinesKeepsTheStylesOfAFullHighlight(FxRobot robot) {
        CodeArea area = pane.codeArea();
        robot.interact(() -> pane.setContent("SELECT 'a', 1;\n/* note */\nINSERT INTO t VALUES (2);\n"));
        List<Runnable> edits = List.of(
                () -> area.insertText(8, "bc"),                    // inside a loaded line's string
                () -> area.deleteText(area.getText().indexOf("1;") + 2, area.getText().indexOf("/*")), // joins two lines
                () -> area.replaceText(area.getText().indexOf("note"), area.getText().indexOf(" */"), "a\nb"),
                () -> area.deleteText(0, area.getText().indexOf("INSERT"))); // the first lines away
        for (Runnable edit : edits) {
            robot.interact(edit);
            String text = area.getText();
            StyleSpans<Collection<String>> full = new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(text);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != '\n') {
                    assertThat(area.getStyleOfChar(i)).as("%s at %d", text, i).isEqualTo(StyleAt.offset(full, i));
                }
            }
        }
    }

    @Test
    void findCountsTheMatchesAndMarksEachAndTheCurrentOneAlsoAfterAnEdit(FxRobot robot) {
        CodeArea area = pane.codeArea();
        String text = "select a;\nSELECT b; -- select\nselect c;";
        robot.interact(() -> {
            pane.setIdsActive(true);
            pane.setContent(text);
            pane.showFind(false);
        });
        robot.interact(() -> pane.findModel().queryProperty().set("select"));
        assertThat(findStatus(robot)).isEqualTo("4 matches");
        assertThat(marked(area, FindHighlights.MATCH)).containsExactly(0, 10, 23, 30);
        assertThat(marked(area, FindHighlights.CURRENT)).isEmpty();
        assertThat(area.getStyleOfChar(23)).as("the syntax style stays").contains("comment");

        robot.interact(() -> {
            area.moveTo(5);
            pane.findNext();
        });
        assertThat(findStatus(robot)).isEqualTo("2 of 4");
        assertThat(marked(area, FindHighlights.CURRENT)).containsExactly(10);

        robot.interact(() -> area.insertText(0, "select 0;\n"));
        assertThat(findStatus(robot)).isEqualTo("3 of 5");
        assertThat(marked(area, FindHighlights.MATCH)).containsExactly(0, 10, 20, 33, 40);
        assertThat(marked(area, FindHighlights.CURRENT)).containsExactly(20);

        robot.interact(() -> pane.findModel().queryProperty().set("nowhere"));
        assertThat(findStatus(robot)).isEqualTo("No matches");
        assertThat(marked(area, FindHighlights.MATCH)).isEmpty();

        robot.interact(() -> {
            pane.findModel().queryProperty().set("select");
            pane.hideFind();
        });
        assertThat(marked(area, FindHighlights.MATCH)).isEmpty();
    }

    @Test
    void theMatchesAndTheCurrentOneStandOutInTheLightAndTheDarkTheme(FxRobot robot) {
        robot.interact(() -> {
            pane.setContent("select a; select b;");
            pane.showFind(false);
            pane.findModel().queryProperty().set("select");
            pane.findNext();
        });
        for (Theme theme : List.of(new PrimerLight(), new PrimerDark())) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme.getUserAgentStylesheet()));
            WaitForAsyncUtils.waitForFxEvents();
            Color background = (Color) pane.codeArea().getBackground().getFills().get(0).getFill();
            Color match = over((Color) markedText(robot, ".find-match:not-current").getBackgroundColor(), background);
            TextExt current = markedText(robot, ".find-current");
            assertThat(distance(match, background)).as(theme.getName() + ": a match").isGreaterThan(0.1);
            // The current match is the selection too, which is drawn over text backgrounds: it is underlined.
            assertThat(distance(over((Color) current.getUnderlineColor(), background), background))
                    .as(theme.getName() + ": the current match").isGreaterThan(0.3);
            assertThat(current.getUnderlineWidth().doubleValue()).isGreaterThanOrEqualTo(2);
        }
    }

    private String findStatus(FxRobot robot) {
        return robot.lookup("#findStatus").queryLabeled().getText();
    }

    /** The offsets at which a marked stretch of text starts. */
    private static List<Integer> marked(CodeArea area, String styleClass) {
        List<Integer> starts = new ArrayList<>();
        String text = area.getText();
        for (int i = 0; i < text.length(); i++) {
            boolean continues = i > 0 && text.charAt(i - 1) != '\n' && area.getStyleOfChar(i - 1).contains(styleClass);
            if (text.charAt(i) != '\n' && area.getStyleOfChar(i).contains(styleClass) && !continues) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** A marked stretch of the area's text ({@code :not-current} for one that is only a match). */
    private TextExt markedText(FxRobot robot, String selector) {
        boolean onlyMatch = selector.endsWith(":not-current");
        String styleClass = selector.replace(":not-current", "");
        return robot.from(pane.codeArea()).lookup(styleClass).queryAllAs(TextExt.class).stream()
                .filter(node -> !onlyMatch || !node.getStyleClass().contains(FindHighlights.CURRENT))
                .findFirst().orElseThrow();
    }

    /** A colour as drawn over the background (the match colours are translucent). */
    private static Color over(Color paint, Color background) {
        double alpha = paint.getOpacity();
        return Color.color(paint.getRed() * alpha + background.getRed() * (1 - alpha),
                paint.getGreen() * alpha + background.getGreen() * (1 - alpha),
                paint.getBlue() * alpha + background.getBlue() * (1 - alpha));
    }

    /** How far apart two colours are (RGB distance, 0 to 1.73). */
    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    private void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(pane::isLoaded).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> recordInsertedTexts(FxRobot robot, CodeArea area) {
        List<String> inserted = new ArrayList<>();
        robot.interact(() -> area.plainTextChanges().subscribe(change -> inserted.add(change.getInserted())));
        return inserted;
    }

    private static String firstScreens(String text) {
        return SqlEditorPane.firstParagraphs(text, SqlEditorPane.FIRST_SCREENS);
    }

    /** A text long enough to be loaded in the background, with {@code marker} in a string on every line. */
    private static String large(String marker) {
        StringBuilder sql = new StringBuilder();
        while (sql.length() < SqlEditorPane.BACKGROUND_LOAD_LENGTH * 2) {
            sql.append("INSERT INTO t VALUES (1, '").append(marker).append("'); -- c\n");
        }
        return sql.toString();
    }
}
