package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationType;
import dev.driftless.core.source.SourceProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The planner's checks and messages, without a database: sqlx's rules as a table of cases. */
class MigrationPlannerTest {
    private final MigrationPlanner planner = new MigrationPlanner(LedgerTable.DEFAULT);

    @Test
    void plansEveryPendingMigrationInOrder() throws MigrateException {
        MigrationPlan plan = planner.planRun(source(simple(1), simple(2), simple(3)), List.of(applied(1)), RunOptions.DEFAULTS);
        assertThat(plan.steps()).extracting(step -> step.migration().version()).containsExactly(2L, 3L);
        assertThat(plan.steps()).allMatch(PlannedStep::runs);
    }

    @Test
    void targetVersionSkipsWhatIsAboveIt() throws MigrateException {
        MigrationPlan plan = planner.planRun(source(simple(1), simple(2), simple(3)), List.of(), target(2));
        assertThat(plan.steps()).extracting(PlannedStep::action)
                .containsExactly(PlannedStep.Action.RUN, PlannedStep.Action.RUN, PlannedStep.Action.SKIP);
    }

    @Test
    void targetVersionMustExist() {
        assertThatThrownBy(() -> planner.planRun(source(simple(1)), List.of(), target(7)))
                .hasMessage("migration 7 is not present in the migration source");
    }

    @Test
    void targetVersionBelowLatestAppliedIsRefused() {
        assertThatThrownBy(() -> planner.planRun(source(simple(1), simple(2)), List.of(applied(2)), target(1)))
                .hasMessage("migration 1 is older than the latest applied migration 2");
    }

    @Test
    void failedRowBlocksTheRun() {
        AppliedMigration failed = new AppliedMigration(1, "one", Instant.EPOCH, false, checksum(1), -1);
        assertThatThrownBy(() -> planner.planRun(source(simple(1), simple(2)), List.of(failed), RunOptions.DEFAULTS))
                .hasMessage("migration 1 is partially applied; fix and remove row from `_sqlx_migrations` table");
    }

    @Test
    void missingFileIsRefusedUnlessIgnored() throws MigrateException {
        assertThatThrownBy(() -> planner.planRun(source(simple(2)), List.of(applied(1)), RunOptions.DEFAULTS))
                .hasMessage("migration 1 was previously applied but is missing in the resolved migrations");
        RunOptions ignoring = new RunOptions(OptionalLong.empty(), true, false);
        assertThat(planner.planRun(source(simple(2)), List.of(applied(1)), ignoring).toRun()).hasSize(1);
    }

    @Test
    void modifiedAppliedMigrationIsRefusedBeforeAnythingRuns() {
        AppliedMigration drifted = new AppliedMigration(2, "two", Instant.EPOCH, true, checksum(99), 5);
        assertThatThrownBy(() -> planner.planRun(source(simple(1), simple(2)), List.of(drifted), RunOptions.DEFAULTS))
                .hasMessage("migration 2 was previously applied but has been modified");
    }

    @Test
    void pendingVersionBelowTheLatestAppliedIsFlaggedOutOfOrder() throws MigrateException {
        MigrationPlan plan = planner.planRun(source(simple(1), simple(2), simple(3)), List.of(applied(1), applied(3)),
                RunOptions.DEFAULTS);
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.migration().version()).isEqualTo(2);
            assertThat(step.outOfOrder()).isTrue();
        });
    }

    @Test
    void folderProblemsBlockRunAndRevert() {
        MigrationSource broken = new MigrationSource(Path.of("migrations"), Layout.FLAT, List.of(),
                List.of(new SourceProblem(Path.of("migrations/v1_x.sql"), "bad name")));
        assertThatThrownBy(() -> planner.planRun(broken, List.of(), RunOptions.DEFAULTS))
                .hasMessageContaining("migrations/v1_x.sql: bad name");
        assertThatThrownBy(() -> planner.planRevert(broken, List.of(), RunOptions.DEFAULTS))
                .hasMessageContaining("migrations/v1_x.sql: bad name");
    }

    @Test
    void revertWithoutTargetTakesOnlyTheLatest() throws MigrateException {
        MigrationPlan plan = planner.planRevert(source(reversible(1), reversible(2)), List.of(applied(1), applied(2)),
                RunOptions.DEFAULTS);
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.migration().version()).isEqualTo(2);
            assertThat(step.direction()).isEqualTo(Direction.DOWN);
        });
    }

    @Test
    void revertRefusesToReachUnderANewerSimpleMigration() {
        assertThatThrownBy(() -> planner.planRevert(source(reversible(1), simple(2)), List.of(applied(1), applied(2)),
                RunOptions.DEFAULTS))
                .isInstanceOfSatisfying(MigrateException.class, refusal -> {
                    assertThat(refusal.getMessage()).contains("migration 2").contains("cannot be reverted")
                            .contains("would silently revert the older migration 1");
                    assertThat(refusal.refusal()).get().isInstanceOfSatisfying(
                            Refusal.RevertUnderSimpleMigration.class, simple -> {
                                assertThat(simple.underneath()).hasValue(1);
                                assertThat(simple.reversibleUpName()).isEqualTo("2_two.up.sql");
                            });
                });
    }

    @Test
    void revertToTargetRevertsNewestFirstAndListsTheRestAsSkipped() throws MigrateException {
        MigrationPlan plan = planner.planRevert(source(reversible(1), reversible(2), reversible(3)),
                List.of(applied(1), applied(2), applied(3)), target(1));
        assertThat(plan.steps()).extracting(step -> step.migration().version(), PlannedStep::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, PlannedStep.Action.RUN),
                org.assertj.core.groups.Tuple.tuple(2L, PlannedStep.Action.RUN),
                org.assertj.core.groups.Tuple.tuple(1L, PlannedStep.Action.SKIP));
    }

    @Test
    void revertTargetZeroRevertsEverything() throws MigrateException {
        MigrationPlan plan = planner.planRevert(source(reversible(1), reversible(2)), List.of(applied(1), applied(2)),
                target(0));
        assertThat(plan.toRun()).hasSize(2);
    }

    @Test
    void revertTargetAboveLatestIsRefused() {
        assertThatThrownBy(() -> planner.planRevert(source(reversible(1), reversible(2)), List.of(applied(1)), target(2)))
                .hasMessage("migration 2 is newer than the latest applied migration 1");
    }

    @Test
    void revertWithNothingAppliedPlansNothing() throws MigrateException {
        assertThat(planner.planRevert(source(reversible(1)), List.of(), RunOptions.DEFAULTS).isEmpty()).isTrue();
    }

    private static RunOptions target(long version) {
        return new RunOptions(OptionalLong.of(version), false, false);
    }

    private static MigrationSource source(Migration... migrations) {
        return new MigrationSource(Path.of("migrations"), Layout.FLAT, new ArrayList<>(List.of(migrations)), List.of());
    }

    private static Migration simple(long version) {
        return new Migration(version, name(version), MigrationType.SIMPLE,
                Path.of("migrations", version + "_" + name(version) + ".sql"), null, checksum(version), false);
    }

    private static Migration reversible(long version) {
        return new Migration(version, name(version), MigrationType.REVERSIBLE,
                Path.of("migrations", version + "_" + name(version) + ".up.sql"),
                Path.of("migrations", version + "_" + name(version) + ".down.sql"), checksum(version), false);
    }

    private static AppliedMigration applied(long version) {
        return new AppliedMigration(version, name(version), Instant.EPOCH, true, checksum(version), 1000);
    }

    private static Checksum checksum(long version) {
        return Checksums.sha384(("migration " + version).getBytes(StandardCharsets.UTF_8));
    }

    private static String name(long version) {
        return switch ((int) version) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> "v" + version;
        };
    }
}
