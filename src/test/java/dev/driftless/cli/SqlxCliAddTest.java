package dev.driftless.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sqlx-cli's own {@code tests/add.rs} (launchbadge/sqlx 9d6bf6629f17) with Driftless in place of
 * sqlx-cli: one test per Rust test, every step and assertion as it is there. Each
 * {@code AddMigrations} runs `migrate add` in an empty folder of its own; configs are passed as
 * {@code --config=/absolute/path} to sqlx-cli's assets.
 */
class SqlxCliAddTest {

    /** sqlx-cli's crate root, holding its tests/assets. */
    @TempDir
    Path crateRoot;

    @TempDir
    Path temp;

    @BeforeEach
    void copyAssets() {
        SqlxCliAssets.copyTo(crateRoot);
    }

    @Test
    void addMigrationErrorAmbiguous() throws IOException {
        for (boolean reversible : new boolean[] {true, false}) {
            AddMigrationsResult files = new AddMigrations()
                    // Passing both `--timestamp` and `--reversible` should result in an error.
                    .run("hello world", reversible, true, true, false)
                    .fsOutput();

            // Assert that no files are created
            assertThat(files.files()).isEmpty();
        }
    }

    @Test
    void addMigrationSequential() throws IOException {
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world", false, false, true, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(1);
            files.assertIsNotReversible();
            assertThat(files.get(0).id()).isEqualTo(1);
        }
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world1", false, false, true, true)
                    .run("hello world2", true, false, true, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(3);
            assertThat(files.get(0).id()).isEqualTo(1);
            assertThat(files.get(1).id()).isEqualTo(2);
            assertThat(files.get(1).suffix()).isEqualTo("down.sql");
            assertThat(files.get(2).id()).isEqualTo(2);
            assertThat(files.get(2).suffix()).isEqualTo("up.sql");
        }
    }

    @Test
    void addMigrationSequentialReversible() throws IOException {
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world", true, false, true, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(2);
            files.assertIsReversible();
            assertThat(files.get(0).id()).isEqualTo(1);
            assertThat(files.get(0).id()).isEqualTo(1);
        }
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world1", true, false, true, true)
                    .run("hello world2", true, true, false, true)
                    .run("hello world3", true, false, true, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(6);
            files.assertIsReversible();
            assertThat(files.get(0).id()).isEqualTo(1);
            assertThat(files.get(1).id()).isEqualTo(1);
            // sequential -> timestamp is one way
            files.get(2).assertIsTimestamp();
            files.get(3).assertIsTimestamp();
            files.get(4).assertIsTimestamp();
            files.get(5).assertIsTimestamp();
        }
    }

    @Test
    void addMigrationTimestamp() throws IOException {
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world", false, true, false, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(1);
            files.assertIsNotReversible();
            files.get(0).assertIsTimestamp();
        }
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world1", false, true, false, true)
                    .run("hello world2", true, false, true, true)
                    .fsOutput();
            assertThat(files.len()).isEqualTo(3);
            files.get(0).assertIsTimestamp();
            // sequential -> timestamp is one way
            files.get(1).assertIsTimestamp();
            files.get(2).assertIsTimestamp();
        }
    }

    @Test
    void addMigrationTimestampReversible() throws IOException {
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world", true, false, false, true)
                    .fsOutput();

            assertThat(files.len()).isEqualTo(2);
            files.assertIsReversible();

            // .up.sql and .down.sql
            files.get(0).assertIsTimestamp();
            assertThat(files.get(1).id()).isEqualTo(files.get(0).id());
        }
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world", true, true, false, true)
                    .fsOutput();

            assertThat(files.len()).isEqualTo(2);
            files.assertIsReversible();

            // .up.sql and .down.sql
            files.get(0).assertIsTimestamp();
            assertThat(files.get(1).id()).isEqualTo(files.get(0).id());
        }
        {
            AddMigrationsResult files = new AddMigrations()
                    .run("hello world1", true, true, false, true)
                    // Reversible should be inferred, but sequential should be forced
                    .run("hello world2", false, false, true, true)
                    .fsOutput();

            assertThat(files.len()).isEqualTo(4);
            files.assertIsReversible();

            // First pair: .up.sql and .down.sql
            files.get(0).assertIsTimestamp();
            assertThat(files.get(1).id()).isEqualTo(files.get(0).id());

            // Second pair; we set `--sequential` so this version should be one higher
            assertThat(files.get(2).id()).isEqualTo(files.get(1).id() + 1);
            assertThat(files.get(3).id()).isEqualTo(files.get(1).id() + 1);
        }
    }

    @Test
    void addMigrationConfigDefaultTypeReversible() throws IOException {
        AddMigrationsResult files = new AddMigrations()
                .withConfig("config_default_type_reversible.toml")
                // Type should default to reversible without any flags
                .run("hello world", false, false, false, true)
                .run("hello world2", false, false, false, true)
                .run("hello world3", false, false, false, true)
                .fsOutput();

        assertThat(files.len()).isEqualTo(6);
        files.assertIsReversible();

        files.get(0).assertIsTimestamp();
        assertThat(files.get(1).id()).isEqualTo(files.get(0).id());

        files.get(2).assertIsTimestamp();
        assertThat(files.get(3).id()).isEqualTo(files.get(2).id());

        files.get(4).assertIsTimestamp();
        assertThat(files.get(5).id()).isEqualTo(files.get(4).id());
    }

    @Test
    void addMigrationConfigDefaultVersioningSequential() throws IOException {
        AddMigrationsResult files = new AddMigrations()
                .withConfig("config_default_versioning_sequential.toml")
                // Versioning should default to timestamp without any flags
                .run("hello world", false, false, false, true)
                .run("hello world2", false, false, false, true)
                .run("hello world3", false, false, false, true)
                .fsOutput();

        assertThat(files.len()).isEqualTo(3);
        files.assertIsNotReversible();

        assertThat(files.get(0).id()).isEqualTo(1);
        assertThat(files.get(1).id()).isEqualTo(2);
        assertThat(files.get(2).id()).isEqualTo(3);
    }

    @Test
    void addMigrationConfigDefaultVersioningTimestamp() throws IOException {
        AddMigrations migrations = new AddMigrations();

        migrations
                .run("hello world", false, false, true, true)
                // Default config should infer sequential even without passing `--sequential`
                .run("hello world2", false, false, false, true)
                .run("hello world3", false, false, false, true);

        AddMigrationsResult files = migrations.fsOutput();

        assertThat(files.len()).isEqualTo(3);
        files.assertIsNotReversible();

        assertThat(files.get(0).id()).isEqualTo(1);
        assertThat(files.get(1).id()).isEqualTo(2);
        assertThat(files.get(2).id()).isEqualTo(3);

        // Now set a config that uses `default-versioning = "timestamp"`
        migrations = migrations.withConfig("config_default_versioning_timestamp.toml");

        // Now the default should be a timestamp
        migrations
                .run("hello world4", false, false, false, true)
                .run("hello world5", false, false, false, true);

        files = migrations.fsOutput();

        assertThat(files.len()).isEqualTo(5);
        files.assertIsNotReversible();

        assertThat(files.get(0).id()).isEqualTo(1);
        assertThat(files.get(1).id()).isEqualTo(2);
        assertThat(files.get(2).id()).isEqualTo(3);

        files.get(3).assertIsTimestamp();
        files.get(4).assertIsTimestamp();
    }

    /** A created file's name: version, description, and everything after the first dot. */
    private record FileName(long id, String description, String suffix) {

        static FileName of(Path path) {
            String fileName = path.getFileName().toString();
            int underscore = fileName.indexOf('_');
            String rest = fileName.substring(underscore + 1);
            int dot = rest.indexOf('.');
            return new FileName(Long.parseLong(fileName.substring(0, underscore)), rest.substring(0, dot),
                    rest.substring(dot + 1));
        }

        void assertIsTimestamp() {
            assertThat(id).as("%s is too low for a timestamp", this).isGreaterThan(20200101000000L);
        }
    }

    private record AddMigrationsResult(List<FileName> files) {
        int len() {
            return files.size();
        }

        FileName get(int index) {
            return files.get(index);
        }

        void assertIsReversible() {
            int upCount = 0;
            int downCount = 0;
            for (FileName file : files) {
                if (file.suffix().equals("down.sql")) {
                    downCount++;
                } else if (file.suffix().equals("up.sql")) {
                    upCount++;
                } else {
                    throw new AssertionError("unknown suffix for " + file);
                }
                assertThat(file.description()).startsWith("hello_world");
            }
            assertThat(upCount).isEqualTo(downCount);
        }

        void assertIsNotReversible() {
            for (FileName file : files) {
                assertThat(file.suffix()).isEqualTo("sql");
                assertThat(file.description()).startsWith("hello_world");
            }
        }
    }

    /** add.rs's AddMigrations: an empty folder of its own, and optionally a --config argument. */
    private final class AddMigrations {
        private final Path tempdir;
        private final String configArg;

        AddMigrations() throws IOException {
            this(Files.createTempDirectory(temp, "add"), null);
        }

        private AddMigrations(Path tempdir, String configArg) {
            this.tempdir = tempdir;
            this.configArg = configArg;
        }

        AddMigrations withConfig(String filename) throws IOException {
            Path path = crateRoot.resolve("tests/assets/" + filename).toRealPath();
            return new AddMigrations(tempdir, "--config=" + path);
        }

        AddMigrations run(String description, boolean reversible, boolean timestamp, boolean sequential,
                          boolean expectSuccess) {
            List<String> args = new ArrayList<>(List.of("migrate", "add", description));
            if (configArg != null) {
                args.add(configArg);
            }
            if (reversible) {
                args.add("-r");
            }
            if (timestamp) {
                args.add("--timestamp");
            }
            if (sequential) {
                args.add("--sequential");
            }
            CliRun run = CliRun.in(tempdir, args.toArray(String[]::new));
            if (expectSuccess) {
                assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
            } else {
                assertThat(run.exitCode()).as("exit code; stdout: %s", run.out()).isNotZero();
            }
            return this;
        }

        AddMigrationsResult fsOutput() throws IOException {
            List<FileName> names = new ArrayList<>();
            for (Path path : SqlxCliAssets.files(tempdir)) {
                names.add(FileName.of(tempdir.relativize(path)));
            }
            return new AddMigrationsResult(names);
        }
    }
}
