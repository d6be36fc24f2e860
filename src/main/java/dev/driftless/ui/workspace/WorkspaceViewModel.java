package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.MigrationFailedException;
import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.SourceProblem;
import dev.driftless.core.sql.SqlPosition;
import dev.driftless.db.DatabaseAdmin;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.userdata.DataFolder;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The open project as every pane sees it: its merged status rows, its problems, the database,
 * the shared selection, and the actions (refresh, add, run, revert). All JDBC and disk work goes
 * through the {@link BackgroundExecutor}; one action runs at a time.
 */
public final class WorkspaceViewModel {
    /** Why an action cannot start while another runs ({@link #busyProperty()}): one at a time. */
    public static final String BUSY_REASON = "Wait: another action is running";
    private final BackgroundExecutor executor;
    private final LogViewModel log;
    private final Clock clock;
    private final Path journalRoot;

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<DatabaseUrl> database = new SimpleObjectProperty<>();
    private final ObservableList<StatusRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SourceProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<SourceNote> notes = FXCollections.observableArrayList();
    // Views listen to these read-only wrappers; they must live as long as the view model (they forward weakly).
    private final ObservableList<StatusRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<SourceProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<SourceNote> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ObjectProperty<MigrationSource> source = new SimpleObjectProperty<>();
    private final StringProperty ledgerError = new SimpleStringProperty();
    private final ObjectProperty<LedgerProblem> ledgerProblem = new SimpleObjectProperty<>();
    private final ObservableMap<Long, RunFailure> runFailures = FXCollections.observableHashMap();
    /** One wrapper, held: an unmodifiable wrapper listens to its map weakly, so one per call could be collected. */
    private final ObservableMap<Long, RunFailure> readOnlyRunFailures = FXCollections.unmodifiableObservableMap(runFailures);
    private final ObjectProperty<Instant> lastRefreshed = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Long> selectedVersion = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> lastFailure = new SimpleObjectProperty<>();
    /** A refresh is reading in the background; FX thread only. */
    private boolean refreshing;
    /** {@link #refresh()} was asked for while one was reading: what it reads may already be stale. */
    private boolean refreshAgain;

    /** @param journalRoot where the text of every migration the window applies is kept (DataFolder#journal) */
    public WorkspaceViewModel(BackgroundExecutor executor, LogViewModel log, Clock clock, Path journalRoot) {
        this.journalRoot = journalRoot;
        this.executor = executor;
        this.log = log;
        this.clock = clock;
    }

    /** Opens a project folder with an already resolved database (or none), then reads it. */
    public void open(Project opened, DatabaseUrl url) {
        open(opened, url, null);
    }

    /**
     * Opens a project folder with an already resolved database (or none) and shows {@code firstSnapshot}, read
     * from them in the background by the caller (saving a trip through the FX thread on start-up); null reads it now.
     */
    public void open(Project opened, DatabaseUrl url, WorkspaceSnapshot firstSnapshot) {
        project.set(opened);
        database.set(url);
        selectedVersion.set(null);
        log.info("opened " + opened.directory() + (url == null ? " (no database)" : " on " + url.masked()));
        if (firstSnapshot == null) {
            refresh();
        } else {
            apply(firstSnapshot);
        }
    }

    /** Switches the database (the connection bar), keeping the project. */
    public void useDatabase(DatabaseUrl url) {
        database.set(url);
        log.info(url == null ? "disconnected" : "using " + url.masked());
        refresh();
    }

    /**
     * Takes the same project with its sqlx.toml read again (a repair changed it), keeping the
     * database and the selection; the next {@link #refresh()} reads the folder with it.
     */
    public void reloaded(Project reread) {
        project.set(reread);
    }

    /**
     * Reads the folder and the ledger again in the background. One read at a time: asked again while one
     * runs (a burst of file events, the poller and an action at once), it reads once more when that one is
     * done, so that results never arrive out of order and a burst costs two reads, not one per event. A
     * result for a project or database that has since been replaced is dropped.
     */
    public void refresh() {
        Project current = project.get();
        if (current == null) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        refreshAgain = false;
        DatabaseUrl url = database.get();
        executor.submit(() -> WorkspaceLoader.load(current, url, executor.sideWork()),
                snapshot -> refreshed(current, url, () -> apply(snapshot)),
                failure -> refreshed(current, url, () -> showProblem(new LedgerProblem(LedgerProblem.Kind.UNREADABLE,
                        "Cannot read the project: " + failure.getMessage()))));
    }

    private void refreshed(Project readProject, DatabaseUrl readDatabase, Runnable show) {
        refreshing = false;
        boolean stillCurrent = readProject == project.get() && readDatabase == database.get();
        if (stillCurrent) {
            show.run();
        }
        // Whoever replaced the project or database asked for a read of it (or, opening, brought one along).
        if (refreshAgain) {
            refresh();
        }
    }

    /** Shows a snapshot; rows are replaced only when they changed, so views keep selection and scroll. */
    public void apply(WorkspaceSnapshot snapshot) {
        source.set(snapshot.source());
        if (!rows.equals(snapshot.rows())) {
            rows.setAll(snapshot.rows());
        }
        if (!problems.equals(snapshot.source().problems())) {
            problems.setAll(snapshot.source().problems());
        }
        if (!notes.equals(snapshot.source().notes())) {
            notes.setAll(snapshot.source().notes());
        }
        showProblem(snapshot.ledgerProblem());
        forgetSettledRunFailures();
        lastRefreshed.set(clock.instant());
        if (selectedVersion.get() == null) {
            // Point at trouble first: a drifted, missing or failed migration is what people open the window for.
            rows.stream().filter(row -> row.status().needsAttention()).findFirst()
                    .ifPresent(row -> selectedVersion.set(row.version()));
        }
    }

    /** A failed run's mark stays until the migration is no longer pending or its file changed. */
    private void forgetSettledRunFailures() {
        runFailures.values().removeIf(failure -> row(failure.version())
                .filter(row -> row.status() == MigrationStatus.PENDING && row.migration() != null
                        && row.migration().checksum().equals(failure.checksum()))
                .isEmpty());
    }

    /** Remembers where a run failed; the line is found in the background (reading the file). */
    private void rememberRunFailure(Throwable failure) {
        if (!(failure instanceof MigrationFailedException failed)) {
            return;
        }
        // A failed revert names the down file: that is no failed run.
        Optional<StatusRow> row = row(failed.version())
                .filter(found -> found.migration() != null && found.migration().upFile().equals(failed.file()));
        if (row.isEmpty()) {
            return;
        }
        Checksum checksum = row.get().migration().checksum();
        executor.submit(() -> lineOf(failed), line -> runFailures.put(failed.version(),
                new RunFailure(failed.version(), checksum, failed.databaseMessage(), line)), unreadable -> runFailures.put(
                failed.version(), new RunFailure(failed.version(), checksum, failed.databaseMessage(), OptionalInt.empty())));
    }

    private static OptionalInt lineOf(MigrationFailedException failed) throws IOException {
        if (failed.position().isEmpty()) {
            return OptionalInt.empty();
        }
        String sql = MigrationSourceReader.readSql(failed.file());
        return OptionalInt.of(SqlPosition.lineColumnOf(sql, failed.position().getAsInt()).line());
    }

    private void showProblem(LedgerProblem problem) {
        ledgerProblem.set(problem);
        ledgerError.set(problem == null ? null : problem.message());
    }

    /** Creates the project's database (it does not exist yet), then reads it. */
    public void createDatabase() {
        DatabaseUrl url = database.get();
        if (url == null) {
            return;
        }
        startAction("create database " + url.masked(), () -> {
            DatabaseAdmin.create(url);
            return null;
        }, created -> log.success("created database " + url.masked()));
    }

    /**
     * Creates a migration in the project's folder; the created files go to {@code created}.
     *
     * @param versionTime the time a timestamp version is taken from: the one the person saw previewed
     * @param previewed   the files the person saw previewed; if the folder changed meanwhile so that
     *                    other names would result, nothing is written and the failure says so
     */
    public void add(NewMigration request, Instant versionTime, List<Path> previewed, Consumer<List<Path>> created) {
        Project current = requireProject();
        startAction("add " + request.description(), () -> {
            MigrationSource source = current.readMigrations();
            MigrationCreator creator = new MigrationCreator(Clock.fixed(versionTime, ZoneOffset.UTC));
            List<Path> planned = creator.preview(source, request);
            if (!planned.equals(previewed)) {
                throw new MigrateException("the migrations folder changed meanwhile: it would now create "
                        + planned.stream().map(path -> path.getFileName().toString()).toList()
                        + "; nothing was written, check the names and create again");
            }
            return creator.create(source, request);
        }, paths -> {
            paths.forEach(path -> log.success("created " + path));
            created.accept(paths);
        });
    }

    /** Applies pending migrations (all, or up to a target), reporting each step. */
    public void run(RunOptions options, MigrationListener progress, Consumer<List<StepOutcome>> done) {
        migrate("run", options, progress, done, false);
    }

    /** Reverts the latest migration, or everything above a target. */
    public void revert(RunOptions options, MigrationListener progress, Consumer<List<StepOutcome>> done) {
        migrate("revert", options, progress, done, true);
    }

    private void migrate(String verb, RunOptions options, MigrationListener progress,
                         Consumer<List<StepOutcome>> done, boolean revert) {
        Project current = requireProject();
        DatabaseUrl url = database.get();
        if (url == null) {
            log.error(verb + ": no database is set");
            return;
        }
        MigrationListener onUi = new UiThreadListener(progress, executor);
        startAction(verb + " on " + url.masked(), () -> {
            try (Connection connection = url.connect()) {
                // Journalled, so a later drift of these files can still show what was applied.
                Migrator migrator = current.migrator(url, WorkspaceLoader.LOCK_TIMEOUT, journalRoot);
                MigrationSource migrations = current.readMigrations();
                return revert ? migrator.revert(connection, migrations, options, onUi)
                        : migrator.run(connection, migrations, options, onUi);
            }
        }, outcomes -> {
            outcomes.forEach(outcome -> log.success(outcome.result().word() + " " + outcome.step().migration().version()
                    + "/" + outcome.step().direction().label() + " " + outcome.step().migration().description()));
            if (outcomes.isEmpty()) {
                log.info(verb + ": nothing to do");
            }
            done.accept(outcomes);
        });
    }

    /**
     * Runs one action in the background unless another is running; refreshes afterwards either way.
     * Failures go to the log (password scrubbed) and {@link #lastFailureProperty()}.
     */
    public <T> void startAction(String description, Callable<T> work, Consumer<T> onSuccess) {
        if (busy.get()) {
            log.warning(description + ": another action is still running");
            return;
        }
        busy.set(true);
        log.info(description + " ...");
        executor.submit(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
            refresh();
        }, failure -> {
            busy.set(false);
            log.error(describe(failure));
            lastFailure.set(failure);
            rememberRunFailure(failure);
            refresh();
        });
    }

    /** A failure in one line for the log, password scrubbed, followed by the window's hint when it is a refusal. */
    public String describe(Throwable failure) {
        String message = failure instanceof MigrateException || failure instanceof IllegalArgumentException
                ? failure.getMessage() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        message += RefusalHints.of(failure).map(hint -> " " + hint).orElse("");
        DatabaseUrl url = database.get();
        return url == null ? message : url.scrub(message);
    }

    private Project requireProject() {
        Project current = project.get();
        if (current == null) {
            throw new IllegalStateException("no project is open");
        }
        return current;
    }

    public Optional<StatusRow> row(long version) {
        return rows.stream().filter(row -> row.version() == version).findFirst();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public ReadOnlyObjectProperty<DatabaseUrl> databaseProperty() {
        return database;
    }

    /** One merged row per migration, in version order: the only status any pane shows. */
    public ObservableList<StatusRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<SourceProblem> problems() {
        return readOnlyProblems;
    }

    /** What the folder holds that sqlx skips though it looks like a migration (`1_x.SQL`): said, never refused. */
    public ObservableList<SourceNote> notes() {
        return readOnlyNotes;
    }

    public ReadOnlyObjectProperty<MigrationSource> sourceProperty() {
        return source;
    }

    /** The migrations whose last run from the window failed, by version, until they run or their file changes. */
    public ObservableMap<Long, RunFailure> runFailures() {
        return readOnlyRunFailures;
    }

    /** Why the ledger could not be read, typed for the advice that goes with it; null when it was read. */
    public ReadOnlyObjectProperty<LedgerProblem> ledgerProblemProperty() {
        return ledgerProblem;
    }

    public ReadOnlyStringProperty ledgerErrorProperty() {
        return ledgerError;
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshedProperty() {
        return lastRefreshed;
    }

    /** True while an action (add, run, revert) runs; buttons disable on it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The failure of the last action, for dialogs that show the database's message. */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return lastFailure;
    }

    /** The version selected in the tree or the ledger; both follow it. Null when none. */
    public ObjectProperty<Long> selectedVersionProperty() {
        return selectedVersion;
    }

    public LogViewModel log() {
        return log;
    }
}
