package dev.driftless.ui.editor;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.ui.workspace.RunFailure;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The bar above an open migration that says what editing it means, from its merged status row.
 *
 * @param appliedChecksum the ledger's checksum, shown for a drifted migration; null otherwise
 * @param localChecksum   the file's checksum, shown for a drifted migration; null otherwise
 */
public record Banner(Level level, String message, Checksum appliedChecksum, Checksum localChecksum) {

    /** How loudly the banner speaks; the view maps it to a colour. */
    public enum Level { WARNING, DANGER }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The banner for {@code file} given its migration's status, if any. Only the up file gets one:
     * sqlx checksums up files only, so editing a down file never breaks a start.
     */
    public static Optional<Banner> of(Path file, StatusRow row, ZoneId zone) {
        return of(file, row, null, zone);
    }

    /** As {@link #of(Path, StatusRow, ZoneId)}; a pending migration whose last run failed ({@code failure}) says so. */
    public static Optional<Banner> of(Path file, StatusRow row, RunFailure failure, ZoneId zone) {
        if (row == null || row.migration() == null || !sameFile(file, row.migration().upFile())) {
            return Optional.empty();
        }
        if (failure != null && row.status() == MigrationStatus.PENDING) {
            return Optional.of(new Banner(Level.DANGER, "Its " + failure.describe()
                    + ". Nothing of it was kept; fix it and run it again.", null, null));
        }
        return switch (row.status()) {
            case APPLIED -> Optional.of(new Banner(Level.WARNING, "Applied on " + installedOn(row, zone)
                    + ". Editing it changes its checksum, and sqlx will then refuse to start the application.",
                    null, null));
            case DRIFTED -> Optional.of(new Banner(Level.DANGER,
                    "This migration no longer matches what was applied.",
                    row.applied().checksum(), row.migration().checksum()));
            case FAILED -> Optional.of(new Banner(Level.DANGER, "This migration failed on " + installedOn(row, zone)
                    + ". sqlx runs no migration until its ledger row is removed and the database repaired.",
                    null, null));
            case PENDING, MISSING, UNKNOWN -> Optional.empty();
        };
    }

    private static String installedOn(StatusRow row, ZoneId zone) {
        return DATE.format(row.applied().installedOn().atZone(zone));
    }

    private static boolean sameFile(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
