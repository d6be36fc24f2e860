package dev.driftless.ui.actions;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real project folder with a real SQLite database, opened in a workspace. */
final class ActionFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    final Path directory;
    final Path migrations;
    final WorkspaceViewModel workspace;

    private ActionFixture(Path directory, BackgroundExecutor executor) {
        this.directory = directory;
        this.migrations = directory.resolve("migrations");
        this.workspace = new WorkspaceViewModel(executor, new LogViewModel(CLOCK), CLOCK, TestFolders.journal());
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder with: 1 simple, 2 and 3 reversible. */
    static ActionFixture threeMigrations(Path directory, BackgroundExecutor executor) {
        ActionFixture fixture = new ActionFixture(directory, executor);
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_posts.up.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_posts.down.sql", "DROP TABLE posts;\n");
        fixture.write("3_tags.up.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
        fixture.write("3_tags.down.sql", "DROP TABLE tags;\n");
        return fixture;
    }

    static ActionFixture empty(Path directory, BackgroundExecutor executor) {
        return new ActionFixture(directory, executor);
    }

    void write(String name, String sql) {
        try {
            Files.writeString(migrations.resolve(name), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ActionFixture openOnSqlite() {
        return open("sqlite://" + directory.resolve("db.sqlite") + "?mode=rwc");
    }

    ActionFixture open(String url) {
        workspace.open(Project.open(directory, null), DatabaseUrl.parse(url));
        return this;
    }
}
