package dev.driftless.bench.ui;

import dev.driftless.bench.SchemaBenchmark;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The window benchmark (docs/benchmarks-window.md), run by the Maven profile {@code bench-ui}; never
 * part of the test suite. Argument: the build directory holding {@code driftless.jar} and
 * {@code test-classes}. Every program runs under its own Xvfb display with {@code -Dprism.order=sw}.
 * System properties: {@code bench.repetitions} (default 5), {@code bench.only} ({@code startup},
 * {@code editor}, {@code idle} or {@code scroll}), {@code bench.idleSeconds} (default 30), {@code bench.baseline} (a build
 * directory of another version, with its {@code driftless.jar} and {@code test-classes}: its editor and demo
 * start-up figures are measured interleaved with this build's, in the same run).
 */
public final class UiBenchmarkMain {
    /**
     * The JVM flags {@code packaging/driftless} starts the window with (besides its class-data archive): the
     * editor and idle figures, of the window and of its peers, are measured with them.
     */
    private static final List<String> WINDOW_FLAGS = List.of("-XX:+UseParallelGC", "-Xmn128m", "-XX:-UsePerfData",
            "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

    private static final String SHOWN = "shown-after-ms";
    private static final String ROWS = "rows-shown-after-ms";
    private static final String OPEN_FIRST_SCREEN = "open-first-screen-ms";
    private static final String OPEN_WHOLE = "open-whole-ms";

    private final Path target;
    private final Path work;
    private final int repetitions;
    private String display;

    private UiBenchmarkMain(Path target, int repetitions) throws IOException {
        this.target = target;
        this.work = Files.createDirectories(target.resolve("bench-ui"));
        this.repetitions = repetitions;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        if (!Files.isRegularFile(target.resolve("driftless.jar"))) {
            throw new IllegalStateException(target.resolve("driftless.jar") + " is missing; run the package phase first");
        }
        String only = System.getProperty("bench.only", "");
        UiBenchmarkMain bench = new UiBenchmarkMain(target, Integer.getInteger("bench.repetitions", 5));
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.runtime.version") + ", Xvfb, -Dprism.order=sw");
        Process xvfb = bench.startXvfb();
        try {
            if (only.isEmpty() || only.equals("startup")) {
                bench.startup();
            }
            if (only.isEmpty() || only.equals("editor")) {
                bench.editor();
            }
            if (only.isEmpty() || only.equals("idle")) {
                bench.idle(Integer.getInteger("bench.idleSeconds", 30));
            }
            if (only.isEmpty() || only.equals("scroll")) {
                bench.scroll();
            }
            if (only.isEmpty() || only.equals("database")) {
                bench.databaseView();
            }
        } finally {
            xvfb.destroy();
        }

    }

    // ---- the Database view -----------------------------------------------------------------------

    /** The Database view of benchmark 3's 500-table schema: from asking it to show to the tree laid out. */
    private void databaseView() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE database_view_bench");
            }
            try (Connection connection = postgres.getDatabase("postgres", "database_view_bench").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(SchemaBenchmark.schemaSql());
            }
            String url = "postgres://postgres:postgres@localhost:" + postgres.getPort() + "/database_view_bench";
            Path project = work.resolve("project-database-view");
            List<String> lines = runHarness(DatabaseViewHarness.class, "database-view", target,
                    List.of(project.toString(), url, String.valueOf(repetitions + 1)));
            System.out.println();
            System.out.println("Database view, 500 tables (benchmark 3's schema), PostgreSQL (local); the first run is cold:");
            lines.forEach(line -> System.out.println("  " + line));
            for (String figure : List.of("tree-ms", "read-ms")) {
                long[] warm = lines.stream().filter(line -> line.startsWith(figure + " ")).skip(1)
                        .mapToLong(line -> Long.parseLong(line.split(" ")[1])).toArray();
                System.out.printf(Locale.ROOT, "  %s median of the %d warm runs: %.0f%n", figure, warm.length, median(warm));
            }
        }
    }

    // ---- 1. start-up ---------------------------------------------------------------------------

    private void startup() throws Exception {
        Path tenK = tenThousandMigrations();
        Path home = work.resolve("home");
        List<Contender> contenders = new ArrayList<>(List.of(
                new Contender("floor (JavaFX + one CodeArea)", javaCommand(List.of("-cp", classPath(),
                        FloorLauncher.class.getName())), Map.of()),
                new Contender("driftless demo (fresh home)", javaCommand(List.of("-Ddriftless.home=" + home, "-jar", jar())),
                        Map.of()),
                new Contender("driftless 10k migrations (gui DIR)", javaCommand(List.of("-Ddriftless.home=" + home,
                        "-jar", jar(), "gui", tenK.toString())), Map.of()),
                launcherContender("driftless demo (packaging/driftless, AppCDS)", home, List.of()),
                launcherContender("driftless 10k (packaging/driftless, AppCDS)", home, List.of("gui", tenK.toString()))));
        for (Path build : builds().subList(1, builds().size())) {
            contenders.add(new Contender("driftless demo, baseline build", javaCommand(List.of("-Ddriftless.home=" + home,
                    "-jar", jar(build))), Map.of()));
        }
        Map<Contender, List<long[]>> samples = new LinkedHashMap<>();
        contenders.forEach(contender -> samples.put(contender, new ArrayList<>()));
        for (int repetition = -1; repetition < repetitions; repetition++) { // -1: untimed warm-up (and the AppCDS dump)
            for (int i = 0; i < contenders.size(); i++) {
                UiFixtures.deleteTree(home);
                Contender contender = contenders.get(i);
                Set<String> needed = i == 0 ? Set.of(SHOWN) : Set.of(SHOWN, ROWS);
                Launched launched = launchUntil(contender.command(), contender.environment(), needed,
                        work.resolve("logs/startup-" + i + ".log"));
                stop(launched.process);
                if (repetition >= 0) {
                    samples.get(contender).add(new long[] {launched.reported.get(SHOWN),
                            launched.reported.getOrDefault(ROWS, -1L), launched.wall.get(SHOWN),
                            launched.wall.getOrDefault(ROWS, -1L)});
                }
            }
        }
        System.out.println();
        System.out.println("Start-up: process start to window shown / to first rows laid out (ms)");
        System.out.printf(Locale.ROOT, "  %-48s %14s %14s %14s %14s%n", "program", "shown (uptime)", "rows (uptime)",
                "shown (wall)", "rows (wall)");
        double[][] medians = new double[contenders.size()][];
        for (int i = 0; i < contenders.size(); i++) {
            List<long[]> runs = samples.get(contenders.get(i));
            medians[i] = new double[4];
            for (int column = 0; column < 4; column++) {
                int c = column;
                medians[i][column] = median(runs.stream().mapToLong(run -> run[c]).toArray());
            }
            System.out.printf(Locale.ROOT, "  %-48s %14.0f %14s %14.0f %14s%n", contenders.get(i).name(), medians[i][0],
                    i == 0 ? "-" : String.format(Locale.ROOT, "%.0f", medians[i][1]), medians[i][2],
                    i == 0 ? "-" : String.format(Locale.ROOT, "%.0f", medians[i][3]));
            System.out.println("    uptime shown samples: " + runs.stream().map(run -> String.valueOf(run[0])).toList()
                    + (i == 0 ? "" : ", rows samples: " + runs.stream().map(run -> String.valueOf(run[1])).toList()));
        }
        double floor = medians[0][0];
        double floorWall = medians[0][2];
        ratio("demo shown / floor shown", medians[1][0] / floor, 1.2);
        ratio("demo rows / floor shown", medians[1][1] / floor, 1.2);
        ratio("10k shown / floor shown", medians[2][0] / floor, 2.0);
        ratio("10k rows / floor shown", medians[2][1] / floor, 2.0);
        System.out.printf(Locale.ROOT, "  wall-clock ratios: demo shown %.2f, demo rows %.2f, 10k shown %.2f, 10k rows %.2f%n",
                medians[1][2] / floorWall, medians[1][3] / floorWall, medians[2][2] / floorWall, medians[2][3] / floorWall);
        for (int i = 3; i < contenders.size(); i++) {
            double target = contenders.get(i).name().contains("10k") ? 2.0 : 1.2;
            System.out.printf(Locale.ROOT, "  %s: shown %.2f, rows %.2f of the floor (uptime; target <= %.1f: shown %s,"
                            + " rows %s); wall-clock %.2f, %.2f%n", contenders.get(i).name(), medians[i][0] / floor,
                    medians[i][1] / floor, target, medians[i][0] / floor <= target ? "met" : "MISSED",
                    medians[i][1] / floor <= target ? "met" : "MISSED", medians[i][2] / floorWall, medians[i][3] / floorWall);
        }
        System.out.printf(Locale.ROOT, "  (medians of %d runs)%n", repetitions);
    }

    private record Contender(String name, List<String> command, Map<String, String> environment) {
    }

    /**
     * The window through {@code packaging/driftless}, as README's first command starts it: its GUI AppCDS archive
     * is dumped by the first untimed warm-up run into a cache folder of the benchmark's own.
     */
    private Contender launcherContender(String name, Path home, List<String> arguments) {
        return launcherContender(name, home, arguments, "");
    }

    private Contender launcherContender(String name, Path home, List<String> arguments, String javaOptions) {
        Path launcher = target.getParent().resolve("packaging/driftless");
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(arguments);
        return new Contender(name, command, Map.of(
                "DRIFTLESS_JAR", jar(),
                "JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", work.resolve("launcher-cache").toString(),
                "DRIFTLESS_JAVA_OPTS", "-Dprism.order=sw -Ddriftless.bench.reportShown=true -Ddriftless.home=" + home
                        + " " + javaOptions));
    }

    /** Ends a program and whatever it started (the launcher script's JVM), and waits for them. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            child.onExit().join();
        }
        process.destroy();
        process.waitFor();
    }

    private static void ratio(String what, double ratio, double target) {
        System.out.printf(Locale.ROOT, "  ratio %-28s = %.2f  (target <= %.1f: %s)%n", what, ratio, target,
                ratio <= target ? "met" : "MISSED");
    }

    /** The project of 10,000 migrations, 9,990 of them applied, set up once and kept under the work folder. */
    private Path tenThousandMigrations() throws Exception {
        Path tenK = work.resolve("project-10k");
        if (!Files.exists(tenK.resolve("ready"))) {
            UiFixtures.deleteTree(tenK);
            String url = "sqlite://" + tenK.resolve("bench.db") + "?mode=rwc";
            UiFixtures.project(tenK, 10_000, url);
            System.out.println("setting up 10,000 migrations, 9,990 applied (once; kept in " + tenK + ") ...");
            long started = System.nanoTime();
            runCli(List.of("migrate", "run", "-D", url, "--source", tenK.resolve("migrations").toString(),
                    "--target-version", "9990"), work.resolve("logs/setup-10k.log"));
            Files.writeString(tenK.resolve("ready"), "");
            System.out.printf(Locale.ROOT, "  done in %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
        return tenK;
    }

    // ---- 2. editor -----------------------------------------------------------------------------

    private void editor() throws Exception {
        Path big = work.resolve("editor/big-5mb.sql");
        Path medium = work.resolve("editor/medium-1mb.sql");
        UiFixtures.sqlFile(big, 5L << 20);
        UiFixtures.sqlFile(medium, 1L << 20);
        int keystrokes = Integer.getInteger("bench.keystrokes", 200);
        Map<Path, EditorSamples> samples = new LinkedHashMap<>();
        builds().forEach(build -> samples.put(build, new EditorSamples(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        EditorSamples plainArea = new EditorSamples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Path home = work.resolve("home");
        Contender window = launcherContender("the window", home, List.of("gui", fiveMegabyteProject(big).toString()),
                "-Ddriftless.bench.open=2");
        List<long[]> windowOpens = new ArrayList<>();
        for (int repetition = -1; repetition < repetitions; repetition++) {
            UiFixtures.deleteTree(home);
            Launched opened = launchUntil(window.command(), window.environment(), Set.of(OPEN_FIRST_SCREEN, OPEN_WHOLE),
                    work.resolve("logs/editor-window.log"));
            stop(opened.process());
            if (repetition >= 0) {
                windowOpens.add(new long[] {opened.reported().get(OPEN_FIRST_SCREEN), opened.reported().get(OPEN_WHOLE)});
            }
            for (Path build : builds()) { // interleaved, so that both builds see the same load
                List<String> lines = runEditorHarness(build, List.of(big.toString(), medium.toString(),
                        String.valueOf(keystrokes)));
                if (repetition >= 0) {
                    samples.get(build).add(lines);
                }
            }
            List<String> peer = runEditorHarness(target, List.of("--plain", medium.toString(), String.valueOf(keystrokes)));
            if (repetition >= 0) {
                plainArea.add(peer);
            }
        }
        System.out.println();
        System.out.println("Editor: open a 5 MB migration until highlighted; keystrokes in a 1 MB file");
        samples.forEach((build, measured) -> {
            if (builds().size() > 1) {
                System.out.println(" " + (build.equals(target) ? "this build" : "baseline " + build) + ":");
            }
            measured.print();
        });
        long[] windowFirst = windowOpens.stream().mapToLong(run -> run[0]).toArray();
        long[] windowWhole = windowOpens.stream().mapToLong(run -> run[1]).toArray();
        System.out.printf(Locale.ROOT, "  the window (packaging/driftless gui, the 5 MB migration selected 3 s after the rows"
                        + " are shown, as a click does; its first editor): first screen median %.0f ms (max %d), whole text"
                        + " median %.0f ms (max %d) (target <= 1000 ms: first screen %s, whole %s)%n", median(windowFirst),
                max(windowFirst), median(windowWhole), max(windowWhole), median(windowFirst) <= 1000 ? "met" : "MISSED",
                median(windowWhole) <= 1000 ? "met" : "MISSED");
        System.out.println("    window samples (ms, first screen / whole): "
                + windowOpens.stream().map(run -> run[0] + "/" + run[1]).toList());
        long[] peer = plainArea.strokes().stream().mapToLong(Long::longValue).toArray();
        long[] ours = samples.get(target).strokes().stream().mapToLong(Long::longValue).toArray();
        System.out.printf(Locale.ROOT, "  peer, a bare CodeArea with the same 1 MB text (no highlighting, line numbers"
                        + " or overlays): median %.2f ms, p95 %.2f ms, max %.2f ms%n", median(peer) / 1000,
                percentile(peer, 95) / 1000, max(peer) / 1000.0);
        System.out.printf(Locale.ROOT, "  ratio keystroke / peer: median %.2f, p95 %.2f%n", median(ours) / median(peer),
                percentile(ours, 95) / percentile(peer, 95));
        System.out.printf(Locale.ROOT, "  (%d runs in fresh JVMs; %d keystrokes each; JVM flags %s as packaging/driftless"
                + " gives the window)%n", repetitions, keystrokes, String.join(" ", WINDOW_FLAGS));
    }

    /** A project of a small migration and the 5 MB one (version 2), both applied, set up once under the work folder. */
    private Path fiveMegabyteProject(Path big) throws Exception {
        Path project = work.resolve("project-5mb");
        if (!Files.exists(project.resolve("ready"))) {
            UiFixtures.deleteTree(project);
            String url = "sqlite://" + project.resolve("bench.db") + "?mode=rwc";
            UiFixtures.project(project, 1, url);
            Files.copy(big, project.resolve("migrations/00002_load_items.sql"));
            runCli(List.of("migrate", "run", "-D", url, "--source", project.resolve("migrations").toString()),
                    work.resolve("logs/setup-5mb.log"));
            Files.writeString(project.resolve("ready"), "");
        }
        return project;
    }

    private List<String> runEditorHarness(Path build, List<String> arguments) throws Exception {
        return runHarness(EditorHarness.class, "editor", build, arguments);
    }

    /** Runs a harness in a fresh JVM with the window's flags on the benchmark's display; returns what it printed. */
    private List<String> runHarness(Class<?> harness, String name, Path build, List<String> arguments) throws Exception {
        Path log = work.resolve("logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(WINDOW_FLAGS);
        command.addAll(List.of("-cp", classPath(build), harness.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(javaCommand(command))
                .redirectError(work.resolve("logs/" + name + ".err").toFile());
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .lines().toList();
        Files.write(log, lines);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(name + " harness failed; see " + work.resolve("logs/" + name + ".err"));
        }
        return lines;
    }

    /** The editor harness's figures of one build: open times (µs) and keystroke times (µs). */
    private record EditorSamples(List<Long> firstScreens, List<Long> opens, List<Long> warmFirstScreens,
                                 List<Long> warmOpens, List<Long> strokes, List<Long> syncStrokes) {
        void add(List<String> lines) {
            for (String line : lines) {
                String[] parts = line.split(" ");
                switch (parts[0]) {
                    case "first-screen-ms" -> firstScreens.add(Math.round(Double.parseDouble(parts[1]) * 1000));
                    case "open-ms" -> opens.add(Math.round(Double.parseDouble(parts[1]) * 1000));
                    case "first-screen-warm-ms" -> warmFirstScreens.add(Math.round(Double.parseDouble(parts[1]) * 1000));
                    case "open-warm-ms" -> warmOpens.add(Math.round(Double.parseDouble(parts[1]) * 1000));
                    case "keystroke-us" -> strokes.add(Long.parseLong(parts[1]));
                    case "keystroke-sync-us" -> syncStrokes.add(Long.parseLong(parts[1]));
                    default -> { }
                }
            }
        }

        void print() {
            long[] first = firstScreens.stream().mapToLong(Long::longValue).toArray();
            if (first.length > 0) { // a baseline from before the first screen was shown early does not report it
                System.out.printf(Locale.ROOT, "  open 5 MB, first screen highlighted: median %.0f ms (min %.0f, max %.0f)%n",
                        median(first) / 1000, min(first) / 1000.0, max(first) / 1000.0);
            }
            long[] open = opens.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "  open 5 MB, highlighted and laid out: median %.0f ms (min %.0f, max %.0f) "
                            + "(target <= 1000 ms: %s)%n", median(open) / 1000, min(open) / 1000.0, max(open) / 1000.0,
                    median(open) <= 1_000_000 ? "met" : "MISSED");
            System.out.println("    open samples (ms): " + opens.stream().map(us -> String.valueOf(us / 1000)).toList());
            long[] warmFirst = warmFirstScreens.stream().mapToLong(Long::longValue).toArray();
            long[] warmOpen = warmOpens.stream().mapToLong(Long::longValue).toArray();
            if (warmOpen.length > 0) { // older builds' harness did not measure it
                System.out.printf(Locale.ROOT, "  open 5 MB again, warm JVM: first screen median %.0f ms (max %.0f), "
                                + "whole median %.0f ms (max %.0f)%n", median(warmFirst) / 1000, max(warmFirst) / 1000.0,
                        median(warmOpen) / 1000, max(warmOpen) / 1000.0);
            }
            long[] all = strokes.stream().mapToLong(Long::longValue).toArray();
            long[] sync = syncStrokes.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "  keystroke to next layout pass: median %.2f ms, p95 %.2f ms, max %.2f ms "
                            + "(target <= 16 ms: %s)%n", median(all) / 1000, percentile(all, 95) / 1000, max(all) / 1000.0,
                    percentile(all, 95) <= 16_000 ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "  insertText + restyle alone:   median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    median(sync) / 1000, percentile(sync, 95) / 1000, max(sync) / 1000.0);
        }
    }

    // ---- 3. idle polling -----------------------------------------------------------------------

    private void idle(int seconds) throws Exception {
        System.out.println();
        System.out.println("Idle: CPU of the window process over " + seconds + " s, 1,000 ledger rows, after rows are shown;"
                + " JVM flags " + String.join(" ", WINDOW_FLAGS) + " as packaging/driftless gives the window");
        measureIdle("floor", null, seconds, null);
        measureIdle("floor, no caret", null, seconds, null);
        if (Boolean.getBoolean("bench.idleFloorOnly")) {
            return;
        }
        Path sqlite = work.resolve("project-idle-sqlite");
        UiFixtures.deleteTree(sqlite);
        String sqliteUrl = "sqlite://" + sqlite.resolve("bench.db") + "?mode=rwc";
        UiFixtures.project(sqlite, 1000, sqliteUrl);
        runCli(List.of("migrate", "run", "-D", sqliteUrl, "--source", sqlite.resolve("migrations").toString()),
                work.resolve("logs/setup-idle-sqlite.log"));
        measureIdle("SQLite", sqlite, seconds, null);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE idle_bench");
            }
            String pgUrl = "postgres://postgres:postgres@localhost:" + postgres.getPort() + "/idle_bench";
            Path pg = work.resolve("project-idle-postgres");
            UiFixtures.deleteTree(pg);
            UiFixtures.project(pg, 1000, pgUrl);
            runCli(List.of("migrate", "run", "-D", pgUrl, "--source", pg.resolve("migrations").toString()),
                    work.resolve("logs/setup-idle-postgres.log"));
            long postmaster;
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement();
                 ResultSet result = statement.executeQuery("SHOW data_directory")) {
                result.next();
                postmaster = Long.parseLong(Files.readAllLines(Path.of(result.getString(1), "postmaster.pid")).get(0).trim());
            }
            measureIdle("PostgreSQL", pg, seconds, ProcessHandle.of(postmaster).orElseThrow());
        }
    }

    private void measureIdle(String label, Path project, int seconds, ProcessHandle server) throws Exception {
        Path home = work.resolve("home");
        UiFixtures.deleteTree(home);
        List<String> command = new ArrayList<>(WINDOW_FLAGS);
        command.addAll(project == null
                ? List.of("-Dbench.floorCaret=" + !label.contains("no caret"), "-cp", classPath(), FloorLauncher.class.getName())
                : List.of("-Ddriftless.home=" + home, "-jar", jar(), "gui", project.toString()));
        Launched launched = project == null
                ? launchUntil(javaCommand(command), Set.of(SHOWN), work.resolve("logs/idle-floor.log"))
                : launchUntil(javaCommand(command), Set.of(SHOWN, ROWS), work.resolve("logs/idle-" + label + ".log"));
        try {
            Thread.sleep(5_000); // settle: JIT, the poller's first queries, the first refresh
            ProcessHandle window = launched.process.toHandle();
            long windowBefore = cpuNanos(window);
            long serverBefore = server == null ? 0 : cpuNanos(server);
            Map<String, Long> threadsBefore = ThreadCpu.ticksByKind(window.pid());
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long wall = System.nanoTime() - started;
            long windowCpu = cpuNanos(window) - windowBefore;
            long serverCpu = server == null ? 0 : cpuNanos(server) - serverBefore;
            Map<String, Long> threadsAfter = ThreadCpu.ticksByKind(window.pid());
            System.out.printf(Locale.ROOT, "  %-15s window process: %6.0f ms CPU = %.2f %% of one core (target < 1 %%: %s)%n",
                    label, windowCpu / 1e6, 100.0 * windowCpu / wall, 100.0 * windowCpu / wall < 1 ? "met" : "MISSED");
            if (!threadsAfter.isEmpty()) {
                System.out.printf(Locale.ROOT, "  %-15s   by thread: %s%n", "",
                        ThreadCpu.describe(threadsBefore, threadsAfter, windowCpu, wall));
            }
            if (server != null) {
                System.out.printf(Locale.ROOT, "  %-15s PostgreSQL server (all its processes): %.0f ms CPU = %.2f %%%n",
                        "", serverCpu / 1e6, 100.0 * serverCpu / wall);
            }
        } finally {
            launched.process.destroy();
            launched.process.waitFor();
        }
    }

    /** User + system CPU of a process and its descendants (read by the JDK from /proc on Linux). */
    private static long cpuNanos(ProcessHandle process) {
        long total = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        for (ProcessHandle child : process.descendants().toList()) {
            total += child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
        return total;
    }

    // ---- 4. scrolling --------------------------------------------------------------------------

    private void scroll() throws Exception {
        Path tenK = tenThousandMigrations();
        int steps = 200;
        List<List<ScrollHarness.View>> pairs = List.of(List.of(ScrollHarness.View.TREE, ScrollHarness.View.BARE_TREE),
                List.of(ScrollHarness.View.LEDGER, ScrollHarness.View.BARE_TABLE));
        Map<ScrollHarness.View, Map<String, List<Long>>> samples = new LinkedHashMap<>();
        for (int repetition = -1; repetition < repetitions; repetition++) { // -1: untimed warm-up
            for (List<ScrollHarness.View> pair : pairs) {
                for (ScrollHarness.View view : pair) {
                    List<String> lines = runHarness(ScrollHarness.class, "scroll", target,
                            List.of(view.argument(), tenK.toString(), "" + steps));
                    if (repetition >= 0) {
                        collectSteps(lines, samples.computeIfAbsent(view, v -> new LinkedHashMap<>()));
                    }
                }
            }
        }
        System.out.println();
        System.out.println("Scrolling 10,000 migrations (the tree) and 9,990 ledger rows: each step to the end of the"
                + " next layout pass (a pulse comes every 16.7 ms)");
        for (List<ScrollHarness.View> pair : pairs) {
            String what = pair.get(0) == ScrollHarness.View.TREE ? "tree" : "ledger";
            String peer = pair.get(0) == ScrollHarness.View.TREE ? "a bare TreeView of as many strings"
                    : "a bare TableView of as many rows of seven strings";
            for (String kind : List.of("wheel", "jump")) {
                long[] a = samples.get(pair.get(0)).get(kind).stream().mapToLong(Long::longValue).toArray();
                long[] b = samples.get(pair.get(1)).get(kind).stream().mapToLong(Long::longValue).toArray();
                System.out.printf(Locale.ROOT, "  %-6s %-5s Driftless median %.1f ms, p95 %.1f ms; peer, %s: median"
                                + " %.1f ms, p95 %.1f ms; ratio median %.2f, p95 %.2f%n", what, kind,
                        median(a) / 1000, percentile(a, 95) / 1000, peer, median(b) / 1000, percentile(b, 95) / 1000,
                        median(a) / median(b), percentile(a, 95) / percentile(b, 95));
            }
        }
        System.out.printf(Locale.ROOT, "  (%d runs in fresh JVMs, %d wheel notches of three lines and %d jumps to random"
                + " rows each; the window's JVM flags)%n", repetitions, steps, steps);
    }

    /** Adds the harness's "wheel-us N" and "jump-us N" lines to the samples by kind. */
    private static void collectSteps(List<String> lines, Map<String, List<Long>> samples) {
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[0].endsWith("-us")) {
                samples.computeIfAbsent(parts[0].substring(0, parts[0].length() - 3), kind -> new ArrayList<>())
                        .add(Long.parseLong(parts[1]));
            }
        }
    }

    // ---- processes -----------------------------------------------------------------------------

    /** A started program and its milestones: as reported (see {@link #launchUntil}) and in ms since its start. */
    private record Launched(Process process, Map<String, Long> reported, Map<String, Long> wall) {
    }

    /**
     * Starts a window program and waits until it has reported every milestone in {@code needed} on stderr
     * ({@code name N} lines: the uptime for start-up milestones, a duration for the others).
     */
    private Launched launchUntil(List<String> command, Set<String> needed, Path log) throws Exception {
        return launchUntil(command, Map.of(), needed, log);
    }

    private Launched launchUntil(List<String> command, Map<String, String> environment, Set<String> needed, Path log)
            throws Exception {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("DISPLAY", display);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        Map<String, Long> reported = new ConcurrentHashMap<>();
        Map<String, Long> wall = new ConcurrentHashMap<>();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    long now = System.nanoTime();
                    synchronized (lines) {
                        lines.add(line);
                    }
                    String[] parts = line.split(" ");
                    if (parts.length == 2 && parts[1].matches("\\d+")) {
                        wall.putIfAbsent(parts[0], (now - start) / 1_000_000);
                        reported.putIfAbsent(parts[0], Long.parseLong(parts[1]));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!reported.keySet().containsAll(needed)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                synchronized (lines) {
                    Files.write(log, lines);
                }
                throw new IllegalStateException(String.join(" ", command) + " did not report " + needed + "; see " + log);
            }
            Thread.sleep(5);
        }
        synchronized (lines) {
            Files.write(log, lines);
        }
        return new Launched(process, reported, wall);
    }

    private Process startXvfb() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            int number = 60 + ThreadLocalRandom.current().nextInt(30);
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            display = ":" + number;
            Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
            Thread.sleep(1000);
            if (xvfb.isAlive()) {
                return xvfb;
            }
        }
        throw new IllegalStateException("could not start Xvfb (apt-get install xvfb)");
    }

    private void runCli(List<String> arguments, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        List<String> command = javaCommand(List.of("-jar", jar()));
        List<String> all = new ArrayList<>(command);
        all.addAll(arguments);
        Process process = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", all) + " failed; see " + log);
        }
    }

    private List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dprism.order=sw");
        command.add("-Ddriftless.bench.reportShown=true");
        command.addAll(arguments);
        return command;
    }

    private String jar() {
        return jar(target);
    }

    private static String jar(Path build) {
        return build.resolve("driftless.jar").toString();
    }

    private String classPath() {
        return classPath(target);
    }

    private static String classPath(Path build) {
        return jar(build) + java.io.File.pathSeparator + build.resolve("test-classes");
    }

    /** This build, then the one named by {@code -Dbench.baseline=DIR} (its driftless.jar and test-classes), if any. */
    private List<Path> builds() {
        String baseline = System.getProperty("bench.baseline", "");
        return baseline.isEmpty() ? List.of(target) : List.of(target, Path.of(baseline).toAbsolutePath());
    }

    // ---- statistics ----------------------------------------------------------------------------

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
