package dev.driftless.db;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteDialectTest {
    @Test
    void readsCurrentTimestampTextByHand() {
        assertThat(SqliteDialect.parseCurrentTimestamp("2024-05-01 12:30:07"))
                .isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 30, 7));
        assertThat(SqliteDialect.parseCurrentTimestamp("2024-02-29 23:59:59"))
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59));
    }

    @Test
    void leavesAnythingElseToTheFormatterWhichReadsItAsBefore() {
        // The formatter's smart resolving moves an impossible day to the month's last (what reading did before).
        assertThat(SqliteDialect.parseCurrentTimestamp("2023-02-30 10:00:00"))
                .isEqualTo(LocalDateTime.of(2023, 2, 28, 10, 0, 0));
        assertThatThrownBy(() -> SqliteDialect.parseCurrentTimestamp("2024-05-01T12:30:07"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> SqliteDialect.parseCurrentTimestamp("2024-13-01 12:30:07"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> SqliteDialect.parseCurrentTimestamp("2024-05-01 24:30:07"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> SqliteDialect.parseCurrentTimestamp("2024-0a-01 12:30:07"))
                .isInstanceOf(DateTimeParseException.class);
    }
}
