package dev.driftless.cli;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.SourceProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * `migrate info`: every migration's status, as sqlx-cli prints it, plus missing and failed rows; or
 * JSON. Problems of the folder (missing, bad names, duplicate versions) are errors: listed after
 * the migrations, exit code 1.
 */
@Command(name = "info", mixinStandardHelpOptions = true, description = "List migrations and their status.")
final class MigrateInfoCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    FormatOption formatOption;

    MigrateInfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        MigrationSession session = MigrationSession.open(context, projectOptions, MigrationRunOptions.DEFAULT_LOCK_TIMEOUT);
        List<StatusRow> rows = session.status();
        if (formatOption.json()) {
            CliJson.print(context, InfoJson.document(session, rows));
        } else {
            printText(rows);
            for (SourceNote note : session.source().notes()) {
                context.err().println("note: " + note);
            }
        }
        // The listing is still worth having, but a script must not take a broken folder for a good one.
        List<SourceProblem> problems = session.source().problems();
        for (SourceProblem problem : problems) {
            context.err().println("error: " + problem);
        }
        if (!problems.isEmpty()) {
            CliHints.ofFolder(session.source().directory()).ifPresent(hint -> context.err().println("hint: " + hint));
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private void printText(List<StatusRow> rows) {
        for (StatusRow row : rows) {
            String state = switch (row.status()) {
                case APPLIED -> "installed";
                case DRIFTED -> "installed (different checksum)";
                case PENDING -> "pending";
                case MISSING -> "missing";
                case FAILED -> "failed";
                case UNKNOWN -> "unknown"; // the command line fails instead when the ledger cannot be read
            };
            context.out().println(row.version() + "/" + state + " " + row.description());
            switch (row.status()) {
                case DRIFTED -> {
                    context.out().println("applied migration had checksum " + row.applied().checksum().hex());
                    context.out().println("local migration has checksum " + row.migration().checksum().hex());
                }
                case MISSING -> context.out().println("no file in the migrations folder has this version");
                case FAILED -> context.out().println("success = false: partially applied; fix it and remove the row");
                default -> {
                    // sqlx prints nothing more for installed and pending migrations
                }
            }
            if (row.outOfOrder()) {
                context.err().println("warning: migration " + row.version()
                        + " is pending but older than the latest applied migration (out of order)");
            }
        }
    }
}
