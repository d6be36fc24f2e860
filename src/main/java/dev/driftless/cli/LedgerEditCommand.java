package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.core.repair.RepairPlanner;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.userdata.DataFolder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What every ledger edit does: print the exact SQL, ask (the database name for a database that is
 * not on this machine; nothing with --yes), run it in one transaction, say what changed.
 */
abstract class LedgerEditCommand implements Callable<Integer> {
    final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    LockTimeoutOption lockTimeout;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (for scripts; also skips typing "
            + "the database name that a database on another machine asks for).")
    boolean yes;

    @Option(names = "--repair-journal", paramLabel = "DIR", description = "Folder of the repair journal that `ledger undo` "
            + "reads (default: the per-user data folder's repairs, e.g. ~/.local/share/driftless/repairs).")
    Path journal;

    LedgerEditCommand(CliContext context) {
        this.context = context;
    }

    /** The edit, prepared against the ledger as it is now; nothing is changed yet. */
    record Edit(String description, List<String> statements, Action action) {
    }

    @FunctionalInterface
    interface Action {
        /** Makes the change and journals it; returns a line about the journal for the error stream. */
        String run(Connection connection) throws MigrateException, IOException;
    }

    /** What the target database and its journal look like to a subclass. */
    record Target(Project project, DatabaseUrl url, String database, RepairPlanner planner, RepairJournal journal) {
    }

    abstract Edit prepare(Target target, Connection connection) throws Exception;

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        Target target = new Target(project, url, project.repairIdentity(url),
                new RepairPlanner(project.migrator(url, lockTimeout.duration()), lockTimeout.duration()),
                new RepairJournal(journal != null ? context.workingDirectory().resolve(journal)
                        : new DataFolder(context.environment(), System.getProperties()).repairs()));
        try (Connection connection = Databases.connect(url)) {
            Edit edit = prepare(target, connection);
            edit.statements().forEach(statement -> context.out().println(statement + ";"));
            context.out().flush();
            if (!yes && !Confirmation.beforeEditing(url).ask(context)) {
                context.err().println("nothing changed");
                return 1;
            }
            String journalled = edit.action().run(connection);
            context.out().println("Done: " + edit.description());
            context.err().println(journalled);
        }
        return 0;
    }
}
