package dev.driftless.core.drift;

import java.time.Instant;

/**
 * A commit of the project's history, as far as a diagnosis needs it.
 *
 * @param id     the full commit id (40 hex digits for git)
 * @param author the author's name and e-mail, {@code Name <mail>}
 * @param date   when the author made it
 */
public record CommitInfo(String id, String author, Instant date) {

    /** {@code <id> by <author> on <date>}, for explanations. */
    public String describe() {
        return id + " by " + author + " on " + date;
    }
}
