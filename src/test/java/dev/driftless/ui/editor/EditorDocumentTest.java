package dev.driftless.ui.editor;

import dev.driftless.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditorDocumentTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void crlfAndBomAreKeptByteForByteOnSave() throws IOException {
        byte[] original = concat(BOM, "CREATE TABLE t (\r\n  id INT\r\n);\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("1_init.sql", original);

        EditorDocument document = EditorDocument.read(file);
        assertThat(document.text()).isEqualTo("CREATE TABLE t (\n  id INT\n);\n");
        assertThat(document.lineEnding()).isEqualTo(EditorDocument.LineEnding.CRLF);
        assertThat(document.hasBom()).isTrue();

        document.write(document.text());
        assertThat(Files.readAllBytes(file)).isEqualTo(original);

        document.write("SELECT 1;\nSELECT 2;\n");
        assertThat(Files.readAllBytes(file))
                .isEqualTo(concat(BOM, "SELECT 1;\r\nSELECT 2;\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lfFilesWithoutBomStayThatWay() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorDocument.read(file).write("SELECT 2;\n");
        assertThat(Files.readString(file)).isEqualTo("SELECT 2;\n");
    }

    @Test
    void atomicSaveLeavesNoTempFile() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorDocument.read(file).write("SELECT 2;\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void nonUtf8FilesAreRefused() throws IOException {
        Path file = write("1_init.sql", new byte[] {'S', (byte) 0xFF, 'X'});
        assertThatThrownBy(() -> EditorDocument.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aNonUtf8ByteIsRefusedAlsoInATextThatHasOtherNonAsciiCharacters() throws IOException {
        Path file = write("1_init.sql", concat("SELECT 'café' AS \uFFFD;".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, '\n'}));
        assertThatThrownBy(() -> EditorDocument.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("1_init.sql is not UTF-8");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsReadAsItIs() throws IOException {
        String text = "-- \uFFFD marks bytes another tool could not read; \u00e9t\u00e9 \uD83D\uDE00\nSELECT 1;\n";
        Path file = write("1_init.sql", text.getBytes(StandardCharsets.UTF_8));
        assertThat(EditorDocument.read(file).text()).isEqualTo(text);
    }

    @Test
    void editingMakesTheDocumentDirtyAndSavingCleansIt() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorViewModel model = loaded(file);
        assertThat(model.isDirty()).isFalse();

        model.edit("SELECT 12;\n");
        assertThat(model.isDirty()).isTrue();
        model.edit("SELECT 1;\n");
        assertThat(model.isDirty()).as("back to what is on disk").isFalse();

        model.edit("SELECT 2;\n");
        boolean[] saved = {false};
        model.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(model.isDirty()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("SELECT 2;\n");
    }

    @Test
    void aChangeOnDiskWithLocalEditsIsAConflictThatReloadResolves() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorViewModel model = loaded(file);
        model.edit("SELECT 'mine';\n");
        Files.writeString(file, "SELECT 'theirs';\n");

        model.reloadIfUnchanged();
        assertThat(model.isConflict()).isTrue();
        assertThat(model.getText()).as("my edits are still there").isEqualTo("SELECT 'mine';\n");

        model.reloadFromDisk();
        assertThat(model.isConflict()).isFalse();
        assertThat(model.getText()).isEqualTo("SELECT 'theirs';\n");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void keepMineOverwritesOnTheNextSave() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorViewModel model = loaded(file);
        model.edit("SELECT 'mine';\n");
        Files.writeString(file, "SELECT 'theirs';\n");
        model.reloadIfUnchanged();

        model.keepMine();
        assertThat(model.isConflict()).isFalse();
        assertThat(model.isDirty()).isTrue();
        model.save(() -> { });
        assertThat(Files.readString(file)).isEqualTo("SELECT 'mine';\n");
    }

    @Test
    void savingOverAFileChangedOnDiskRaisesAConflictInsteadOfWriting() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorViewModel model = loaded(file);
        model.edit("SELECT 'mine';\n");
        Files.writeString(file, "SELECT 'theirs';\n");

        model.save(() -> { });
        assertThat(model.isConflict()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("SELECT 'theirs';\n");
    }

    @Test
    void aChangeOnDiskWithoutLocalEditsIsReloaded() throws IOException {
        Path file = write("1_init.sql", "SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
        EditorViewModel model = loaded(file);
        int loads = model.loadCountProperty().get();
        Files.writeString(file, "SELECT 'theirs';\n");

        model.reloadIfUnchanged();
        assertThat(model.isConflict()).isFalse();
        assertThat(model.getText()).isEqualTo("SELECT 'theirs';\n");
        assertThat(model.loadCountProperty().get()).isEqualTo(loads + 1);
    }

    private EditorViewModel loaded(Path file) {
        EditorViewModel model = new EditorViewModel(file, null, BackgroundExecutor.immediate(), ZoneOffset.UTC);
        model.load();
        return model;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
