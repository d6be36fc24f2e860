package dev.driftless.core.engine;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.SourceProblem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Why Driftless will not do what was asked, as data (sqlx's {@code MigrateError}: one variant per
 * refusal, its message written once, here). Where sqlx has a message for the same refusal it is
 * kept word for word. A refusal says what is wrong, never which flag, command or button fixes it:
 * the command line and the window each word their own hint from the refusal's data.
 * Carried by {@link MigrateException#refusal()}.
 */
public sealed interface Refusal {

    /** The sentence shown after {@code error: } on the command line and in the window's dialogs. */
    String message();

    /** sqlx's {@code Dirty}: a {@code success = false} row blocks every run. */
    record PartiallyApplied(long version, LedgerTable table) implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " is partially applied; fix and remove row from `" + table.sqlName()
                    + "` table";
        }
    }

    /** sqlx's {@code VersionMissing}: an applied version has no file. */
    record MissingMigration(long version) implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " was previously applied but is missing in the resolved migrations";
        }
    }

    /** sqlx's {@code VersionMismatch}: an applied file's checksum changed. */
    record ModifiedMigration(long version) implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " was previously applied but has been modified";
        }
    }

    /** sqlx's {@code VersionNotPresent}: the target version has no file. */
    record TargetNotInSource(long target) implements Refusal {
        @Override
        public String message() {
            return "migration " + target + " is not present in the migration source";
        }
    }

    /** sqlx's {@code VersionTooOld}: a run's target lies below what is already applied. */
    record TargetOlderThanLatest(long target, long latest) implements Refusal {
        @Override
        public String message() {
            return "migration " + target + " is older than the latest applied migration " + latest;
        }
    }

    /** sqlx's {@code VersionTooNew}: a revert's target lies above what is applied. */
    record TargetNewerThanLatest(long target, long latest) implements Refusal {
        @Override
        public String message() {
            return "migration " + target + " is newer than the latest applied migration " + latest;
        }
    }

    /** The folder has problems (bad names, duplicates, unreadable files): every status below them could be wrong. */
    record FolderHasProblems(Path directory, List<SourceProblem> problems) implements Refusal {
        public FolderHasProblems {
            problems = List.copyOf(problems);
        }

        @Override
        public String message() {
            return "the migrations folder " + directory + " has problems:\n"
                    + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
        }
    }

    /** A revert would need the down file of a migration whose files are gone. */
    record RevertWithoutFile(long version, String description) implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " (" + description + ") is applied but its file is missing, "
                    + "so it cannot be reverted";
        }
    }

    /**
     * A revert would have to go under a simple migration (sqlx-cli silently reverts the older
     * reversible one underneath instead).
     *
     * @param underneath the newest older applied version sqlx-cli would revert, if any
     */
    record RevertUnderSimpleMigration(long version, String description, Path upFile, OptionalLong underneath)
            implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " (" + description + ") is a simple migration with no down file, "
                    + "so it cannot be reverted"
                    + (underneath.isPresent() ? "; sqlx-cli would silently revert the older migration "
                    + underneath.getAsLong() + " underneath it instead, which is rarely what anyone wants" : "");
        }

        /** The up file's name in a reversible pair; renaming to it keeps the checksum. */
        public String reversibleUpName() {
            return version + "_" + description.replace(' ', '_') + ".up.sql";
        }
    }

    /**
     * Another session held the migration lock for longer than the allowed wait.
     *
     * @param holder  who holds it, when the database or the lock file tells (e.g. "PostgreSQL backend pid 42")
     * @param blocked the ledger repair that had to wait, as a verb phrase; empty for a run or revert
     */
    record LockTimedOut(Duration timeout, Optional<String> holder, Optional<String> blocked) implements Refusal {
        @Override
        public String message() {
            String timedOut = "timed out after " + timeout.toSeconds() + " s waiting for the migration lock"
                    + holder.map(who -> " held by " + who).orElse("");
            return blocked.map(what -> "cannot " + what + " while a migration run holds the lock: " + timedOut)
                    .orElse(timedOut);
        }
    }

    /** A file's checksum changed between planning and running it. */
    record FileChangedDuringRun(Path file) implements Refusal {
        @Override
        public String message() {
            return file + " changed while the run was starting; nothing of it was applied";
        }
    }

    /** {@code migrate add} with a blank description. */
    record DescriptionMissing() implements Refusal {
        @Override
        public String message() {
            return "a migration needs a description";
        }
    }

    /**
     * A description holding a character no file name should: a path separator or a control
     * character (a newline would end up in the file's name).
     */
    record DescriptionInvalid(String description, int character) implements Refusal {
        @Override
        public String message() {
            if (character == '/' || character == '\\') {
                return "description \"" + description + "\" must not contain / or \\";
            }
            // The description itself is left out: printing it would print the control character.
            return "a description must not contain control characters; this one contains " + describe(character);
        }

        /** {@code U+000A (line feed)}: the code point and its Unicode name. */
        private static String describe(int character) {
            String name = Character.getName(character);
            String words = name == null ? "a control character"
                    : name.replaceAll(" \\(.*\\)$", "").toLowerCase(Locale.ROOT);
            return String.format("U+%04X (%s)", character, words);
        }
    }

    /** The version {@code migrate add} chose is already taken. */
    record VersionTaken(long version, Path existing) implements Refusal {
        @Override
        public String message() {
            return "version " + version + " is already used by " + existing;
        }
    }

    /** A file Driftless would create is already there: nothing is ever overwritten. */
    record AlreadyExists(Path file) implements Refusal {
        @Override
        public String message() {
            return file + " already exists; nothing was written";
        }
    }

    /** A file Driftless was creating appeared in the meantime (another program made it). */
    record AppearedMeanwhile(Path file) implements Refusal {
        @Override
        public String message() {
            return file + " appeared while creating the migration; it was left untouched";
        }
    }

    /** A ledger repair names a version that neither the ledger nor the folder has. */
    record UnknownVersion(long version, LedgerTable table, Path directory) implements Refusal {
        @Override
        public String message() {
            return "migration " + version + " is neither in the ledger " + table + " nor in " + directory;
        }
    }

    /**
     * A ledger repair asked for a migration of another status than the one it fixes.
     *
     * @param repair   the repair's word, e.g. "forget"
     * @param action   what it would do, e.g. "forget the missing migration 3"
     * @param required the only status the repair is for
     */
    record RepairDoesNotFit(long version, String repair, String action, MigrationStatus status,
                            MigrationStatus required) implements Refusal {
        @Override
        public String message() {
            return "cannot " + action + ": it is " + status.label() + ", and " + repair + " is only for "
                    + required.label() + " migrations";
        }
    }

    /** The ledger row a repair (or its undo) was prepared for changed before it ran. */
    record LedgerRowChanged(long version) implements Refusal {
        @Override
        public String message() {
            return "the ledger row of migration " + version + " changed since this repair was prepared; "
                    + "nothing was changed";
        }
    }

    /** "Move edit to new migration" is only for a drifted migration. */
    record NotDrifted(long version, MigrationStatus status) implements Refusal {
        @Override
        public String message() {
            return "cannot move the edit of migration " + version + " into a new migration: it is "
                    + status.label() + ", not drifted";
        }
    }

    /** The text the database ran was not found, so nothing can be restored or moved. */
    record AppliedTextUnknown(long version, Path file) implements Refusal {
        @Override
        public String message() {
            return "cannot move the edit of " + file.getFileName() + " into a new migration: the text the "
                    + "database ran was not found (no journal copy, no commit, no cosmetic variant)";
        }
    }

    /** Only comments, whitespace or line endings changed: there is no statement to move. */
    record NothingToMove(long version, Path file) implements Refusal {
        @Override
        public String message() {
            return "nothing to move from " + file.getFileName() + ": its statements are the ones the database "
                    + "ran; only comments, whitespace or line endings changed";
        }
    }

    /** A settings file (sqlx.toml) already says what the repair would write. */
    record NothingToChange(Path file, String already) implements Refusal {
        @Override
        public String message() {
            return file + " already " + already + "; nothing to change";
        }
    }

    /** A settings file (sqlx.toml) could not be edited safely, so it was left as it is. */
    record ConfigEditRefused(Path file, String reason) implements Refusal {
        @Override
        public String message() {
            return "refused to edit " + file + ": " + reason + "; nothing was written";
        }
    }
}
