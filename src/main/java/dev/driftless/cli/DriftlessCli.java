package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.db.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.lang.reflect.Constructor;
import java.sql.SQLException;

/** The `driftless` command line: sqlx-cli's verbs and flags, on the same engine as the window. */
@Command(name = "driftless", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "Apply, revert and inspect sqlx migrations on PostgreSQL and SQLite.",
        subcommands = {MigrateCommand.class, DatabaseCommand.class, LedgerCommand.class, SchemaCommand.class,
                CompletionsCommand.class})
public final class DriftlessCli {

    /** Runs one command line and returns the exit code: 0 done, 1 refused or failed, 2 bad usage. */
    public static int run(CliContext context, String... args) {
        context.usingArguments(args);
        CommandLine commandLine = new CommandLine(DriftlessCli.class, new ContextFactory(context));
        commandLine.setOut(context.helpOut());
        commandLine.setErr(context.helpErr());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> report(context, failure));
        commandLine.setParameterExceptionHandler((mistake, arguments) -> reportUsageMistake(context, mistake));
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** Picocli quotes the arguments back, so the message is scrubbed: a mistyped option's value may be a URL. */
    private static int reportUsageMistake(CliContext context, CommandLine.ParameterException mistake) {
        // Some of picocli's messages start with their own "Error: "; ours comes first.
        String message = mistake.getMessage().replaceFirst("^Error: ", "");
        context.err().println("error: " + context.scrub(message));
        if (mistake instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            context.err().println("hint: did you mean " + context.scrub(String.join(" or ", unmatched.getSuggestions()))
                    + "?");
        }
        context.err().println("hint: see `" + mistake.getCommandLine().getCommandSpec().qualifiedName() + " --help`");
        return mistake.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int report(CliContext context, Exception failure) {
        String message;
        String hint = null;
        if (failure instanceof MigrateException refused) {
            message = refused.getMessage();
            hint = refused.refusal().flatMap(CliHints::of).orElse(null);
        } else if (failure instanceof CliFailure refusal) {
            message = refusal.getMessage();
            hint = refusal.hint();
        } else if (failure instanceof ConfigException || failure instanceof IllegalArgumentException) {
            message = failure.getMessage();
        } else if (failure instanceof SQLException database) {
            message = "database error: " + database.getMessage();
        } else {
            // Anything else is a bug; still no stack trace for the user, but enough to report it.
            message = "unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        // Database and folder messages may span lines; each line is still escaped for the terminal.
        context.err().printLines("error: " + context.scrub(message));
        if (hint != null) {
            context.err().printLines("hint: " + context.scrub(hint));
        }
        return 1;
    }

    /** Builds command objects, handing the context to those that take it. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
                return withContext.newInstance(context);
            } catch (NoSuchMethodException plain) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
