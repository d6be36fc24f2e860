package dev.driftless.core.repair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several files as one repair, journalled with their exact bytes and undone by a journal opened after a restart. */
class FileRepairJournalTest {
    private static final byte[] EDITED = "\uFEFFCREATE TABLE users (id BIGINT);\r\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] APPLIED = "CREATE TABLE users (id INTEGER);\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MOVED = "ALTER TABLE users ADD name TEXT;\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path project() throws IOException {
        return Files.createDirectories(folder.resolve("project"));
    }

    private Path journalFolder() {
        return folder.resolve("data").resolve("repairs").resolve("files");
    }

    /** Puts the applied text back in the edited file and creates a second file: the shape of "move the edit". */
    private FileRepair restoreAndCreate(Path project) throws IOException {
        Path edited = Files.createDirectories(project.resolve("migrations")).resolve("0001_users.sql");
        Files.write(edited, EDITED);
        Path created = project.resolve("migrations").resolve("0002_amend_users.sql");
        return FileRepair.ofFiles("move the edit of 0001_users.sql", List.of(
                new FileEdit(edited, Files.readAllBytes(edited), APPLIED, "restore 0001_users.sql"),
                new FileEdit(created, null, MOVED, "create 0002_amend_users.sql")));
    }

    @Test
    void aRepairIsUndoneByAJournalOpenedAfterARestartByteForByte() throws IOException, Exception {
        Path project = project();
        FileRepair repair = restoreAndCreate(project);
        repair.apply(null);
        new FileRepairJournal(journalFolder()).record(project, null, repair);

        FileRepairJournal restarted = new FileRepairJournal(journalFolder());
        FileRepairJournal.Entry entry = restarted.lastUndoable(project).orElseThrow();
        assertThat(entry.description()).isEqualTo("move the edit of 0001_users.sql");
        assertThat(entry.rows()).isEmpty();
        assertThat(entry.database()).isEmpty();
        entry.repair(null, Duration.ZERO).undo(null);
        restarted.markUndone(entry);

        assertThat(Files.readAllBytes(project.resolve("migrations/0001_users.sql"))).isEqualTo(EDITED);
        assertThat(project.resolve("migrations/0002_amend_users.sql")).doesNotExist();
        assertThat(restarted.lastUndoable(project)).isEmpty();
    }

    @Test
    void undoWalksBackThroughOneProjectsRepairsNewestFirst() throws Exception {
        Path project = project();
        Path other = Files.createDirectories(folder.resolve("other"));
        FileRepairJournal journal = new FileRepairJournal(journalFolder());
        Path notes = project.resolve("notes.txt");
        FileRepair first = FileRepair.ofFiles("first", List.of(new FileEdit(notes, null, bytes("1"), "create notes")));
        first.apply(null);
        journal.record(project, null, first);
        FileRepair second = FileRepair.ofFiles("second", List.of(new FileEdit(notes, bytes("1"), bytes("2"), "edit")));
        second.apply(null);
        journal.record(project, null, second);
        journal.record(other, null, FileRepair.ofFiles("elsewhere",
                List.of(new FileEdit(other.resolve("x"), null, bytes("x"), "create x"))));

        FileRepairJournal.Entry newest = journal.lastUndoable(project).orElseThrow();
        assertThat(newest.description()).isEqualTo("second");
        journal.markUndone(newest);
        assertThat(journal.lastUndoable(project).orElseThrow().description()).isEqualTo("first");
        assertThat(journal.lastUndoable(other).orElseThrow().description()).isEqualTo("elsewhere");
    }

    @Test
    void undoIsRefusedWhenAFileChangedSinceAndLeavesEveryFileAsItWas() throws Exception {
        Path project = project();
        FileRepair repair = restoreAndCreate(project);
        repair.apply(null);
        FileRepairJournal journal = new FileRepairJournal(journalFolder());
        journal.record(project, null, repair);
        Path edited = project.resolve("migrations/0001_users.sql");
        Files.writeString(edited, "-- changed by someone\n");

        FileRepairJournal.Entry entry = journal.lastUndoable(project).orElseThrow();
        // The created file is undone first (last edit first), then the changed one refuses: the first is put back.
        assertThatThrownBy(() -> entry.repair(null, Duration.ZERO).undo(null))
                .isInstanceOf(IOException.class).hasMessageContaining("changed on disk since it was written");

        assertThat(edited).hasContent("-- changed by someone\n");
        assertThat(Files.readAllBytes(project.resolve("migrations/0002_amend_users.sql"))).isEqualTo(MOVED);
        assertThat(journal.lastUndoable(project).map(FileRepairJournal.Entry::file)).contains(entry.file());
    }

    @Test
    void whenTheSecondEditFailsTheFirstIsRolledBack() throws Exception {
        Path project = project();
        FileRepair repair = restoreAndCreate(project);
        Path created = project.resolve("migrations/0002_amend_users.sql");
        Files.writeString(created, "-- appeared meanwhile\n");

        assertThatThrownBy(() -> repair.apply(null)).isInstanceOf(IOException.class)
                .hasMessageContaining("0002_amend_users.sql changed on disk since it was planned");

        assertThat(Files.readAllBytes(project.resolve("migrations/0001_users.sql"))).isEqualTo(EDITED);
        assertThat(created).hasContent("-- appeared meanwhile\n");
    }

    @Test
    void aBrokenEntryIsNamed() throws Exception {
        Path project = project();
        FileRepairJournal journal = new FileRepairJournal(journalFolder());
        FileRepairJournal.Entry entry = journal.record(project, null, FileRepair.ofFiles("x",
                List.of(new FileEdit(project.resolve("x"), null, bytes("x"), "create x"))));
        Files.writeString(entry.file(), "project=" + project.toAbsolutePath().toString().replace(":", "\\:") + "\n");

        assertThatThrownBy(() -> journal.lastUndoable(project))
                .hasMessageStartingWith(entry.file() + " is not a readable file repair journal entry");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
