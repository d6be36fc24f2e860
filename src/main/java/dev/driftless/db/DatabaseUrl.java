package dev.driftless.db;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A database URL in sqlx's syntax, parsed the way sqlx parses it:
 * {@code postgres://user:pass@host:port/db?sslmode=require} (or {@code postgresql://}) and
 * {@code sqlite://path}, {@code sqlite:path}, {@code sqlite:///abs/path}, {@code sqlite::memory:},
 * {@code sqlite://path?mode=rwc|rw|ro|memory}.
 * <p>
 * The password never leaves this class in readable form: {@link #toString()} and every error
 * message show {@link #masked()}, and {@link #scrub(String)} cleans driver messages.
 */
public final class DatabaseUrl {

    /** The database engines Driftless talks to. */
    public enum Kind { POSTGRES, SQLITE }

    private static final String MASK = PasswordMasking.MASK;
    private static final int DEFAULT_PG_PORT = 5432;
    /** sqlx's default busy timeout for SQLite connections. */
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** sqlx URL query parameter (with its aliases) -> pgjdbc connection property. */
    private static final Map<String, String> PG_DRIVER_OPTIONS = Map.ofEntries(
            Map.entry("sslmode", "sslmode"), Map.entry("ssl-mode", "sslmode"),
            Map.entry("sslrootcert", "sslrootcert"), Map.entry("ssl-root-cert", "sslrootcert"),
            Map.entry("ssl-ca", "sslrootcert"),
            Map.entry("sslcert", "sslcert"), Map.entry("ssl-cert", "sslcert"),
            Map.entry("sslkey", "sslkey"), Map.entry("ssl-key", "sslkey"),
            Map.entry("application_name", "ApplicationName"),
            Map.entry("options", "options"),
            Map.entry("connect_timeout", "connectTimeout"));

    private final Kind kind;
    private final String masked;
    private final Postgres postgres;
    private final Sqlite sqlite;
    /** How long {@link #connect()} keeps trying a PostgreSQL server; null leaves it to the driver. */
    private final Duration connectTimeout;

    /** The parts of a PostgreSQL URL; the raw parts are kept to rebuild it in {@link #withDatabase}. */
    private record Postgres(String scheme, String rawUserInfo, String rawHostPort, List<String> rawQuery,
                            String host, int port, String user, String password, String database,
                            Properties driverOptions, List<String> passwordForms) {
    }

    /** The parts of a SQLite URL; {@code file} is null for an in-memory database. */
    private record Sqlite(Path file, boolean createIfMissing, boolean readOnly) {
    }

    private DatabaseUrl(Kind kind, String masked, Postgres postgres, Sqlite sqlite) {
        this(kind, masked, postgres, sqlite, null);
    }

    private DatabaseUrl(Kind kind, String masked, Postgres postgres, Sqlite sqlite, Duration connectTimeout) {
        this.kind = kind;
        this.masked = masked;
        this.postgres = postgres;
        this.sqlite = sqlite;
        this.connectTimeout = connectTimeout;
    }

    /** Parses a URL; relative SQLite paths are taken from the process's current directory. */
    public static DatabaseUrl parse(String url) {
        return parse(url, Path.of("").toAbsolutePath());
    }

    /**
     * Parses a URL; relative SQLite paths are taken from {@code baseDirectory}.
     *
     * @throws IllegalArgumentException naming the (password-masked) URL and what is wrong with it
     */
    public static DatabaseUrl parse(String url, Path baseDirectory) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (startsWithIgnoreCase(trimmed, "postgres://") || startsWithIgnoreCase(trimmed, "postgresql://")) {
            return parsePostgres(trimmed);
        }
        if (startsWithIgnoreCase(trimmed, "sqlite:")) {
            return parseSqlite(trimmed, baseDirectory);
        }
        throw invalid(PasswordMasking.maskUrl(trimmed), trimmed.isEmpty() ? "is empty"
                : "is not supported; use postgres://, postgresql://, sqlite: or sqlite://");
    }

    public Kind kind() {
        return kind;
    }

    /** The URL as given, with the password (in the user info or a {@code password=} parameter) as {@code ****}. */
    public String masked() {
        return masked;
    }

    /** Same as {@link #masked()}, so a URL can be logged or shown safely. */
    @Override
    public String toString() {
        return masked;
    }

    /** The PostgreSQL database (the user name when the URL names none), the SQLite file, or {@code :memory:}. */
    public String databaseName() {
        if (kind == Kind.POSTGRES) {
            return postgres.database;
        }
        return sqlite.file == null ? ":memory:" : sqlite.file.toString();
    }

    /** The PostgreSQL server host; {@code localhost} for SQLite, which is always on this machine. */
    public String host() {
        return kind == Kind.POSTGRES ? postgres.host : "localhost";
    }

    /** The PostgreSQL server port (5432 unless the URL says otherwise); -1 for SQLite. */
    public int port() {
        return kind == Kind.POSTGRES ? postgres.port : -1;
    }

    /** True for SQLite and for a PostgreSQL server on this machine (worth knowing before a drop). */
    public boolean isLocal() {
        if (kind == Kind.SQLITE) {
            return true;
        }
        String host = postgres.host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    /** The absolute SQLite database file; empty for PostgreSQL and in-memory SQLite. */
    public Optional<Path> sqliteFile() {
        return kind == Kind.SQLITE ? Optional.ofNullable(sqlite.file) : Optional.empty();
    }

    /**
     * A stable name for the database itself, free of user and password: {@code postgres://host:port/database}
     * or {@code sqlite:<absolute file>}. Two URLs reaching the same database the same way share it; the
     * journal of applied migrations is keyed by it. Empty for in-memory SQLite, which outlives nothing.
     */
    public Optional<String> identity() {
        if (kind == Kind.POSTGRES) {
            return Optional.of("postgres://" + postgres.host.toLowerCase(Locale.ROOT) + ":" + postgres.port
                    + "/" + postgres.database);
        }
        return sqliteFile().map(file -> "sqlite:" + file.toAbsolutePath().normalize());
    }

    /** True for SQLite {@code mode=rwc}: connecting may create the file. */
    public boolean createIfMissing() {
        return kind == Kind.SQLITE && sqlite.createIfMissing;
    }

    /** True for SQLite {@code mode=ro}. */
    public boolean readOnly() {
        return kind == Kind.SQLITE && sqlite.readOnly;
    }

    /**
     * The same PostgreSQL server and credentials with another database, for maintenance
     * connections (creating or dropping the target database).
     *
     * @throws IllegalStateException for a SQLite URL
     */
    public DatabaseUrl withDatabase(String name) {
        if (kind != Kind.POSTGRES) {
            throw new IllegalStateException("withDatabase needs a PostgreSQL URL, not " + masked);
        }
        StringBuilder url = new StringBuilder(postgres.scheme).append("://");
        if (postgres.rawUserInfo != null) {
            url.append(postgres.rawUserInfo).append('@');
        }
        url.append(postgres.rawHostPort).append('/').append(percentEncode(name));
        // A dbname= parameter would override the new path, so it is left out.
        List<String> query = postgres.rawQuery.stream()
                .filter(pair -> !"dbname".equals(formDecode(pair.split("=", 2)[0])))
                .toList();
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        DatabaseUrl other = parsePostgres(url.toString());
        return new DatabaseUrl(other.kind, other.masked, other.postgres, null, connectTimeout);
    }

    /** The same SQLite URL as if it said {@code mode=rwc}, for {@link DatabaseAdmin#create}. */
    DatabaseUrl withCreateIfMissing() {
        if (kind != Kind.SQLITE || sqlite.file == null) {
            return this;
        }
        return new DatabaseUrl(kind, masked, null, new Sqlite(sqlite.file, true, false), connectTimeout);
    }

    /**
     * The same URL, connecting within {@code timeout} as sqlx-cli's {@code --connect-timeout}: on
     * PostgreSQL, refused or reset connections are retried until then and a server that never
     * answers is given up on then ({@link ConnectTimeoutException}). SQLite has no server to wait
     * for: opening a file does not block, and its busy timeout (sqlx's 5 s) is not changed.
     */
    public DatabaseUrl withConnectTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return new DatabaseUrl(kind, masked, postgres, sqlite, timeout);
    }

    /**
     * Replaces every occurrence of the password (as written in the URL, decoded and re-encoded)
     * with {@code ****}, so driver messages can be shown without leaking it.
     */
    public String scrub(String message) {
        if (message == null || kind != Kind.POSTGRES) {
            return message;
        }
        String scrubbed = message;
        for (String form : postgres.passwordForms) {
            scrubbed = scrubbed.replace(form, MASK);
        }
        return scrubbed;
    }

    /**
     * Opens a connection. PostgreSQL credentials travel in connection properties, never in the
     * JDBC URL. A SQLite file is created only with {@code mode=rwc}, as in sqlx; foreign keys are
     * enforced and a busy timeout is set, as sqlx does by default.
     *
     * @throws ConnectTimeoutException when a {@link #withConnectTimeout connect timeout} ran out
     * @throws SQLException            with the password scrubbed from the driver's message, or naming
     *                                 the missing SQLite file
     */
    public Connection connect() throws SQLException {
        return kind == Kind.POSTGRES ? connectPostgres() : connectSqlite();
    }

    private Connection connectPostgres() throws SQLException {
        return connectTimeout == null ? openPostgres(new Properties())
                : TimedConnect.connect(masked, connectTimeout, this::openPostgres);
    }

    private Connection openPostgres(Properties timeouts) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(timeouts);
        // After the timeouts, so that a connect_timeout in the URL wins.
        properties.putAll(postgres.driverOptions);
        properties.setProperty("user", postgres.user);
        if (postgres.password != null) {
            properties.setProperty("password", postgres.password);
        }
        String host = postgres.host.contains(":") ? "[" + postgres.host + "]" : postgres.host;
        String jdbcUrl = "jdbc:postgresql://" + host + ":" + postgres.port + "/" + percentEncode(postgres.database);
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            String message = scrub(e.getMessage());
            if (Objects.equals(message, e.getMessage())) {
                throw e;
            }
            // The cause is dropped on purpose: its message still holds the password.
            throw new SQLException(message, e.getSQLState(), e.getErrorCode());
        }
    }

    private Connection connectSqlite() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        if (sqlite.file == null) {
            return config.createConnection("jdbc:sqlite::memory:");
        }
        if (!Files.exists(sqlite.file) && !sqlite.createIfMissing) {
            throw new SQLException("database file " + sqlite.file + " does not exist; run `driftless database create`"
                    + " or add ?mode=rwc to the URL");
        }
        if (sqlite.readOnly) {
            config.setReadOnly(true);
        }
        if (!sqlite.createIfMissing) {
            // Also closes the race where the file vanishes between the check above and the open.
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        return config.createConnection("jdbc:sqlite:" + sqlite.file);
    }

    private static DatabaseUrl parsePostgres(String url) {
        // Errors show this conservative masking: the URL may be malformed exactly in its password.
        String shown = PasswordMasking.maskUrl(url);
        int schemeEnd = url.indexOf("://");
        String scheme = url.substring(0, schemeEnd);
        String rest = url.substring(schemeEnd + 3);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment); // sqlx ignores fragments too
        }
        // As in the WHATWG URL rules sqlx follows, the authority ends at the first '/' or '?'.
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = rest.substring(0, authorityEnd);
        String afterAuthority = rest.substring(authorityEnd);
        int queryStart = afterAuthority.indexOf('?');
        String path = queryStart < 0 ? afterAuthority : afterAuthority.substring(0, queryStart);
        List<String> rawQuery = queryStart < 0 ? List.of()
                : Arrays.stream(afterAuthority.substring(queryStart + 1).split("&"))
                .filter(pair -> !pair.isEmpty()).toList();

        int at = authority.lastIndexOf('@');
        String rawUserInfo = at < 0 ? null : authority.substring(0, at);
        String rawHostPort = authority.substring(at + 1);

        String user = null;
        String password = null;
        String rawPassword = null;
        if (rawUserInfo != null) {
            int colon = rawUserInfo.indexOf(':');
            String rawUser = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
            rawPassword = colon < 0 ? null : rawUserInfo.substring(colon + 1);
            user = rawUser.isEmpty() ? null : decode(rawUser, shown, "user name");
            password = rawPassword == null ? null : decode(rawPassword, shown, "password");
        }
        String masked = maskPostgres(scheme, rawUserInfo, rawHostPort, path, rawQuery);

        String host;
        String portText;
        if (rawHostPort.startsWith("[")) {
            int close = rawHostPort.indexOf(']');
            if (close < 0) {
                throw invalid(shown, "has an IPv6 host without a closing ']'");
            }
            host = rawHostPort.substring(1, close);
            String afterHost = rawHostPort.substring(close + 1);
            if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
                throw invalid(shown, "has unexpected text after the IPv6 host");
            }
            portText = afterHost.isEmpty() ? "" : afterHost.substring(1);
        } else {
            int colon = rawHostPort.lastIndexOf(':');
            host = colon < 0 ? rawHostPort : rawHostPort.substring(0, colon);
            portText = colon < 0 ? "" : rawHostPort.substring(colon + 1);
        }
        if (host.toLowerCase(Locale.ROOT).startsWith("%2f")) {
            throw unixSocket(shown);
        }
        host = host.isEmpty() ? "localhost" : decode(host, shown, "host");
        int port = portText.isEmpty() ? DEFAULT_PG_PORT : port(portText, shown);

        String database = path.length() > 1 ? decode(path.substring(1), shown, "database name") : null;

        Properties driverOptions = new Properties();
        Set<String> passwordForms = new LinkedHashSet<>();
        for (String pair : rawQuery) {
            String[] keyValue = pair.split("=", 2);
            String key = formDecode(keyValue[0], shown);
            String value = keyValue.length > 1 ? formDecode(keyValue[1], shown) : "";
            switch (key) {
                case "host" -> {
                    if (value.startsWith("/")) {
                        throw unixSocket(shown);
                    }
                    host = value.isEmpty() ? "localhost" : value;
                }
                case "port" -> port = port(value, shown);
                case "dbname" -> database = value;
                case "user" -> user = value;
                case "password" -> {
                    password = value;
                    if (keyValue.length > 1) {
                        passwordForms.add(keyValue[1]);
                    }
                }
                default -> {
                    String property = PG_DRIVER_OPTIONS.get(key);
                    // Like sqlx, parameters it does not know are ignored.
                    if (property != null) {
                        driverOptions.setProperty(property, checkedOption(property, value, shown));
                    }
                }
            }
        }
        if (user == null) {
            user = System.getProperty("user.name"); // sqlx falls back to the OS user name too
        }
        if (database == null) {
            database = user; // PostgreSQL's own default, which sqlx relies on
        }
        if (password != null && !password.isEmpty()) {
            passwordForms.add(password);
            passwordForms.add(percentEncode(password));
            if (rawPassword != null) {
                passwordForms.add(rawPassword);
            }
        } else {
            passwordForms.clear();
        }
        passwordForms.remove("");
        // Longest first, so a form that contains another is replaced whole.
        List<String> forms = passwordForms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Postgres parts = new Postgres(scheme, rawUserInfo, rawHostPort, rawQuery, host, port, user, password,
                database, driverOptions, forms);
        return new DatabaseUrl(Kind.POSTGRES, masked, parts, null);
    }

    private static String maskPostgres(String scheme, String rawUserInfo, String rawHostPort, String path,
                                       List<String> rawQuery) {
        StringBuilder masked = new StringBuilder(scheme).append("://");
        if (rawUserInfo != null) {
            int colon = rawUserInfo.indexOf(':');
            masked.append(colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon + 1) + MASK).append('@');
        }
        masked.append(rawHostPort).append(path);
        if (!rawQuery.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            for (String pair : rawQuery) {
                String key = pair.split("=", 2)[0];
                pairs.add("password".equals(formDecode(key)) ? key + "=" + MASK : pair);
            }
            masked.append('?').append(String.join("&", pairs));
        }
        return masked.toString();
    }

    private static String checkedOption(String property, String value, String shown) {
        if (property.equals("sslmode") && !SSL_MODES.contains(value)) {
            throw invalid(shown, "has sslmode=" + value
                    + "; use disable, allow, prefer, require, verify-ca or verify-full");
        }
        if (property.equals("connectTimeout") && !value.matches("\\d{1,9}")) {
            throw invalid(shown, "has connect_timeout=" + value + "; use a whole number of seconds");
        }
        return value;
    }

    private static DatabaseUrl parseSqlite(String url, Path baseDirectory) {
        // sqlx strips "sqlite://" or else "sqlite:" and takes the rest as a path, so
        // sqlite:///abs is absolute and sqlite://rel is relative.
        String rest = startsWithIgnoreCase(url, "sqlite://") ? url.substring(9) : url.substring(7);
        int queryStart = rest.indexOf('?');
        String rawPath = queryStart < 0 ? rest : rest.substring(0, queryStart);
        boolean memory = rawPath.equals(":memory:");
        boolean createIfMissing = false;
        boolean readOnly = false;
        if (queryStart >= 0) {
            for (String pair : rest.substring(queryStart + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] keyValue = pair.split("=", 2);
                String key = formDecode(keyValue[0], url);
                String value = keyValue.length > 1 ? formDecode(keyValue[1], url) : "";
                if (!key.equals("mode")) {
                    throw invalid(url, "has the query parameter `" + key + "`, which Driftless does not support;"
                            + " only `mode` (ro, rw, rwc or memory) is");
                }
                // As in sqlx, the last mode wins.
                createIfMissing = value.equals("rwc");
                readOnly = value.equals("ro");
                switch (value) {
                    case "ro", "rw", "rwc" -> { }
                    case "memory" -> memory = true;
                    default -> throw invalid(url, "has mode=" + value + "; use ro, rw, rwc or memory");
                }
            }
        }
        if (memory) {
            return new DatabaseUrl(Kind.SQLITE, url, null, new Sqlite(null, false, false));
        }
        if (rawPath.isEmpty()) {
            throw invalid(url, "names no database file; write sqlite://path/to/file.db or sqlite::memory:");
        }
        Path file = baseDirectory.resolve(decode(rawPath, url, "file path")).toAbsolutePath().normalize();
        return new DatabaseUrl(Kind.SQLITE, url, null, new Sqlite(file, createIfMissing, readOnly));
    }

    private static int port(String text, String shown) {
        if (text.matches("\\d{1,5}")) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw invalid(shown, "has port \"" + text + "\"; use a number from 1 to 65535");
    }

    private static IllegalArgumentException unixSocket(String shown) {
        return invalid(shown, "points to a Unix-domain socket, which Driftless does not support;"
                + " use a TCP host such as localhost");
    }

    /** {@code shownUrl} must already be masked (SQLite URLs hold no password). */
    private static IllegalArgumentException invalid(String shownUrl, String problem) {
        return new IllegalArgumentException("database URL " + shownUrl + " " + problem);
    }

    private static String decode(String text, String shownUrl, String what) {
        String decoded = percentDecode(text, false);
        if (decoded == null) {
            throw invalid(shownUrl, "has an invalid percent-encoding in the " + what);
        }
        return decoded;
    }

    private static String formDecode(String text, String shownUrl) {
        String decoded = percentDecode(text, true);
        if (decoded == null) {
            throw invalid(shownUrl, "has an invalid percent-encoding in its query");
        }
        return decoded;
    }

    /** Lenient form decoding for already-validated query keys. */
    private static String formDecode(String text) {
        String decoded = percentDecode(text, true);
        return decoded == null ? text : decoded;
    }

    /** Decodes %XX sequences as UTF-8; null when a sequence or the resulting bytes are invalid. */
    private static String percentDecode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (so no '+' is ever read as a space). */
    private static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
