package dev.driftless.core.source;

import java.nio.file.Path;

/**
 * One migration found on disk. The SQL itself is not kept: it is read again (and its checksum
 * checked) when the migration runs, so a large folder costs only its hashes in memory.
 *
 * @param version         the integer before the first `_`
 * @param description     the rest of the name, `_` turned into spaces
 * @param type            simple, or reversible when a down file exists
 * @param upFile          the file that is applied (the simple file, or `.up.sql` / `up.sql`)
 * @param downFile        the revert file, or null for a simple migration
 * @param checksum        SHA-384 of the up file (ignored-chars removed), as sqlx stores it
 * @param noTransaction   the up file starts with `-- no-transaction`
 */
public record Migration(long version, String description, MigrationType type, Path upFile, Path downFile,
                        Checksum checksum, boolean noTransaction) {
}
