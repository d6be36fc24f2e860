package dev.driftless.ui.demo;

import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.SqliteUrl;
import dev.driftless.project.Project;
import dev.driftless.userdata.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static dev.driftless.core.engine.MigrationStatus.APPLIED;
import static dev.driftless.core.engine.MigrationStatus.DRIFTED;
import static dev.driftless.core.engine.MigrationStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoProjectTest {
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dataFolder;

    @Test
    void aNewDemoShowsAppliedAppliedDriftedPending() throws Exception {
        DemoProject demo = DemoProject.prepare(dataFolder);

        assertThat(demo.folder()).isEqualTo(dataFolder.resolve("demo-shop"));
        assertThat(((SqliteUrl) demo.databaseUrl()).file()).contains(demo.folder().resolve("shop.db"));
        assertThat(demo.folder().resolve("README.txt")).content().contains("demo", demo.databaseUrl().masked());
        assertThat(DemoProject.isDemo(demo.folder())).isTrue();
        assertThat(statuses(demo)).containsExactly(APPLIED, APPLIED, DRIFTED, PENDING);
    }

    @Test
    void theDriftIsRealTheLedgerHoldsAnotherChecksumThanTheFile() throws Exception {
        StatusRow drifted = status(DemoProject.prepare(dataFolder)).get(2);

        assertThat(drifted.description()).isEqualTo("add status to orders");
        assertThat(drifted.ledgerRow().orElseThrow().checksum())
                .isNotEqualTo(drifted.file().orElseThrow().checksum());
        assertThat(drifted.file().orElseThrow().upFile()).content().contains("DEFAULT 'paid'");
    }

    @Test
    void preparingAgainKeepsTheUsersEdits() throws Exception {
        DemoProject demo = DemoProject.prepare(dataFolder);
        Path pending = demo.folder().resolve("migrations/20240104090000_create_order_items.sql");
        Files.writeString(pending, "-- my own change\n", StandardOpenOption.APPEND);
        String edited = Files.readString(pending);

        DemoProject again = DemoProject.prepare(dataFolder);

        assertThat(again.folder()).isEqualTo(demo.folder());
        assertThat(again.databaseUrl().masked()).isEqualTo(demo.databaseUrl().masked());
        assertThat(pending).hasContent(edited);
    }

    @Test
    void resetRecreatesTheDemo() throws Exception {
        DemoProject demo = DemoProject.prepare(dataFolder);
        try (Connection connection = demo.databaseUrl().connect()) {
            connection.createStatement().executeUpdate("INSERT INTO users (email, name) VALUES ('a@example.com', 'A')");
        }
        Files.writeString(demo.folder().resolve("notes.txt"), "mine");

        DemoProject reset = DemoProject.reset(dataFolder);

        assertThat(reset.folder().resolve("notes.txt")).doesNotExist();
        try (Connection connection = reset.databaseUrl().connect();
             ResultSet users = connection.createStatement().executeQuery("SELECT count(*) FROM users")) {
            assertThat(users.next()).isTrue();
            assertThat(users.getInt(1)).isZero();
        }
        assertThat(statuses(reset)).containsExactly(APPLIED, APPLIED, DRIFTED, PENDING);
        // No staging folder left behind (the journal of applied texts lives beside the demo).
        assertThat(dataFolder).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".demo-shop"));
    }

    @Test
    void theDemoJournalsItsAppliedTextsSoTheDriftCanBeDiffed() throws Exception {
        DemoProject demo = DemoProject.prepare(dataFolder);

        assertThat(DataFolder.journalIn(dataFolder)).isDirectoryRecursivelyContaining("glob:**/20240103090000-*.sql");
        assertThat(demo.folder()).exists();
    }

    @Test
    void resetLeavesAFolderAloneThatIsNotADemo() throws Exception {
        Path someoneElses = Files.createDirectories(dataFolder.resolve("demo-shop"));
        Files.writeString(someoneElses.resolve("precious.txt"), "keep me");

        assertThatThrownBy(() -> DemoProject.reset(dataFolder)).hasMessageContaining("not a Driftless demo");
        assertThat(someoneElses.resolve("precious.txt")).hasContent("keep me");
        assertThat(DemoProject.isDemo(someoneElses)).isFalse();
    }

    @Test
    void theBundledMigrationsRevertAndApplyCleanly(@TempDir Path projectFolder) throws Exception {
        DemoProject.copyMigrations(projectFolder.resolve("migrations"));
        Project project = Project.open(projectFolder, null);
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + projectFolder.resolve("check.db") + "?mode=rwc");
        try (Connection connection = url.connect()) {
            Migrator migrator = project.migrator(url, LOCK_TIMEOUT);
            MigrationSource source = project.readMigrations();
            assertThat(source.problems()).isEmpty();
            // The simple migration on top cannot be reverted, so the down files are tried below it.
            long reversibleTop = source.migrations().get(2).version();
            migrator.run(connection, source, new RunOptions(OptionalLong.of(reversibleTop), false, false),
                    MigrationListener.NONE);
            migrator.revert(connection, source, new RunOptions(OptionalLong.of(0), false, false), MigrationListener.NONE);
            assertThat(migrator.status(connection, source)).extracting(StatusRow::status).containsOnly(PENDING);

            migrator.run(connection, source, RunOptions.DEFAULTS, MigrationListener.NONE);
            assertThat(migrator.status(connection, source)).extracting(StatusRow::status).containsOnly(APPLIED);
        }
    }

    private static List<MigrationStatus> statuses(DemoProject demo) throws Exception {
        return status(demo).stream().map(StatusRow::status).toList();
    }

    private static List<StatusRow> status(DemoProject demo) throws Exception {
        try (Connection connection = demo.databaseUrl().connect()) {
            return migrator(demo).status(connection, project(demo).readMigrations());
        }
    }

    private static Project project(DemoProject demo) {
        return Project.open(demo.folder(), null);
    }

    private static Migrator migrator(DemoProject demo) {
        return project(demo).migrator(demo.databaseUrl(), LOCK_TIMEOUT);
    }
}
