package dev.driftless.ui.drift;

import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The line-ending repairs of the drift pane keep their whole labels in a 900x600 window. */
@ExtendWith(ApplicationExtension.class)
class DriftLineEndingViewTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\n";

    @TempDir
    static Path root;

    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) throws IOException {
        // Checked out again with CRLF: the classic line-ending drift, for which both repairs are offered.
        workspace = DriftPaneFixture.show(stage, root, USERS, USERS.replace("\n", "\r\n"), Clock.systemUTC(), 900, 600)
                .workspace;
        workspace.selectedVersionProperty().set(1L);
    }

    @Test
    void bothButtonsShowTheirWholeLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#gitattributesButton", "#ignoredCharsButton"}) {
            Button button = robot.lookup(id).queryButton();
            assertThat(button.isVisible()).as(id).isTrue();
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1));
            // What is drawn, not what is set: a squeezed button draws "Add to .gitat..." from the same text.
            Text drawn = (Text) button.lookup(".text");
            assertThat(drawn.getText()).as(id).isEqualTo(button.getText());
        }
        assertThat(robot.lookup("#gitattributesButton").queryButton().getText()).isEqualTo("Add to .gitattributes");
    }
}
