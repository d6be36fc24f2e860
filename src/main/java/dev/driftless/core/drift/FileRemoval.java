package dev.driftless.core.drift;

/**
 * The commit that took a migration's file out of the migrations folder.
 *
 * @param path the file's path in the repository just before that commit
 */
public record FileRemoval(CommitInfo commit, String path) {
}
