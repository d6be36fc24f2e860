package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.Ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edit of one ledger row, as a command object with undo: the row before, the row after (none
 * when the repair deletes it), the SQL that turns one into the other, shown before it runs.
 * {@link #apply} and {@link #undo} each run in one transaction under the migration lock, and
 * each first checks that the row is still exactly what it expects, so neither ever overwrites a
 * change made in between (by an application migrating at start-up, or a colleague).
 * <p>
 * Build one with {@link RepairPlanner}, which checks that the repair fits the migration's status,
 * or from a {@link RepairJournal} entry to undo it later.
 */
public final class LedgerRepair {
    private static final String COLUMNS = "version, description, installed_on, success, checksum, execution_time";

    private final RepairKind kind;
    private final AppliedMigration before;
    private final AppliedMigration after;
    private final Ledger ledger;
    private final Duration lockTimeout;

    /**
     * @param after the row once repaired, or null when the repair deletes it; only its checksum
     *              may differ from {@code before}
     */
    public LedgerRepair(RepairKind kind, AppliedMigration before, AppliedMigration after, Ledger ledger,
                        Duration lockTimeout) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.before = Objects.requireNonNull(before, "before");
        if (after != null && !after.equals(withChecksumOf(before, after))) {
            throw new IllegalArgumentException("a ledger repair changes only the checksum of a row");
        }
        this.after = after;
        this.ledger = ledger;
        this.lockTimeout = lockTimeout;
    }

    public RepairKind kind() {
        return kind;
    }

    public long version() {
        return before.version();
    }

    /** The ledger row as it was before the repair. */
    public AppliedMigration before() {
        return before;
    }

    /** The ledger row after the repair; empty when the repair deletes it. */
    public Optional<AppliedMigration> after() {
        return Optional.ofNullable(after);
    }

    /** One line for a person, e.g. "restamp migration 3 (create users): checksum 1a2b… becomes 3c4d…". */
    public String description() {
        String change = after == null
                ? "its ledger row is deleted"
                : "checksum " + before.checksum().shortHex() + "… becomes " + after.checksum().shortHex() + "…";
        return kind.describe(version()) + " (" + before.description() + "): " + change;
    }

    /** The exact statements {@link #apply} runs, values written in, for display only. */
    public List<String> preview() {
        return display(statements(before, after));
    }

    /** The exact statements {@link #undo} runs, values written in, for display only. */
    public List<String> undoPreview() {
        return display(statements(after, before));
    }

    /** Makes the repair, in one transaction, refusing if the row is no longer {@link #before()}. */
    public void apply(Connection connection) throws MigrateException {
        change(connection, before, after);
    }

    /** Puts the row back exactly as it was, in one transaction, refusing if it is no longer {@link #after()}. */
    public void undo(Connection connection) throws MigrateException {
        change(connection, after, before);
    }

    private void change(Connection connection, AppliedMigration from, AppliedMigration to) throws MigrateException {
        LockedLedgerTransaction.run(ledger, lockTimeout, connection, kind.describe(version()),
                () -> changeWithin(connection, from, to));
    }

    /** The repair's statements inside a transaction that a combined repair opened. */
    void applyWithin(Connection connection) throws SQLException, MigrateException {
        changeWithin(connection, before, after);
    }

    /** The undo's statements inside a transaction that a combined repair opened. */
    void undoWithin(Connection connection) throws SQLException, MigrateException {
        changeWithin(connection, after, before);
    }

    Ledger ledger() {
        return ledger;
    }

    Duration lockTimeout() {
        return lockTimeout;
    }

    private void changeWithin(Connection connection, AppliedMigration from, AppliedMigration to)
            throws SQLException, MigrateException {
        requireCurrentRow(connection, from);
        for (LedgerStatement statement : statements(from, to)) {
            statement.execute(connection);
        }
    }

    private void requireCurrentRow(Connection connection, AppliedMigration expected)
            throws SQLException, MigrateException {
        Optional<AppliedMigration> current = ledger.readAll(connection).stream()
                .filter(row -> row.version() == version()).findFirst();
        if (!current.equals(Optional.ofNullable(expected))) {
            throw new MigrateException(new Refusal.LedgerRowChanged(version()));
        }
    }

    private List<LedgerStatement> statements(AppliedMigration from, AppliedMigration to) {
        String table = ledger.table().sqlName();
        if (to == null) {
            return List.of(new LedgerStatement("DELETE FROM " + table + " WHERE version = ?", from.version()));
        }
        if (from == null) {
            return List.of(new LedgerStatement("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    to.version(), to.description(), ledger.dialect().installedOnParameter(to.installedOn()),
                    to.success(), to.checksum().bytes(), to.executionTimeNanos()));
        }
        return List.of(new LedgerStatement("UPDATE " + table + " SET checksum = ? WHERE version = ?",
                to.checksum().bytes(), to.version()));
    }

    private List<String> display(List<LedgerStatement> statements) {
        return statements.stream().map(statement -> statement.display(ledger.dialect())).toList();
    }

    private static AppliedMigration withChecksumOf(AppliedMigration row, AppliedMigration source) {
        return new AppliedMigration(row.version(), row.description(), row.installedOn(), row.success(),
                source.checksum(), row.executionTimeNanos());
    }
}
