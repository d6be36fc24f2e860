package dev.driftless.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the documented benchmarks (docs/benchmarks.md), run by the Maven profile
 * {@code bench}; never part of the test suite. Argument: the build directory holding
 * {@code driftless.jar}. System properties: {@code bench.repetitions} (default 5) and
 * {@code bench.only} ({@code apply}, {@code info}, {@code schema} or {@code diff}) to run one benchmark,
 * {@code bench.baselineJar} (an older driftless.jar measured beside this one), {@code bench.installed} (the
 * {@code driftless} command of the installed package, e.g. /usr/bin/driftless, measured beside the others).
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        Path jar = target.resolve("driftless.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run the package phase first");
        }
        Path work = Files.createDirectories(target.resolve("bench"));
        int repetitions = Integer.getInteger("bench.repetitions", 5);
        String only = System.getProperty("bench.only", "");
        Path script = target.getParent().resolve("packaging/driftless");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " is missing or not executable");
        }
        Launcher launcher = Launcher.prepare(script, jar, work);
        // -Dbench.baselineJar=PATH: an older build measured beside this one (before/after in one run).
        String baseline = System.getProperty("bench.baselineJar", "");
        Path baselineJar = baseline.isEmpty() ? null : Path.of(baseline).toAbsolutePath();
        // -Dbench.installed=/usr/bin/driftless: the installed package's command, beside this build.
        String installedCommand = System.getProperty("bench.installed", "");
        Path installed = installedCommand.isEmpty() ? null : Path.of(installedCommand);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.runtime.version"));
        if (only.isEmpty() || only.equals("apply")) {
            new ApplyBenchmark(work, jar, baselineJar, installed, launcher, repetitions).run();
        }
        if (only.isEmpty() || only.equals("info")) {
            new InfoBenchmark(work, jar, baselineJar, installed, launcher, repetitions).run();
        }
        if (only.isEmpty() || only.equals("schema")) {
            new SchemaBenchmark(work, jar, launcher, repetitions).run();
        }
        if (only.isEmpty() || only.equals("diff")) {
            new SchemaDiffBenchmark(work, launcher, repetitions).run();
        }
    }
}
