package dev.driftless.cli;

import picocli.CommandLine.Option;

/** Confirmation and force flags of the verbs that drop a database. */
final class DropFlags {
    @Option(names = "-y", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = {"-f", "--force"}, description = "PostgreSQL: end other sessions on the database first.")
    boolean force;
}
