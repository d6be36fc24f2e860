package dev.driftless.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.source.MigrationType;
import dev.driftless.db.ConfigException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The project's {@code sqlx.toml} (sqlx 0.9 format), with sqlx's defaults for every key that is absent.
 * Only the keys Driftless uses are read, but every table and key is checked as sqlx checks it
 * ({@link SqlxTomlKeys}): a key sqlx does not know is an error, or a warning where sqlx ignores it.
 *
 * @param tableName           {@code [migrate] table-name}, possibly schema-qualified
 * @param migrationsDir       {@code [migrate] migrations-dir}, resolved against the project directory
 * @param ignoredChars        {@code [migrate] ignored-chars}, each exactly one character
 * @param createSchemas       {@code [migrate] create-schemas}
 * @param migrationType       {@code [migrate.defaults] migration-type}
 * @param migrationVersioning {@code [migrate.defaults] migration-versioning}
 * @param databaseUrlVar      {@code [common] database-url-var}
 * @param warnings            keys sqlx ignores (in {@code [migrate.defaults]} and
 *                            {@code [macros.preferred-crates]}), each named with its file, to be shown
 */
public record ProjectConfig(
        String tableName,
        Path migrationsDir,
        List<String> ignoredChars,
        List<String> createSchemas,
        MigrationTypeDefault migrationType,
        VersioningDefault migrationVersioning,
        String databaseUrlVar,
        List<String> warnings) {

    /** The file name sqlx looks for in the project directory. */
    public static final String FILE_NAME = "sqlx.toml";

    public static final String DEFAULT_TABLE_NAME = "_sqlx_migrations";
    public static final String DEFAULT_MIGRATIONS_DIR = "migrations";
    public static final String DEFAULT_DATABASE_URL_VAR = "DATABASE_URL";

    /** {@code [migrate.defaults] migration-type}: what {@code migrate add} creates without a flag. */
    public enum MigrationTypeDefault {
        /** The type of the latest existing migration, or simple when there is none. */
        INFERRED,
        SIMPLE,
        REVERSIBLE
    }

    /** {@code [migrate.defaults] migration-versioning}: how {@code migrate add} numbers a migration. */
    public enum VersioningDefault {
        /** Sequential when the last two versions differ by 1 (or the only one is 0 or 1), else timestamp. */
        INFERRED,
        TIMESTAMP,
        SEQUENTIAL
    }

    public ProjectConfig {
        ignoredChars = List.copyOf(ignoredChars);
        createSchemas = List.copyOf(createSchemas);
        warnings = List.copyOf(warnings);
    }

    /** sqlx's defaults, as if the project had no {@code sqlx.toml}. */
    public static ProjectConfig defaults(Path projectDirectory) {
        return new ProjectConfig(DEFAULT_TABLE_NAME, projectDirectory.resolve(DEFAULT_MIGRATIONS_DIR),
                List.of(), List.of(), MigrationTypeDefault.INFERRED, VersioningDefault.INFERRED,
                DEFAULT_DATABASE_URL_VAR, List.of());
    }

    /**
     * Reads {@code sqlx.toml} from the project directory; a project without one gets the defaults.
     *
     * @throws ConfigException if the file cannot be read, is not UTF-8 or not valid TOML, has a table
     *                         or key sqlx does not know, or a key has the wrong type or value (the
     *                         message names the file and the key)
     */
    public static ProjectConfig load(Path projectDirectory) {
        return load(projectDirectory, null);
    }

    /**
     * Reads the settings from {@code configFile}, as sqlx-cli's {@code --config} does: that file
     * must exist ({@code /dev/null} or an empty file gives the defaults), and its
     * {@code migrations-dir} is taken from the project directory (sqlx-cli's working directory),
     * not from the file's folder. A null {@code configFile} reads the project's own {@code sqlx.toml},
     * or gives the defaults when there is none.
     *
     * @throws ConfigException as {@link #load(Path)}, or when {@code configFile} does not exist
     */
    public static ProjectConfig load(Path projectDirectory, Path configFile) {
        Path file = configFile != null ? configFile : projectDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            if (configFile == null) {
                return defaults(projectDirectory);
            }
            throw new ConfigException("config file " + file + " does not exist");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(projectDirectory, file, utf8(file, bytes));
    }

    /**
     * Reads the given text as the project's {@code sqlx.toml}, e.g. to check an edit before it
     * is written; messages name the file as if it were on disk.
     *
     * @throws ConfigException as {@link #load(Path)}
     */
    public static ProjectConfig parse(Path projectDirectory, String text) {
        return parse(projectDirectory, projectDirectory.resolve(FILE_NAME), text);
    }

    private static ProjectConfig parse(Path projectDirectory, Path file, String text) {
        JsonNode root = tree(file, text);
        List<String> warnings = SqlxTomlKeys.check(file, root);
        Reader reader = new Reader(file);
        // SqlxTomlKeys has checked that these are tables; an absent one reads as all defaults.
        JsonNode migrate = root.path("migrate");
        JsonNode migrateDefaults = migrate.path("defaults");
        JsonNode common = root.path("common");

        String tableName = reader.string(migrate, "migrate", "table-name", DEFAULT_TABLE_NAME);
        String migrationsDir = reader.string(migrate, "migrate", "migrations-dir", DEFAULT_MIGRATIONS_DIR);
        List<String> ignoredChars = reader.strings(migrate, "migrate", "ignored-chars");
        for (String character : ignoredChars) {
            if (character.codePointCount(0, character.length()) != 1) {
                throw new ConfigException(file + ": [migrate] ignored-chars: entry \"" + character
                        + "\" must be exactly one character (for example \"\\r\" or \"\\uFEFF\")");
            }
        }
        List<String> createSchemas = reader.strings(migrate, "migrate", "create-schemas");
        MigrationTypeDefault migrationType = reader.choice(migrateDefaults, "migrate.defaults",
                "migration-type", MigrationTypeDefault.class, MigrationTypeDefault.INFERRED);
        VersioningDefault versioning = reader.choice(migrateDefaults, "migrate.defaults",
                "migration-versioning", VersioningDefault.class, VersioningDefault.INFERRED);
        String databaseUrlVar = reader.string(common, "common", "database-url-var", DEFAULT_DATABASE_URL_VAR);
        if (databaseUrlVar.isBlank()) {
            throw new ConfigException(file + ": [common] database-url-var must not be empty");
        }
        return new ProjectConfig(tableName, projectDirectory.resolve(migrationsDir), ignoredChars,
                createSchemas, migrationType, versioning, databaseUrlVar, warnings);
    }

    /** The type {@code migrate add} creates without a flag: simple, reversible, or null to infer it as sqlx does. */
    public MigrationType defaultMigrationType() {
        return switch (migrationType) {
            case SIMPLE -> MigrationType.SIMPLE;
            case REVERSIBLE -> MigrationType.REVERSIBLE;
            case INFERRED -> null;
        };
    }

    /** How {@code migrate add} numbers a migration without a flag. */
    public NewMigration.Versioning defaultVersioning() {
        return switch (migrationVersioning) {
            case TIMESTAMP -> NewMigration.Versioning.TIMESTAMP;
            case SEQUENTIAL -> NewMigration.Versioning.SEQUENTIAL;
            case INFERRED -> NewMigration.Versioning.INFERRED;
        };
    }

    /** The same settings with another {@code [migrate] ignored-chars}. */
    public ProjectConfig withIgnoredChars(List<String> characters) {
        return new ProjectConfig(tableName, migrationsDir, characters, createSchemas, migrationType,
                migrationVersioning, databaseUrlVar, warnings);
    }

    /** The file's text; sqlx reads it as UTF-8 and refuses anything else, and so does Driftless. */
    private static String utf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            throw new ConfigException(file + ": not valid UTF-8 (at byte offset " + input.position()
                    + "); sqlx reads sqlx.toml as UTF-8, so re-save it as UTF-8");
        }
        return text.flip().toString();
    }

    private static JsonNode tree(Path file, String text) {
        try {
            JsonNode root = new TomlMapper().readTree(text);
            // An empty file is valid TOML and means "all defaults".
            return root == null ? new TomlMapper().createObjectNode() : root;
        } catch (JacksonException e) {
            throw new ConfigException(file + ": not valid TOML: " + e.getOriginalMessage()
                    + location(e), e);
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** Typed access to the TOML tree that reports mistakes with the file, table and key. */
    private record Reader(Path file) {

        String string(JsonNode table, String tableName, String key, String fallback) {
            JsonNode node = table.path(key);
            if (node.isMissingNode()) {
                return fallback;
            }
            if (!node.isTextual()) {
                throw wrongType(tableName, key, "a string");
            }
            return node.textValue();
        }

        List<String> strings(JsonNode table, String tableName, String key) {
            JsonNode node = table.path(key);
            if (node.isMissingNode()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw wrongType(tableName, key, "an array of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw wrongType(tableName, key, "an array of strings");
                }
                values.add(element.textValue());
            }
            return values;
        }

        <E extends Enum<E>> E choice(JsonNode table, String tableName, String key, Class<E> type, E fallback) {
            String value = string(table, tableName, key, null);
            if (value == null) {
                return fallback;
            }
            for (E constant : type.getEnumConstants()) {
                // sqlx spells these in lowercase only; "Simple" is an error there too.
                if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> "\"" + constant.name().toLowerCase(Locale.ROOT) + "\"")
                    .collect(Collectors.joining(", "));
            throw new ConfigException(file + ": [" + tableName + "] " + key + " = \"" + value
                    + "\" is not allowed; use one of " + allowed);
        }

        private ConfigException wrongType(String tableName, String key, String expected) {
            return new ConfigException(file + ": [" + tableName + "] " + key + " must be " + expected);
        }
    }
}
