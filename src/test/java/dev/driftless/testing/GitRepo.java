package dev.driftless.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real git repository in a test folder, committing everything under it as one fixed author. */
public final class GitRepo implements AutoCloseable {
    public static final PersonIdent AUTHOR = new PersonIdent("Ada Lovelace", "ada@example.org",
            Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final Git git;

    private GitRepo(Git git) {
        this.git = git;
    }

    public static GitRepo init(Path folder) throws GitAPIException {
        return new GitRepo(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
    }

    /** Stages every change (additions, edits, deletions) under {@code pattern} and commits it. */
    public RevCommit commitAll(String pattern, String message) throws GitAPIException {
        git.add().addFilepattern(pattern).call();
        git.add().addFilepattern(pattern).setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
