package dev.driftless.db;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the database URL the way sqlx-cli does: the {@code --database-url} value, else the
 * environment variable (named by {@code [common] database-url-var}, default {@code DATABASE_URL}),
 * else that variable in the nearest {@code .env} file, looking in the current directory and then
 * each parent. A variable already in the environment wins over {@code .env}, as dotenv never
 * overrides the environment.
 */
public final class DatabaseUrlResolver {

    private static final String DOTENV_FILE_NAME = ".env";

    private final Map<String, String> environment;
    private final Path currentDirectory;

    /**
     * @param environment      the process environment (tests pass their own map)
     * @param currentDirectory where the search for {@code .env} starts
     */
    public DatabaseUrlResolver(Map<String, String> environment, Path currentDirectory) {
        this.environment = Map.copyOf(environment);
        this.currentDirectory = currentDirectory.toAbsolutePath();
    }

    /** A resolver for this process: its environment and its working directory. */
    public static DatabaseUrlResolver forThisProcess() {
        return new DatabaseUrlResolver(System.getenv(), Path.of(""));
    }

    /**
     * The URL to use, unparsed.
     *
     * @param explicitUrl the {@code --database-url} value, or null when the flag was not given
     * @param variable    the environment variable to read ({@code [common] database-url-var} of sqlx.toml)
     * @param noDotenv    true for {@code --no-dotenv}: never read a {@code .env} file
     * @throws ConfigException when no source has the URL, or the {@code .env} file is malformed
     */
    public String resolve(String explicitUrl, String variable, boolean noDotenv) {
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return explicitUrl;
        }
        String fromEnvironment = environment.get(variable);
        // An empty variable counts as unset, as it would otherwise only fail later as an empty URL.
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        if (!noDotenv) {
            Optional<String> fromDotenv = findDotenv().flatMap(file -> readVariable(file, variable));
            if (fromDotenv.isPresent() && !fromDotenv.get().isBlank()) {
                return fromDotenv.get();
            }
        }
        throw new ConfigException("--database-url or " + variable + " must be set");
    }

    /** The nearest regular file named .env, like dotenvy's finder (a directory named .env is skipped). */
    private Optional<Path> findDotenv() {
        for (Path directory = currentDirectory; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(DOTENV_FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> readVariable(Path file, String variable) {
        try {
            Dotenv dotenv = Dotenv.configure()
                    .directory(file.getParent().toString())
                    .filename(file.getFileName().toString())
                    .load();
            // Only the file's own entries: dotenv-java's get() would consult the real environment.
            return dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE).stream()
                    .filter(entry -> entry.getKey().equals(variable))
                    .map(DotenvEntry::getValue)
                    .findFirst();
        } catch (DotenvException e) {
            // dotenv-java quotes the offending line, which may hold a database password.
            throw new ConfigException(file + ": cannot be read as a .env file: "
                    + PasswordMasking.maskUrl(e.getMessage()), e);
        }
    }
}
