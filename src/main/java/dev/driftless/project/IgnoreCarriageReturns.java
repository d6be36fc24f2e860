package dev.driftless.project;

import dev.driftless.core.drift.LineEndingAdvice;
import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.FileEdit;
import dev.driftless.core.repair.FileRepair;
import dev.driftless.core.repair.LedgerRepair;
import dev.driftless.core.repair.RepairKind;
import dev.driftless.core.repair.RepairPlanner;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the ignored-chars cure for line-ending drift as one repair: {@code "\r"} added to
 * sqlx.toml's {@code [migrate] ignored-chars} ({@link SqlxTomlEdit}), and a re-stamp of exactly
 * the ledger rows whose check would fail once carriage returns are ignored (those applied from a
 * file with CRs that still has them: {@link LineEndingAdvice#ignoringCarriageReturns}). The
 * re-stamps are planned by {@link RepairPlanner} against the project as the edited sqlx.toml
 * describes it, so each new checksum is the one sqlx will compute. Reads; writes nothing.
 */
public final class IgnoreCarriageReturns {
    private IgnoreCarriageReturns() {
    }

    public static FileRepair plan(Project project, DatabaseUrl url, Connection connection, Duration lockTimeout)
            throws IOException, MigrateException {
        // sqlx.toml as on disk now, not as it was when the window read it.
        Project now = project.reloaded();
        FileEdit toml = SqlxTomlEdit.ignoreCarriageReturns(now.directory());
        Project edited = now.withConfig(
                ProjectConfig.parse(now.directory(), new String(toml.after(), StandardCharsets.UTF_8)));
        List<StatusRow> rows = now.migrator(url, lockTimeout).status(connection, now.readMigrations());
        List<Long> wouldDrift = LineEndingAdvice.ignoringCarriageReturns(rows,
                IgnoredChars.of(now.config().ignoredChars())).wouldDrift();
        RepairPlanner planner = new RepairPlanner(edited.migrator(url, lockTimeout), lockTimeout);
        MigrationSource source = edited.readMigrations();
        List<LedgerRepair> restamps = new ArrayList<>();
        for (long version : wouldDrift) {
            restamps.add(planner.plan(connection, source, RepairKind.RESTAMP, version));
        }
        String description = "ignore \"\\r\" when hashing (sqlx.toml)" + (wouldDrift.isEmpty() ? ""
                : " and re-stamp migration" + (wouldDrift.size() == 1 ? " " : "s ") + joined(wouldDrift)
                + ", applied with carriage returns");
        return new FileRepair(description, List.of(toml), restamps);
    }

    private static String joined(List<Long> versions) {
        return String.join(", ", versions.stream().map(String::valueOf).toList());
    }
}
