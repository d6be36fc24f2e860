package dev.driftless.ui.workspace;

/**
 * Why the ledger could not be read, so the window can say what to do: set a database, create it, or look at
 * the URL and the server. While there is one, no migration is known to be applied or pending.
 *
 * @param message what went wrong, with the database's own words and the password masked
 */
public record LedgerProblem(Kind kind, String message) {

    /** What kind of trouble it is, for the advice and the button that go with it. */
    public enum Kind {
        /** No database URL is set for the project. */
        NO_DATABASE,
        /** The server answered, but the database (or the SQLite file) does not exist. */
        MISSING_DATABASE,
        /** No connection: the server is down or unreachable, the credentials are wrong... */
        UNREACHABLE,
        /** Connected, but the ledger table could not be read (permissions, a broken table). */
        UNREADABLE
    }

    /** What the problem is, in a few words without the database's own: "The database does not exist." */
    public String headline() {
        return switch (kind) {
            case NO_DATABASE -> "No database is set.";
            case MISSING_DATABASE -> "The database does not exist.";
            case UNREACHABLE -> "The database cannot be reached.";
            case UNREADABLE -> "The ledger cannot be read.";
        };
    }

    /** Why an action on the database cannot run now, for its button: the headline, then the advice. */
    public String reason() {
        return headline() + " " + advice();
    }

    /** What a person can do about it, in the window's words. */
    public String advice() {
        return switch (kind) {
            case NO_DATABASE -> "Set DATABASE_URL in the project's .env, or type a URL in the connection bar.";
            case MISSING_DATABASE -> "Create the database, or check the name in the URL.";
            case UNREACHABLE -> "Check that the server is running and the URL (host, port, user, password) is right.";
            case UNREADABLE -> "Check the ledger table and the user's permissions on it.";
        };
    }
}
