package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/** sqlx-cli's --connect-timeout, for every command that connects. */
final class ConnectTimeoutOption {
    static final long DEFAULT_SECONDS = 10;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_SECONDS,
            converter = WholeSeconds.class,
            description = "How long to keep trying to reach a PostgreSQL server (retrying refused connections, "
                    + "giving up on one that does not answer); 0 leaves it to the driver. No effect on SQLite. "
                    + "Default: ${DEFAULT-VALUE}.")
    long seconds;

    /** The URL with this limit, or as it is for 0. */
    DatabaseUrl applyTo(DatabaseUrl url) {
        return seconds == 0 ? url : url.withConnectTimeout(Duration.ofSeconds(seconds));
    }

    /** A whole number of seconds, 0 or more, as sqlx-cli's unsigned timeouts. */
    static final class WholeSeconds implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds >= 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a whole number of seconds (0 or more)");
        }
    }
}
