package dev.driftless.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The code font: chosen among the installed families, and given by its stylesheet to what has the style class. */
@ExtendWith(ApplicationExtension.class)
class CodeFontTest {
    private TextArea sql;
    private CodeArea editor;
    private Label prose;

    @Start
    void start(Stage stage) {
        sql = new TextArea("DROP TABLE orders;");
        editor = new CodeArea("SELECT 1;");
        prose = new Label("Down SQL that will run:");
        sql.getStyleClass().add(CodeFont.STYLE_CLASS);
        editor.getStyleClass().add(CodeFont.STYLE_CLASS);
        Scene scene = new Scene(new VBox(prose, sql, editor), 400, 300);
        scene.getStylesheets().add(CodeFont.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFirstInstalledOfThePreferredFamiliesElseTheLogicalMonospacedOne() {
        assertThat(CodeFont.familyAmong(List.of("Arial", "Menlo", "Consolas"))).isEqualTo("Consolas");
        assertThat(CodeFont.familyAmong(List.of("DejaVu Sans", "DejaVu Sans Mono"))).isEqualTo("DejaVu Sans Mono");
        assertThat(CodeFont.familyAmong(List.of("Arial"))).isEqualTo("Monospaced");
    }

    @Test
    void whatHasTheStyleClassIsInAMonospacedFontAndNothingElse(FxRobot robot) {
        assertThat(sql.getFont().getFamily()).isEqualTo(CodeFont.family());
        assertThat(isMonospaced(sql.getFont())).isTrue();
        Text editorText = robot.from(editor).lookup(".text").queryAs(Text.class);
        assertThat(isMonospaced(editorText.getFont())).isTrue();
        assertThat(isMonospaced(prose.getFont())).as("the window's own font is proportional").isFalse();
    }

    /** Whether a font draws narrow and wide letters the same width, as code needs. */
    static boolean isMonospaced(Font font) {
        return Math.abs(width("iiiiiiii", font) - width("MMMMMMMM", font)) < 0.5;
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
