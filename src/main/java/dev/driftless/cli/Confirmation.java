package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;

import java.io.IOException;

/**
 * A question asked before a change, and the answer that allows it: y (or yes), or, before a
 * ledger edit on a database that is not on this machine, the database's name typed out, so that
 * a habitual "y" cannot repair production by mistake. {@code -y}/{@code --yes} skips the question
 * entirely, for scripts.
 *
 * @param expected the exact answer required, or null for y/yes
 */
record Confirmation(String question, String expected) {

    static Confirmation yesNo(String question) {
        return new Confirmation(question, null);
    }

    /** Before editing the ledger of this database. */
    static Confirmation beforeEditing(DatabaseUrl url) {
        if (url.isLocal()) {
            return yesNo("Apply this change? (y/N) ");
        }
        return new Confirmation(url.masked() + " is not on this machine. To apply this change, type the database name ("
                + url.databaseName() + "): ", url.databaseName());
    }

    boolean accepts(String answer) {
        if (answer == null) {
            return false;
        }
        String given = answer.strip();
        return expected == null ? given.equalsIgnoreCase("y") || given.equalsIgnoreCase("yes") : given.equals(expected);
    }

    /** Asks on the error stream (the output stays clean for results) and reads one line of input. */
    boolean ask(CliContext context) throws CliFailure {
        context.err().print(question);
        context.err().flush();
        try {
            return accepts(context.in().readLine());
        } catch (IOException e) {
            throw new CliFailure("cannot read the answer: " + e.getMessage());
        }
    }
}
