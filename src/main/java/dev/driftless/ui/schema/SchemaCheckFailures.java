package dev.driftless.ui.schema;

import dev.driftless.core.schema.replay.ReplayFailedException;
import dev.driftless.core.schema.replay.ShadowUnavailableException;
import dev.driftless.db.PasswordMasking;
import dev.driftless.ui.workspace.WorkspaceViewModel;

/** A schema check's failure in words for the Schema tab, with what to do about it; never a stack trace. */
final class SchemaCheckFailures {
    static final String CANCELLED = "Cancelled; the shadow database was dropped.";

    private SchemaCheckFailures() {
    }

    /** The failure's message (password masked) and the window's hint. */
    static String describe(Throwable failure, WorkspaceViewModel workspace) {
        if (failure instanceof InterruptedException) {
            return CANCELLED;
        }
        if (failure instanceof ShadowUnavailableException unavailable) {
            return message(failure, workspace) + ". " + switch (unavailable.reason()) {
                case CREATE_DATABASE_REFUSED -> "Grant the role CREATEDB (ALTER ROLE ... CREATEDB), or give a "
                        + "shadow database for Driftless to empty and use instead (every object in it is dropped).";
                case SHADOW_IS_THE_DATABASE -> "The shadow database must be one made for this: everything in it "
                        + "is dropped.";
                case NOT_EMPTIED -> "Give a shadow database of its own, owned by the role that connects.";
            };
        }
        if (failure instanceof ReplayFailedException) {
            return message(failure, workspace)
                    + ". The shadow starts empty but for the database's extensions: a migration that relies on "
                    + "something made by hand cannot be replayed.";
        }
        return message(failure, workspace);
    }

    /** The workspace's wording without the exception's class name; the shadow URL's password masked too. */
    private static String message(Throwable failure, WorkspaceViewModel workspace) {
        return PasswordMasking.maskUrlsIn(workspace.describe(failure)
                .replaceFirst("^" + failure.getClass().getSimpleName() + ": ", ""));
    }
}
