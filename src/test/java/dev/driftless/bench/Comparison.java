package dev.driftless.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs contenders in the same session, interleaved repetition by repetition so that a noisy
 * neighbour slows all of them alike, and prints medians and the ratio of every Driftless variant
 * to every peer.
 */
final class Comparison {
    private final String title;
    private final int repetitions;
    private final List<Contender> contenders = new ArrayList<>();

    Comparison(String title, int repetitions) {
        this.title = title;
        this.repetitions = repetitions;
    }

    Comparison add(Contender contender) {
        contenders.add(contender);
        return this;
    }

    /** One untimed run of each contender: fills the OS page cache and any lazy installation. */
    Comparison warmUp() throws Exception {
        for (Contender contender : contenders) {
            contender.run().nanos(-1);
        }
        return this;
    }

    /** Measures every contender {@code repetitions} times and prints medians and ratios. */
    void runAndPrint() throws Exception {
        long[][] samples = new long[contenders.size()][repetitions];
        for (int repetition = 0; repetition < repetitions; repetition++) {
            for (int i = 0; i < contenders.size(); i++) {
                samples[i][repetition] = contenders.get(i).run().nanos(repetition);
            }
        }
        double[] medians = new double[contenders.size()];
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "  %-48s %10s %10s %10s%n", "tool", "median", "min", "max");
        for (int i = 0; i < contenders.size(); i++) {
            long[] sorted = samples[i].clone();
            Arrays.sort(sorted);
            medians[i] = millis(median(sorted));
            System.out.printf(Locale.ROOT, "  %-48s %8.0f ms %7.0f ms %7.0f ms%n", contenders.get(i).name(),
                    medians[i], millis(sorted[0]), millis(sorted[sorted.length - 1]));
        }
        for (int ours = 0; ours < contenders.size(); ours++) {
            for (int peer = 0; peer < contenders.size(); peer++) {
                if (!contenders.get(ours).peer() && contenders.get(peer).peer()) {
                    // Also the median of the ratios within each repetition: the two ran back to back,
                    // so a burst of load from a neighbour weighs on both and cancels out.
                    double[] paired = new double[repetitions];
                    for (int repetition = 0; repetition < repetitions; repetition++) {
                        paired[repetition] = (double) samples[ours][repetition] / samples[peer][repetition];
                    }
                    Arrays.sort(paired);
                    double pairedMedian = repetitions % 2 == 1 ? paired[repetitions / 2]
                            : (paired[repetitions / 2 - 1] + paired[repetitions / 2]) / 2;
                    System.out.printf(Locale.ROOT, "  ratio %s / %s = %.2f (paired %.2f)%n",
                            contenders.get(ours).name(), contenders.get(peer).name(), medians[ours] / medians[peer],
                            pairedMedian);
                }
            }
        }
        System.out.printf(Locale.ROOT, "  (medians of %d runs; paired: median of the per-run ratios)%n",
                repetitions);
    }

    private static double median(long[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }
}
