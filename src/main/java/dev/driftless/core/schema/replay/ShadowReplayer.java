package dev.driftless.core.schema.replay;

import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.schema.SchemaReader;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.source.MigrationType;

import java.sql.SQLException;
import java.util.List;

/**
 * Runs migrations in a shadow exactly as {@code migrate run} and {@code migrate revert} run them:
 * through {@link Ledger#apply} and {@link Ledger#revert}, so a script goes to the database the same
 * way (one script in a transaction, or statement by statement under {@code -- no-transaction}) and
 * the shadow gets the ledger table, its schema and the configured {@code create-schemas} as the
 * database did. The ledger is left out of every snapshot, as on the database. Checks for an
 * interrupt before each script, so a cancelled check stops between migrations.
 */
public final class ShadowReplayer {
    private final Ledger ledger;
    private final List<String> createSchemas;
    private final SchemaReader reader;

    public ShadowReplayer(Ledger ledger, List<String> createSchemas, SchemaReader reader) {
        this.ledger = ledger;
        this.createSchemas = List.copyOf(createSchemas);
        this.reader = reader;
    }

    /** What {@code migrate run} does before its first migration: the schemas to create and the ledger table. */
    public void prepare(Shadow shadow) throws SQLException {
        ledger.ensure(shadow.connection(), createSchemas);
    }

    /** Applies one replayed migration. */
    public void apply(Shadow shadow, ReplayStep step) throws ReplayFailedException, SQLException, InterruptedException {
        String what = step.source().equals(ReplayStep.FILE) ? "its file" : "its text from " + step.source();
        apply(shadow, step.migration(), step.checksum(), step.sql(), what);
    }

    /**
     * Applies an up script.
     *
     * @param what names the script in a failure's message ({@code 1_x.up.sql}, {@code its file})
     */
    public void apply(Shadow shadow, MigrationRef migration, Checksum checksum, String sql, String what)
            throws ReplayFailedException, SQLException, InterruptedException {
        stopIfInterrupted();
        Migration recorded = new Migration(migration.version(), migration.description(), MigrationType.SIMPLE, null,
                null, checksum, MigrationSourceReader.isNoTransaction(sql));
        try {
            ledger.apply(shadow.connection(), recorded, sql);
        } catch (Ledger.ScriptException e) {
            throw new ReplayFailedException(migration, what, shadow.description(), e.sqlCause());
        }
    }

    /** Runs a down script and removes the row, as {@code migrate revert} does. */
    public void revert(Shadow shadow, MigrationRef migration, String downSql, String what)
            throws ReplayFailedException, SQLException, InterruptedException {
        stopIfInterrupted();
        try {
            ledger.revert(shadow.connection(), migration.version(), downSql, MigrationSourceReader.isNoTransaction(downSql));
        } catch (Ledger.ScriptException e) {
            throw new ReplayFailedException(migration, what, shadow.description(), e.sqlCause());
        }
    }

    /** The shadow's schema now, the ledger left out. */
    public SchemaSnapshot read(Shadow shadow) throws SQLException {
        return reader.read(shadow.connection(), ledger.table());
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the schema check was interrupted");
        }
    }
}
