package dev.driftless.project;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.TwoDatabaseStatus;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.compare.SchemaComparison;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.ExtensionNames;
import dev.driftless.core.schema.replay.MigrationScripts;
import dev.driftless.core.schema.replay.ReplayFailedException;
import dev.driftless.core.schema.replay.ReplayPlan;
import dev.driftless.core.schema.replay.ReplayPlanner;
import dev.driftless.core.schema.replay.ReplayStep;
import dev.driftless.core.schema.replay.ReversibilityCheck;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.core.schema.replay.SchemaDriftCheck;
import dev.driftless.core.schema.replay.SchemaHistory;
import dev.driftless.core.schema.replay.ShadowFactory;
import dev.driftless.core.schema.replay.ShadowReplayer;
import dev.driftless.core.schema.replay.ShadowUnavailableException;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.db.Shadows;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The schema checks of one project on one database, wired to its files, journal, git history and
 * shadows, for the command line and the window alike: drift against the migrations, a comparison
 * with another database, and the reversibility of its migrations.
 *
 * @param shadowUrl a PostgreSQL database to empty and use as the shadow instead of temporary ones, or null
 */
public record SchemaChecks(Project project, DatabaseUrl database, DatabaseUrl shadowUrl, ComparisonOptions options) {

    /**
     * Schema drift: the database (on {@code connection}) against what its ledger's applied migrations
     * build in a shadow; applied texts of drifted and missing files from the journal under
     * {@code journalRoot}, git, or a reconstruction.
     */
    public DriftReport drift(Connection connection, MigrationSource source, Path journalRoot)
            throws MigrateException, SQLException, IOException, ShadowUnavailableException, ReplayFailedException,
            InterruptedException {
        return drift(connection, readSchema(connection), source, journalRoot);
    }

    /** The database's schema as the drift check compares it (its ledger table left out). */
    public SchemaSnapshot readSchema(Connection connection) throws SQLException {
        return Dialects.schemaReader(database).read(connection, project.ledgerTable());
    }

    /** Schema drift of {@code snapshot}, read from the database on {@code connection} with {@link #readSchema}. */
    public DriftReport drift(Connection connection, SchemaSnapshot snapshot, MigrationSource source, Path journalRoot)
            throws MigrateException, SQLException, IOException, ShadowUnavailableException, ReplayFailedException,
            InterruptedException {
        ReplayPlan plan = replayPlan(connection, source, journalRoot);
        return new SchemaDriftCheck(replayer(), new SchemaComparison(options)).check(snapshot, plan, shadows(plan));
    }

    /**
     * Which migration made each object: the ledger's applied migrations (their applied texts found as for
     * {@link #drift}) replayed one at a time into a shadow, the schema read after each.
     */
    public SchemaHistory history(Connection connection, MigrationSource source, Path journalRoot)
            throws MigrateException, SQLException, IOException, ShadowUnavailableException, ReplayFailedException,
            InterruptedException {
        ReplayPlan plan = replayPlan(connection, source, journalRoot);
        return new SchemaDriftCheck(replayer(), new SchemaComparison(options)).history(plan, shadows(plan));
    }

    /** What the ledger says was applied, in order, with the texts that were applied. */
    private ReplayPlan replayPlan(Connection connection, MigrationSource source, Path journalRoot)
            throws MigrateException, SQLException, IOException {
        List<StatusRow> rows = project.migrator(database, Duration.ZERO).status(connection, source);
        try (DriftInspection inspection = DriftInspection.open(project, database, journalRoot)) {
            return new ReplayPlanner(inspection.appliedTexts()).plan(rows);
        }
    }

    private ShadowFactory shadows(ReplayPlan plan) {
        return shadows(plan.steps().stream().map(ReplayStep::sql).toList());
    }

    /** This database (on {@code here}) and another (on {@code there}), both read as they are: ledgers and schemas. */
    public DatabaseComparison against(Connection here, Connection there, DatabaseUrl other, MigrationSource source)
            throws MigrateException, SQLException {
        Migrator migrator = project.migrator(database, Duration.ZERO);
        List<TwoDatabaseStatus> migrations = TwoDatabaseStatus.merge(source.migrations(), migrator.readLedger(here),
                migrator.readLedger(there));
        SchemaSnapshot hereSchema = Dialects.schemaReader(database).read(here, project.ledgerTable());
        SchemaSnapshot thereSchema = Dialects.schemaReader(other).read(there, project.ledgerTable());
        return new DatabaseComparison(migrations, new SchemaComparison(options).compare(hereSchema, thereSchema),
                hereSchema.serverVersion(), thereSchema.serverVersion());
    }

    /** Every reversible migration of the folder (or only {@code only}) checked in a shadow: up, down, up again. */
    public ReversibilityReport reversibility(MigrationSource source, OptionalLong only)
            throws IOException, SQLException, ShadowUnavailableException, ReplayFailedException, InterruptedException {
        List<MigrationScripts> scripts = new ArrayList<>();
        for (Migration migration : source.migrations()) {
            scripts.add(MigrationScripts.read(migration));
        }
        ShadowFactory shadows = shadows(scripts.stream()
                .flatMap(script -> Stream.of(script.up(), script.down() == null ? "" : script.down())).toList());
        return new ReversibilityCheck(replayer(), new SchemaComparison(options)).check(scripts, only, shadows);
    }

    private ShadowFactory shadows(List<String> texts) {
        return Shadows.forDatabase(database, shadowUrl, ExtensionNames.createdByAny(texts, Dialects.sqlDialect(database)));
    }

    private ShadowReplayer replayer() {
        Ledger ledger = new Ledger(Dialects.forUrl(database), project.ledgerTable());
        return new ShadowReplayer(ledger, project.config().createSchemas(), Dialects.schemaReader(database));
    }
}
