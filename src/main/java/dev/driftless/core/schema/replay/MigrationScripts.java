package dev.driftless.core.schema.replay;

import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSourceReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A migration's files as read now, for a check that applies and reverts them in a shadow.
 *
 * @param upName   the up file's name, for messages
 * @param downName the down file's name, null for a simple migration
 * @param down     the down file's text, null for a simple migration
 */
public record MigrationScripts(MigrationRef migration, Checksum checksum, String upName, String up, String downName,
                               String down) {

    /** Reads the migration's files. */
    public static MigrationScripts read(Migration migration) throws IOException {
        Path downFile = migration.downFile();
        return new MigrationScripts(new MigrationRef(migration.version(), migration.description()), migration.checksum(),
                name(migration.upFile()), MigrationSourceReader.readSql(migration.upFile()),
                downFile == null ? null : name(downFile),
                downFile == null ? null : MigrationSourceReader.readSql(downFile));
    }

    public boolean isReversible() {
        return down != null;
    }

    /** {@code 20240103090000_x.up.sql}, or {@code 20240103090000_x/up.sql} in the folder-per-migration layout. */
    private static String name(Path file) {
        Path parent = file.getParent();
        boolean folderLayout = file.getFileName().toString().equals("up.sql")
                || file.getFileName().toString().equals("down.sql");
        return folderLayout && parent != null ? parent.getFileName() + "/" + file.getFileName()
                : file.getFileName().toString();
    }
}
