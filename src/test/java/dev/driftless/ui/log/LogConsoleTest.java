package dev.driftless.ui.log;

import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The log console: Copy puts every line, as shown, on the clipboard; it follows new entries unless scrolled up. */
@ExtendWith(ApplicationExtension.class)
class LogConsoleTest {
    private final LogViewModel log = new LogViewModel(Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneOffset.UTC));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new LogConsole(log), 600, 200));
        stage.show();
    }

    @Test
    void newEntriesComeIntoViewUnlessThePersonScrolledUpToReadOlderOnes(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 100; i++) {
                log.info("entry " + i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastInView(robot)).isEqualTo(99);

        robot.clickOn("#logLines").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        int readingUpTo = lastInView(robot);
        assertThat(readingUpTo).isLessThan(90);
        robot.interact(() -> log.warning("entry 100"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastInView(robot)).as("left where the person reads").isEqualTo(readingUpTo);

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> log.error("entry 101"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastInView(robot)).as("back at the newest, it follows again").isEqualTo(101);
    }

    private static int lastInView(FxRobot robot) {
        return robot.lookup("#logLines .virtual-flow").queryAs(VirtualFlow.class).getLastVisibleCell().getIndex();
    }

    @Test
    void copyPutsTheWholeLogOnTheClipboard(FxRobot robot) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            log.info("run: 2 pending migrations");
            log.error("migration 2 failed: syntax error at or near \"SELEC\"");
        });

        robot.clickOn("#copyLog");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(log.asText())
                .contains("run: 2 pending migrations")
                .contains("migration 2 failed: syntax error at or near \"SELEC\"");
    }
}
