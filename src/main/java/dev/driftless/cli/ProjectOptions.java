package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.DatabaseUrlResolver;
import dev.driftless.project.Project;
import dev.driftless.userdata.DataFolder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command that connects shares with sqlx-cli: where the settings, migrations and database are. */
final class ProjectOptions {
    @Mixin
    ProjectFiles files;

    @Option(names = {"-D", "--database-url"}, paramLabel = "URL",
            description = "Database URL; default: DATABASE_URL from the environment or a .env file.")
    String databaseUrl;

    @Option(names = "--no-dotenv", description = "Do not read a .env file.")
    boolean noDotenv;

    @Mixin
    ConnectTimeoutOption connectTimeout;

    // Hidden: the journal belongs in the data folder; this is for tests and for keeping it elsewhere.
    @Option(names = "--journal", paramLabel = "DIR", hidden = true,
            description = "Folder of the journal of applied migration texts (default: in the data folder).")
    Path journal;

    Project project(CliContext context) {
        return files.open(context);
    }

    /** Where applied texts are journalled: --journal, else the per-user data folder's journal. */
    Path journalRoot(CliContext context) {
        if (journal != null) {
            return context.workingDirectory().resolve(journal);
        }
        return new DataFolder(context.environment(), System.getProperties()).journal();
    }

    DatabaseUrl databaseUrl(CliContext context, Project project) {
        String raw = new DatabaseUrlResolver(context.environment(), context.workingDirectory())
                .resolve(databaseUrl, project.config().databaseUrlVar(), noDotenv);
        return parseUrl(context, raw);
    }

    /**
     * A URL from the command line (the database's, --against, --shadow-url) with the connect timeout; its
     * password is remembered so that every message is scrubbed of it.
     */
    DatabaseUrl parseUrl(CliContext context, String raw) {
        DatabaseUrl url = connectTimeout.applyTo(DatabaseUrl.parse(raw, context.workingDirectory()));
        context.usingUrl(url);
        return url;
    }
}
