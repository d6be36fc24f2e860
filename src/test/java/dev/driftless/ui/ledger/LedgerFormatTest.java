package dev.driftless.ui.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerFormatTest {

    @Test
    void executionTimeInHumanUnits() {
        assertThat(LedgerFormat.executionTime(-1)).isEqualTo("—");
        assertThat(LedgerFormat.executionTime(850)).isEqualTo("850 ns");
        assertThat(LedgerFormat.executionTime(12_300)).isEqualTo("12.3 µs");
        assertThat(LedgerFormat.executionTime(1_500_000)).isEqualTo("1.5 ms");
        assertThat(LedgerFormat.executionTime(2_250_000_000L)).isEqualTo("2.3 s");
    }

    @Test
    void installedOnInTheGivenZone() {
        Instant installed = Instant.parse("2024-03-01T10:15:30Z");

        assertThat(LedgerFormat.installedOn(installed, ZoneId.of("Europe/Paris"))).isEqualTo("2024-03-01 11:15:30");
        assertThat(LedgerFormat.installedOn(null, ZoneId.of("UTC"))).isEqualTo("—");
    }

    @Test
    void agoIsCoarse() {
        Instant now = Instant.parse("2024-03-01T10:00:00Z");

        assertThat(LedgerFormat.ago(now.minusSeconds(3), now)).isEqualTo("3s ago");
        assertThat(LedgerFormat.ago(now.minusSeconds(125), now)).isEqualTo("2m ago");
        assertThat(LedgerFormat.ago(now.minusSeconds(7300), now)).isEqualTo("2h ago");
        assertThat(LedgerFormat.ago(now.plusSeconds(1), now)).isEqualTo("0s ago");
    }
}
