package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.testing.RefusalSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalHintsTest {

    @Test
    void noWindowHintNamesACommandLineFlagOrCommand() {
        for (Refusal refusal : RefusalSamples.all()) {
            RefusalHints.of(refusal).ifPresent(hint -> assertThat(hint).as(refusal.getClass().getSimpleName())
                    .doesNotContain("--").doesNotContain("driftless ").doesNotContain("`"));
        }
    }

    @Test
    void aPartiallyAppliedMigrationPointsAtTheDriftTabsButton() {
        MigrateException refused = new MigrateException(new Refusal.PartiallyApplied(4, LedgerTable.DEFAULT));

        assertThat(RefusalHints.of(refused)).hasValueSatisfying(hint ->
                assertThat(hint).contains("Clear failed row").contains("Drift tab"));
    }

    @Test
    void aFailureThatIsNoRefusalHasNoHint() {
        assertThat(RefusalHints.of(new MigrateException("cannot read the ledger table"))).isEmpty();
        assertThat(RefusalHints.of(new IllegalStateException("bug"))).isEmpty();
    }
}
