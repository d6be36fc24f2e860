package dev.driftless.ui.task;

import dev.driftless.testing.HeldExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LatestAnswerTest {
    private final HeldExecutor executor = new HeldExecutor();
    private final LatestAnswer latest = new LatestAnswer(executor);
    private final List<String> delivered = new ArrayList<>();

    @Test
    void theAnswerToAnEarlierQuestionArrivingLastIsDropped() {
        latest.submit(() -> "first", delivered::add, failure -> delivered.add("failed"));
        latest.submit(() -> "second", delivered::add, failure -> delivered.add("failed"));

        executor.run(1);
        executor.run(0);

        assertThat(delivered).containsExactly("second");
    }

    @Test
    void aFailureOfAnEarlierQuestionIsDroppedToo() {
        latest.<String>submit(() -> {
            throw new IllegalStateException("old");
        }, delivered::add, failure -> delivered.add(failure.getMessage()));
        latest.submit(() -> "new", delivered::add, failure -> delivered.add(failure.getMessage()));

        executor.run(1);
        executor.run(0);

        assertThat(delivered).containsExactly("new");
    }

    @Test
    void workThatIsAlreadySupersededWhenItsTurnComesIsNotDone() {
        AtomicInteger done = new AtomicInteger();
        latest.submit(done::incrementAndGet, answer -> { }, failure -> { });
        latest.submit(done::incrementAndGet, answer -> { }, failure -> { });

        executor.runAll();

        assertThat(done).hasValue(1);
    }

    @Test
    void cancellingDropsWhatIsStillToCome() {
        latest.submit(() -> "late", delivered::add, failure -> delivered.add("failed"));

        latest.cancel();
        executor.runAll();

        assertThat(delivered).isEmpty();
    }

    @Test
    void aQuestionAskedEarlyAndSubmittedLaterIsStillSupersededByOneAskedInBetween() {
        LatestAnswer.Question early = latest.ask();
        latest.submit(() -> "in between", delivered::add, failure -> { });
        early.submit(() -> "early", delivered::add, failure -> { });

        executor.runAll();

        assertThat(early.isNewest()).isFalse();
        assertThat(delivered).containsExactly("in between");
    }
}
