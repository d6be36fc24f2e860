package dev.driftless.core.repair;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.source.MigrationType;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans "turn the edit into a new migration" for a drifted migration whose applied text is known:
 * the file goes back to the applied text (so its checksum matches the ledger again) and the
 * difference goes into a new migration, named by {@code migrate add}'s rules. The difference is
 * {@link StatementDifference}'s: added statements, in file order, become the new migration's SQL;
 * removed ones (including the old form of a changed statement) are listed as comments, so nothing
 * is lost and the person decides. A reversible pair gets a down file saying it must be written by
 * hand. The new files never replace an existing file. Reads files; writes nothing.
 */
public final class MoveEditToNewMigration {
    private static final String NO_TRANSACTION = "-- no-transaction";

    private final MigrationCreator creator;
    private final SqlDialect dialect;

    public MoveEditToNewMigration(MigrationCreator creator, SqlDialect dialect) {
        this.creator = creator;
        this.dialect = dialect;
    }

    /**
     * @param applied    the text the ledger's checksum was computed from, or null when it was not found
     * @param reader     reads with the project's ignored-chars (the restore is checked against the ledger)
     * @param source     the migrations folder as it is now (the new version follows it)
     * @param type       the new migration's type, or null for sqlx's inference (the latest migration's type)
     * @param versioning how its version is chosen, as {@code migrate add} would
     * @throws MigrateException refusing, with the file named: not drifted, applied text unknown, only
     *                          comments or whitespace changed, or a new file's name is taken
     */
    public FileRepair plan(StatusRow row, AppliedText applied, MigrationSourceReader reader, MigrationSource source,
                           MigrationType type, NewMigration.Versioning versioning)
            throws MigrateException, IOException {
        if (row.status() != MigrationStatus.DRIFTED) {
            throw new MigrateException(new Refusal.NotDrifted(row.version(), row.status()));
        }
        Path file = row.migration().upFile();
        String name = file.getFileName().toString();
        if (applied == null) {
            throw new MigrateException(new Refusal.AppliedTextUnknown(row.version(), file));
        }
        String current = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        StatementDifference difference = StatementDifference.between(applied.text(), current, dialect);
        if (difference.isEmpty()) {
            throw new MigrateException(new Refusal.NothingToMove(row.version(), file));
        }
        FileEdit restore;
        try {
            restore = FileRepairs.restoreApplied(row, applied, reader);
        } catch (IllegalArgumentException refused) {
            throw new MigrateException(refused.getMessage());
        }
        List<Path> paths = creator.preview(source, new NewMigration("amend " + row.description(), type, versioning));
        List<FileEdit> edits = new ArrayList<>(List.of(restore));
        String newName = paths.get(0).getFileName().toString();
        edits.add(created(paths.get(0), lineEndingsOf(current, upText(name, applied, current, difference)),
                "create " + newName + " with the statements moved from " + name));
        if (paths.size() > 1) {
            edits.add(created(paths.get(1), lineEndingsOf(current, "-- Revert " + newName + " here: Driftless cannot "
                    + "derive it from the moved statements, so it must be written by hand.\n"), "create "
                    + paths.get(1).getFileName() + " (to be written by hand)"));
        }
        return FileRepair.ofFiles("move the edit of " + name + " into " + newName + " and restore " + name
                + " to the applied text", edits);
    }

    private static FileEdit created(Path path, String text, String description) throws MigrateException {
        if (Files.exists(path)) {
            throw new MigrateException(new Refusal.AlreadyExists(path));
        }
        return new FileEdit(path, null, text.getBytes(StandardCharsets.UTF_8), description);
    }

    /**
     * {@code text} with the line endings of {@code edited}: CRLF throughout when the edited file uses them,
     * LF otherwise (the moved statements come from both texts, so they may bring either).
     */
    static String lineEndingsOf(String edited, String text) {
        String lf = text.replace("\r\n", "\n");
        return edited.contains("\r\n") ? lf.replace("\n", "\r\n") : lf;
    }

    private static String upText(String name, AppliedText applied, String current, StatementDifference difference) {
        StringBuilder text = new StringBuilder();
        boolean noTransaction = MigrationSourceReader.isNoTransaction(current);
        if (noTransaction) {
            // sqlx reads the directive only as the file's very first bytes.
            text.append(NO_TRANSACTION).append('\n');
        }
        text.append("-- Moved from ").append(name).append(", which was edited after it was applied (applied text: ")
                .append(applied.sourceLabel()).append(").\n")
                .append("-- ").append(name).append(" was put back to the text the database ran. Statements that were\n")
                .append("-- added run here; statements that were changed or removed are comments, to write as the change\n")
                .append("-- they make (an ALTER, say) if it is still wanted.\n");
        for (SqlStatement statement : difference.added()) {
            text.append('\n').append(withoutDirective(statement, current)).append(";\n");
        }
        for (StatementDifference.Change change : difference.changed()) {
            text.append("\n-- changed in ").append(name).append(" after it was applied; the database ran the first form, so ")
                    .append("the second\n-- would fail or repeat its effect as written:\n");
            comment(text, withoutDirective(change.before(), applied.text()));
            text.append("-- now:\n");
            comment(text, withoutDirective(change.after(), current));
        }
        for (SqlStatement statement : difference.removed()) {
            text.append("\n-- removed from ").append(name).append(" after it was applied (the database still has "
                    + "its effect):\n");
            comment(text, withoutDirective(statement, applied.text()));
        }
        return text.toString();
    }

    /** The statement, with its semicolon, as comment lines. */
    private static void comment(StringBuilder text, String statement) {
        (statement + ";").lines().forEach(line -> text.append("-- ").append(line).append('\n'));
    }

    /** A file's first statement carries its leading comments, the directive among them: it is said once, first. */
    private static String withoutDirective(SqlStatement statement, String script) {
        boolean carriesDirective = statement.start() == 0 && MigrationSourceReader.isNoTransaction(script);
        return carriesDirective ? statement.text().substring(NO_TRANSACTION.length()).strip() : statement.text();
    }
}
