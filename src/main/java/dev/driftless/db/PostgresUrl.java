package dev.driftless.db;

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
import java.util.Properties;
import java.util.Set;

import static dev.driftless.db.UrlText.decode;
import static dev.driftless.db.UrlText.formDecode;
import static dev.driftless.db.UrlText.invalid;
import static dev.driftless.db.UrlText.percentEncode;

/**
 * A PostgreSQL URL ({@code postgres://} or {@code postgresql://}), parsed as sqlx parses it: user, password,
 * host, port and database from the URL or its query ({@code host=}, {@code port=}, {@code dbname=},
 * {@code user=}, {@code password=}), the driver options sqlx knows, the OS user name when none is given.
 * Equal to another when host, port, database, credentials and driver options are.
 */
public final class PostgresUrl implements DatabaseUrl {
    private static final String MASK = PasswordMasking.MASK;
    private static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** sqlx URL query parameter (with its aliases) -> pgjdbc connection property. */
    private static final Map<String, String> DRIVER_OPTIONS = Map.ofEntries(
            Map.entry("sslmode", "sslmode"), Map.entry("ssl-mode", "sslmode"),
            Map.entry("sslrootcert", "sslrootcert"), Map.entry("ssl-root-cert", "sslrootcert"),
            Map.entry("ssl-ca", "sslrootcert"),
            Map.entry("sslcert", "sslcert"), Map.entry("ssl-cert", "sslcert"),
            Map.entry("sslkey", "sslkey"), Map.entry("ssl-key", "sslkey"),
            Map.entry("application_name", "ApplicationName"),
            Map.entry("options", "options"),
            Map.entry("connect_timeout", "connectTimeout"));

    private final String masked;
    /** The URL as written, to rebuild it in {@link #withDatabase}. */
    private final Written written;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String database;
    private final Properties driverOptions;
    /** The password as it may appear in a message (written, decoded, re-encoded), longest first. */
    private final List<String> passwordForms;
    /** How long {@link #connect()} keeps trying; null leaves it to the driver. */
    private final Duration connectTimeout;

    /** The raw parts of the URL as written. */
    private record Written(String scheme, String userInfo, String hostPort, List<String> query) {
    }

    private PostgresUrl(String masked, Written written, String host, int port, String user, String password,
                        String database, Properties driverOptions, List<String> passwordForms, Duration connectTimeout) {
        this.masked = masked;
        this.written = written;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.database = database;
        this.driverOptions = driverOptions;
        this.passwordForms = passwordForms;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Kind kind() {
        return Kind.POSTGRES;
    }

    @Override
    public String masked() {
        return masked;
    }

    /** Same as {@link #masked()}, so a URL can be logged or shown safely. */
    @Override
    public String toString() {
        return masked;
    }

    @Override
    public String databaseName() {
        return database;
    }

    /** The server's host. */
    public String host() {
        return host;
    }

    /** The server's port (5432 unless the URL says otherwise). */
    public int port() {
        return port;
    }

    @Override
    public boolean isLocal() {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.equals("127.0.0.1") || lower.equals("::1");
    }

    @Override
    public DatabaseIdentity identity() {
        return DatabaseIdentity.postgres(host, port, database);
    }

    @Override
    public String scrub(String message) {
        if (message == null) {
            return null;
        }
        String scrubbed = message;
        for (String form : passwordForms) {
            scrubbed = scrubbed.replace(form, MASK);
        }
        return scrubbed;
    }

    /**
     * The same server and credentials with another database, for maintenance connections (creating or
     * dropping the target database, a shadow database).
     */
    public PostgresUrl withDatabase(String name) {
        StringBuilder url = new StringBuilder(written.scheme).append("://");
        if (written.userInfo != null) {
            url.append(written.userInfo).append('@');
        }
        url.append(written.hostPort).append('/').append(percentEncode(name));
        // A dbname= parameter would override the new path, so it is left out.
        List<String> query = written.query.stream()
                .filter(pair -> !"dbname".equals(formDecode(pair.split("=", 2)[0])))
                .toList();
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        return parse(url.toString()).withConnectTimeout(connectTimeout);
    }

    /**
     * Refused or reset connections are retried until {@code timeout} and a server that never answers is given
     * up on then ({@link ConnectTimeoutException}); null leaves it to the driver.
     */
    @Override
    public PostgresUrl withConnectTimeout(Duration timeout) {
        return new PostgresUrl(masked, written, host, port, user, password, database, driverOptions, passwordForms,
                timeout);
    }

    @Override
    public Connection connect() throws SQLException {
        return connectTimeout == null ? open(new Properties()) : TimedConnect.connect(masked, connectTimeout, this::open);
    }

    private Connection open(Properties timeouts) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(timeouts);
        // After the timeouts, so that a connect_timeout in the URL wins.
        properties.putAll(driverOptions);
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        String jdbcHost = host.contains(":") ? "[" + host + "]" : host;
        String jdbcUrl = "jdbc:postgresql://" + jdbcHost + ":" + port + "/" + percentEncode(database);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof PostgresUrl that && port == that.port && host.equals(that.host)
                && user.equals(that.user) && Objects.equals(password, that.password) && database.equals(that.database)
                && driverOptions.equals(that.driverOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, user, database);
    }

    static PostgresUrl parse(String url) {
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
        int authorityEnd = UrlText.indexOfAny(rest, "/?");
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
        String masked = mask(scheme, rawUserInfo, rawHostPort, path, rawQuery);

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
        int port = portText.isEmpty() ? DEFAULT_PORT : port(portText, shown);

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
                    String property = DRIVER_OPTIONS.get(key);
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
        return new PostgresUrl(masked, new Written(scheme, rawUserInfo, rawHostPort, rawQuery), host, port, user,
                password, database, driverOptions, forms, null);
    }

    private static String mask(String scheme, String rawUserInfo, String rawHostPort, String path,
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
}
