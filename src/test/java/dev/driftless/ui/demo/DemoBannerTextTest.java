package dev.driftless.ui.demo;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.schema.replay.DriftReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's banner says only what is true: it says less as the demo is run and repaired. */
class DemoBannerTextTest {
    private static final DriftReport CLEAN = new DriftReport(List.of(), List.of(), List.of(), "shadow", "3", "3");

    @Test
    void theFreshDemoNamesEachStateItStartsIn() {
        assertThat(DemoBannerText.of(List.of(row(1, MigrationStatus.APPLIED), row(2, MigrationStatus.DRIFTED),
                row(3, MigrationStatus.PENDING)), null)).isEqualTo("This is the demo project: a shop schema on SQLite, "
                + "with one migration pending, one migration edited after it was applied, perhaps changes made by "
                + "hand in its database (Check Schema tells).");
    }

    @Test
    void aRepairedDemoSaysEverythingMatches() {
        assertThat(DemoBannerText.of(List.of(row(1, MigrationStatus.APPLIED), row(2, MigrationStatus.APPLIED)), CLEAN))
                .isEqualTo("This is the demo project: a shop schema on SQLite: everything is applied and matches "
                        + "its files and its database.");
    }

    @Test
    void countsAreSpelledForSeveral() {
        assertThat(DemoBannerText.of(List.of(row(1, MigrationStatus.PENDING), row(2, MigrationStatus.PENDING)), CLEAN))
                .isEqualTo("This is the demo project: a shop schema on SQLite, with 2 migrations pending.");
    }

    private static StatusRow row(long version, MigrationStatus status) {
        return new StatusRow(version, "m" + version, status, false, null, null);
    }
}
