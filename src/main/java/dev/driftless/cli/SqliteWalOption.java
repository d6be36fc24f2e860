package dev.driftless.cli;

import picocli.CommandLine.Option;

/** sqlx-cli's --sqlite-create-db-wal, for the verbs that may create a SQLite file. */
final class SqliteWalOption {
    @Option(names = "--sqlite-create-db-wal", paramLabel = "BOOL", arity = "1", defaultValue = "true",
            description = "Create a new SQLite database in write-ahead-log (WAL) mode (true, the default), "
                    + "or keep SQLite's rollback journal (false). An application that sets another journal mode "
                    + "must take the file out of WAL mode, which needs an exclusive lock.")
    boolean wal;
}
