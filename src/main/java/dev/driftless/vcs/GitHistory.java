package dev.driftless.vcs;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.AppliedTextSource;
import dev.driftless.core.drift.CommitInfo;
import dev.driftless.core.drift.FileRemoval;
import dev.driftless.core.drift.MigrationHistory;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.MigrationFileName;
import dev.driftless.core.source.MigrationSourceReader;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The project's git history as a source of applied texts: the newest commit of a file's history
 * (renames followed) whose content has the ledger's checksum, and the commit that removed a
 * missing migration's file. Read-only; lookups that fail on a damaged repository find nothing.
 */
public final class GitHistory implements AppliedTextSource, MigrationHistory, AutoCloseable {
    private final Repository repository;
    private final Path workTree;
    private final String migrationsPath;
    private final MigrationSourceReader reader;
    /** Answers found by {@link #prefetch}, by version; a version absent here is searched on its own. */
    private final Map<Long, Optional<AppliedText>> prefetched = new HashMap<>();

    private GitHistory(Repository repository, Path workTree, String migrationsPath, MigrationSourceReader reader) {
        this.repository = repository;
        this.workTree = workTree;
        this.migrationsPath = migrationsPath;
        this.reader = reader;
    }

    /**
     * The history of the repository holding {@code migrationsDirectory}; empty when it is in none,
     * or the repository has no commit yet.
     *
     * @param reader hashes as the project does (its ignored-chars)
     */
    public static Optional<GitHistory> open(Path migrationsDirectory, MigrationSourceReader reader) throws IOException {
        Path migrations = realPath(migrationsDirectory);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(migrations.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.build();
        if (repository.isBare() || repository.resolve("HEAD") == null) {
            repository.close();
            return Optional.empty();
        }
        Path workTree = realPath(repository.getWorkTree().toPath());
        String relative = workTree.relativize(migrations).toString().replace('\\', '/');
        return Optional.of(new GitHistory(repository, workTree, relative, reader));
    }

    @Override
    public Optional<AppliedText> find(StatusRow row) {
        if (row.ledgerRow().isEmpty()) {
            return Optional.empty();
        }
        Optional<AppliedText> known = prefetched.get(row.version());
        if (known != null) {
            return known;
        }
        AppliedMigration applied = row.applied();
        try {
            if (row.file().isPresent()) {
                return search(repository.resolve("HEAD"), repositoryPath(row.migration().upFile()), applied.checksum());
            }
            // A missing file's history ends at its removal; search from just before it.
            Optional<FileRemoval> removal = removalOf(row.version());
            if (removal.isEmpty()) {
                return Optional.empty();
            }
            return search(repository.resolve(removal.get().commit().id() + "^"), removal.get().path(),
                    applied.checksum());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Looks up the applied texts of many rows whose files are present in one walk of the history, instead of
     * one walk per file: each commit that touched one of the files is read once, and a file's content is hashed
     * only when it changed. What it finds {@link #find} then answers at once; a file whose applied text is older
     * than its last rename is still searched on its own, renames followed.
     */
    public void prefetch(Collection<StatusRow> rows) {
        Map<String, StatusRow> byPath = new HashMap<>();
        try {
            for (StatusRow row : rows) {
                if (row.ledgerRow().isPresent() && row.file().isPresent() && !prefetched.containsKey(row.version())) {
                    byPath.put(repositoryPath(row.migration().upFile()), row);
                }
            }
            if (!byPath.isEmpty()) {
                new BatchSearch(byPath).walk(repository.resolve("HEAD"));
            }
        } catch (IOException e) {
            // a damaged repository: each row is searched on its own, which finds nothing either
        }
    }

    /** One walk for many files: the newest commit of each whose content has its row's checksum. */
    private final class BatchSearch {
        private final Map<String, StatusRow> unresolved;
        private final Map<String, ObjectId> lastBlob = new HashMap<>();
        /** The oldest commit seen with each file, until it is found: where it was added (or renamed to). */
        private final Map<String, RevCommit> oldestWith = new HashMap<>();

        BatchSearch(Map<String, StatusRow> byPath) {
            this.unresolved = new HashMap<>(byPath);
        }

        void walk(ObjectId start) throws IOException {
            if (start == null) {
                return;
            }
            try (RevWalk walk = new RevWalk(repository)) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(unresolved.keySet()),
                        TreeFilter.ANY_DIFF));
                walk.markStart(walk.parseCommit(start));
                for (RevCommit commit : walk) {
                    if (unresolved.isEmpty()) {
                        break;
                    }
                    visit(commit);
                }
            }
            // What was not found in a file's history under its present name: renamed files are searched one by
            // one (renames followed); the others were never committed with the applied text.
            for (Map.Entry<String, StatusRow> left : unresolved.entrySet()) {
                RevCommit added = oldestWith.get(left.getKey());
                if (added == null || added.getParentCount() == 0 || !renamedAt(added, left.getKey())) {
                    prefetched.put(left.getValue().version(), Optional.empty());
                }
            }
        }

        private void visit(RevCommit commit) throws IOException {
            for (Iterator<Map.Entry<String, StatusRow>> it = unresolved.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, StatusRow> wanted = it.next();
                String path = wanted.getKey();
                try (TreeWalk entry = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (entry == null) {
                        continue;
                    }
                    oldestWith.put(path, commit);
                    ObjectId blob = entry.getObjectId(0);
                    if (blob.equals(lastBlob.put(path, blob))) {
                        continue; // the same content as in the newer commit: already hashed
                    }
                    String text = new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8);
                    if (reader.checksumOf(text).equals(wanted.getValue().applied().checksum())) {
                        prefetched.put(wanted.getValue().version(), Optional.of(AppliedText.git(text, info(commit), path)));
                        it.remove();
                    }
                }
            }
        }

        /** Whether {@code path} came into the history by a rename at {@code commit}. */
        private boolean renamedAt(RevCommit commit, String path) throws IOException {
            try (RevWalk walk = new RevWalk(repository); TreeWalk changes = new TreeWalk(repository)) {
                RevCommit parent = walk.parseCommit(commit.getParent(0));
                changes.setRecursive(true);
                changes.addTree(parent.getTree());
                changes.addTree(commit.getTree());
                RenameDetector renames = new RenameDetector(repository);
                renames.addAll(DiffEntry.scan(changes));
                return renames.compute().stream().anyMatch(change -> change.getNewPath().equals(path)
                        && change.getChangeType() == DiffEntry.ChangeType.RENAME);
            }
        }
    }

    @Override
    public Optional<FileRemoval> removalOf(long version) {
        TreeFilter inMigrations = migrationsPath.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(migrationsPath), TreeFilter.ANY_DIFF);
        try (RevWalk walk = new RevWalk(repository)) {
            // Real parents, not the ones history simplification would put in their place.
            walk.setRewriteParents(false);
            walk.setTreeFilter(inMigrations);
            walk.markStart(walk.parseCommit(repository.resolve("HEAD")));
            for (RevCommit commit : walk) {
                if (commit.getParentCount() == 0) {
                    continue;
                }
                Optional<String> removed = removedPath(walk.parseCommit(commit.getParent(0)), commit, inMigrations,
                        version);
                if (removed.isPresent()) {
                    return Optional.of(new FileRemoval(info(commit), removed.get()));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        repository.close();
    }

    private Optional<AppliedText> search(ObjectId start, String path, Checksum wanted) throws IOException {
        if (start == null) {
            return Optional.empty();
        }
        // Every name the file had, newest first; a rename appends the older one.
        List<String> names = new ArrayList<>(List.of(path));
        FollowFilter follow = FollowFilter.create(path, repository.getConfig().get(DiffConfig.KEY));
        follow.setRenameCallback(new RenameCallback() {
            @Override
            public void renamed(DiffEntry entry) {
                names.add(entry.getOldPath());
            }
        });
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setTreeFilter(follow);
            walk.markStart(walk.parseCommit(start));
            for (RevCommit commit : walk) {
                Optional<AppliedText> found = matchAt(commit, names, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The file's content at {@code commit}, when it hashes to {@code wanted}. The oldest name is
     * tried first: the rename callback fires while the renaming commit is filtered, before the
     * walk returns it, and that commit still holds the newer name.
     */
    private Optional<AppliedText> matchAt(RevCommit commit, List<String> names, Checksum wanted) throws IOException {
        for (int i = names.size() - 1; i >= 0; i--) {
            try (TreeWalk entry = TreeWalk.forPath(repository, names.get(i), commit.getTree())) {
                if (entry != null) {
                    String text = new String(repository.open(entry.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    return reader.checksumOf(text).equals(wanted)
                            ? Optional.of(AppliedText.git(text, info(commit), names.get(i)))
                            : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> removedPath(RevCommit parent, RevCommit commit, TreeFilter filter, long version)
            throws IOException {
        try (TreeWalk changes = new TreeWalk(repository)) {
            changes.setRecursive(true);
            changes.addTree(parent.getTree());
            changes.addTree(commit.getTree());
            changes.setFilter(filter);
            // Without rename detection a move out of the folder (or to another version) is a delete here.
            for (DiffEntry entry : DiffEntry.scan(changes)) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE
                        && versionOf(entry.getOldPath()).equals(OptionalLong.of(version))) {
                    return Optional.of(entry.getOldPath());
                }
            }
        }
        return Optional.empty();
    }

    /** The version of an applied (not down) migration file at this repository path, flat or directory layout. */
    private OptionalLong versionOf(String path) {
        String inFolder = migrationsPath.isEmpty() ? path : path.substring(migrationsPath.length() + 1);
        String[] parts = inFolder.split("/");
        if (parts.length == 1 && MigrationFileName.looksLikeMigration(parts[0])) {
            return MigrationFileName.parse(parts[0])
                    .filter(name -> name.kind() != MigrationFileName.Kind.DOWN)
                    .map(name -> OptionalLong.of(name.version()))
                    .orElse(OptionalLong.empty());
        }
        if (parts.length == 2 && parts[1].equals("up.sql") && parts[0].contains("_")) {
            return MigrationFileName.parseVersion(parts[0].substring(0, parts[0].indexOf('_')))
                    .map(OptionalLong::of)
                    .orElse(OptionalLong.empty());
        }
        return OptionalLong.empty();
    }

    private String repositoryPath(Path file) throws IOException {
        return workTree.relativize(realPath(file)).toString().replace('\\', '/');
    }

    private static CommitInfo info(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new CommitInfo(commit.getName(), author.getName() + " <" + author.getEmailAddress() + ">",
                author.getWhenAsInstant());
    }

    /** Symbolic links resolved (a temp folder often is one), so paths relativize against the work tree. */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !existing.toFile().exists()) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
