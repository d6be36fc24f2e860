package dev.driftless.cli;

import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.replay.ReplayFailedException;
import dev.driftless.core.schema.replay.ShadowUnavailableException;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.PostgresUrl;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import picocli.CommandLine.Option;

import java.io.IOException;

/** The flags of the commands that compare schemas in a shadow: `schema diff` and `migrate check-reversible`. */
final class SchemaCheckOptions {
    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "PostgreSQL: a database to empty (every object in it is dropped) and replay into, for a "
                    + "role that may not create databases; by default a temporary database is made and dropped.")
    String shadowUrl;

    @Option(names = "--include-column-order", description = "Report columns in another order as a difference.")
    boolean includeColumnOrder;

    @Option(names = "--exact-names", description = "Compare constraints and indexes by name only, even when "
            + "PostgreSQL generated the name (by default two that differ only in a generated name match).")
    boolean exactNames;

    ComparisonOptions comparisonOptions() {
        return new ComparisonOptions(includeColumnOrder, !exactNames);
    }

    /** The checks on {@code database}, with the --shadow-url database (its password masked in every message). */
    SchemaChecks checks(CliContext context, ProjectOptions projectOptions, Project project, DatabaseUrl database) {
        DatabaseUrl shadow = shadowUrl == null ? null : projectOptions.parseUrl(context, shadowUrl);
        if (shadow != null && !(database instanceof PostgresUrl)) {
            throw new IllegalArgumentException("--shadow-url is for PostgreSQL: a SQLite database is checked in an"
                    + " in-memory shadow");
        }
        return new SchemaChecks(project, database, shadow, comparisonOptions());
    }

    /** A check's own failures as command-line failures with a hint; anything else goes on as it is. */
    static <T> T run(Check<T> check) throws Exception {
        try {
            return check.run();
        } catch (ShadowUnavailableException e) {
            throw new CliFailure(e.getMessage(), switch (e.reason()) {
                case CREATE_DATABASE_REFUSED -> "grant it (ALTER ROLE ... CREATEDB), or name a database Driftless may "
                        + "empty and use instead with --shadow-url URL (every object in it is dropped)";
                case SHADOW_IS_THE_DATABASE -> "--shadow-url must name a database made for this: everything in it is "
                        + "dropped";
                case NOT_EMPTIED -> "use a database of its own for --shadow-url, owned by the role that connects";
            });
        } catch (ReplayFailedException e) {
            throw new CliFailure(e.getMessage(), "the shadow starts empty but for the database's extensions: a "
                    + "migration that relies on something made by hand cannot be replayed");
        } catch (IOException e) {
            throw new CliFailure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted; the shadow was dropped");
        }
    }

    /** A check that may fail in the ways {@link #run} words. */
    @FunctionalInterface
    interface Check<T> {
        T run() throws Exception;
    }
}
