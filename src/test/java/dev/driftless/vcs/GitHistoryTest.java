package dev.driftless.vcs;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.FileRemoval;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.testing.GitRepo;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class GitHistoryTest {
    private static final MigrationSourceReader READER = new MigrationSourceReader();
    // Long enough that a one-line edit keeps the renamed file similar enough for rename detection.
    private static final String APPLIED = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> "INSERT INTO t VALUES (" + i + ");\n").collect(Collectors.joining());

    @TempDir
    Path project;

    @Test
    void followsRenamesToTheCommitWhoseContentWasApplied() throws Exception {
        RevCommit applied;
        try (GitRepo git = GitRepo.init(project)) {
            write("migrations/1_first_name.sql", APPLIED);
            applied = git.commitAll("migrations", "add");
            Files.delete(project.resolve("migrations/1_first_name.sql"));
            write("migrations/1_better_name.sql", APPLIED.replace("(20)", "(21)"));
            git.commitAll("migrations", "rename and edit");
        }
        Path current = project.resolve("migrations/1_better_name.sql");

        AppliedText text;
        try (GitHistory history = history()) {
            text = history.find(drifted(current)).orElseThrow();
        }

        assertThat(text.text()).isEqualTo(APPLIED);
        assertThat(text.sourceLabel()).isEqualTo("git:" + applied.getName());
        assertThat(text.commit().orElseThrow().author()).isEqualTo("Ada Lovelace <ada@example.org>");
        assertThat(text.commit().orElseThrow().date()).isEqualTo(GitRepo.AUTHOR.getWhenAsInstant());
        assertThat(text.originDetail()).startsWith("migrations/1_first_name.sql in commit " + applied.getName());
    }

    @Test
    void oneWalkForManyFilesFindsWhatTheSearchOfEachFindsRenamesIncluded() throws Exception {
        RevCommit first;
        RevCommit renamed;
        try (GitRepo git = GitRepo.init(project)) {
            write("migrations/1_users.sql", APPLIED);
            write("migrations/2_old_name.sql", APPLIED.replace("t", "u"));
            write("migrations/3_orders.sql", "SELECT 3;\n");
            first = git.commitAll("migrations", "add");
            write("migrations/1_users.sql", APPLIED + "-- later\n");
            write("other.txt", "not a migration");
            git.commitAll(".", "edit and unrelated");
            Files.delete(project.resolve("migrations/2_old_name.sql"));
            write("migrations/2_new_name.sql", APPLIED.replace("t", "u").replace("(20)", "(21)"));
            renamed = git.commitAll("migrations", "rename and edit");
        }
        List<StatusRow> rows = List.of(
                drifted(1, project.resolve("migrations/1_users.sql"), APPLIED),
                drifted(2, project.resolve("migrations/2_new_name.sql"), APPLIED.replace("t", "u")),
                drifted(3, project.resolve("migrations/3_orders.sql"), "SELECT 'never committed';\n"));

        List<Optional<AppliedText>> oneByOne = new ArrayList<>();
        try (GitHistory history = history()) {
            rows.forEach(row -> oneByOne.add(history.find(row)));
        }
        List<Optional<AppliedText>> batched = new ArrayList<>();
        try (GitHistory history = history()) {
            history.prefetch(rows);
            rows.forEach(row -> batched.add(history.find(row)));
        }

        assertThat(batched).isEqualTo(oneByOne);
        assertThat(batched.get(0).orElseThrow().sourceLabel()).isEqualTo("git:" + first.getName());
        assertThat(batched.get(1).orElseThrow().originDetail()).startsWith("migrations/2_old_name.sql in commit "
                + first.getName());
        assertThat(batched.get(2)).isEmpty();
        assertThat(renamed).isNotNull();
    }

    @Test
    void namesTheCommitThatRemovedAMissingFile() throws Exception {
        RevCommit removal;
        try (GitRepo git = GitRepo.init(project)) {
            write("migrations/1_first.sql", APPLIED);
            write("migrations/2_second.up.sql", "SELECT 2;\n");
            write("migrations/2_second.down.sql", "SELECT -2;\n");
            git.commitAll("migrations", "add");
            Files.delete(project.resolve("migrations/2_second.down.sql"));
            git.commitAll("migrations", "no way back");
            Files.delete(project.resolve("migrations/2_second.up.sql"));
            removal = git.commitAll("migrations", "remove");
        }

        try (GitHistory history = history()) {
            FileRemoval found = history.removalOf(2).orElseThrow();

            assertThat(found.commit().id()).isEqualTo(removal.getName());
            assertThat(found.path()).isEqualTo("migrations/2_second.up.sql");
            assertThat(history.removalOf(1)).isEmpty();
        }
    }

    @Test
    void outsideARepositoryThereIsNoHistory() throws Exception {
        assertThat(GitHistory.open(project.resolve("migrations"), READER)).isEmpty();
    }

    private GitHistory history() throws Exception {
        return GitHistory.open(project.resolve("migrations"), READER).orElseThrow();
    }

    private static StatusRow drifted(Path file) throws Exception {
        return drifted(1, file, APPLIED);
    }

    private static StatusRow drifted(long version, Path file, String applied) throws Exception {
        Migration migration = new Migration(version, "better name", null, file, null,
                READER.checksumOf(Files.readString(file)), false);
        AppliedMigration row = new AppliedMigration(version, "first name", Instant.EPOCH, true,
                Checksums.sha384(applied, IgnoredChars.NONE), 1);
        return new StatusRow(version, "better name", MigrationStatus.DRIFTED, false, migration, row);
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text);
    }
}
