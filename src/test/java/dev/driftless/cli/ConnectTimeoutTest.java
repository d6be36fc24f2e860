package dev.driftless.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --connect-timeout against servers on the loopback that accept a connection and never answer, or
 * refuse it: the command gives up at the limit, naming the database (password masked), the limit
 * and the flag. The only timing checked is a generous upper bound.
 */
class ConnectTimeoutTest {
    /** Far above the 1 s limit, far below pgjdbc's own waits without one (a login never times out). */
    private static final Duration GENEROUS = Duration.ofSeconds(15);

    @TempDir
    Path project;

    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void serverThatNeverAnswersIsGivenUpOnAtTheLimit() throws IOException {
        int port = silentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        String url = "postgres://app:s3cret@127.0.0.1:" + port + "/shop";

        long start = System.nanoTime();
        CliRun info = CliRun.in(project, "migrate", "info", "-D", url, "--connect-timeout", "1", "--no-dotenv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(info.exitCode()).isOne();
        assertThat(info.err()).startsWith("error: could not connect to postgres://app:****@127.0.0.1:" + port
                        + "/shop within 1 s (--connect-timeout): ")
                .contains("hint: is the server up and reachable? --connect-timeout SECONDS waits longer (default 10)")
                .doesNotContain("s3cret");
        assertThat(took).isLessThan(GENEROUS);
    }

    @Test
    void databaseCreateNamesTheMaintenanceDatabaseItCouldNotReach() throws IOException {
        int port = silentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));

        CliRun create = CliRun.in(project, "database", "create", "-D",
                "postgres://app:s3cret@127.0.0.1:" + port + "/shop", "--connect-timeout", "1", "--no-dotenv");

        assertThat(create.exitCode()).isOne();
        assertThat(create.err()).startsWith("error: cannot create postgres://app:****@127.0.0.1:" + port
                + "/shop: could not connect to postgres://app:****@127.0.0.1:" + port
                + "/postgres within 1 s (--connect-timeout)").doesNotContain("s3cret");
    }

    @Test
    void refusedConnectionsAreTriedAgainUntilTheLimit() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        // Nothing listens at first (refused); a silent server comes up while the command keeps trying.
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(500);
                silentServer(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        later.start();

        CliRun info = CliRun.in(project, "migrate", "info", "-D", "postgres://app@127.0.0.1:" + port + "/shop",
                "--connect-timeout", "3", "--no-dotenv");
        later.join();

        assertThat(info.exitCode()).isOne();
        // Refused at first; had it not tried again, the message would say so.
        assertThat(info.err()).contains("within 3 s (--connect-timeout)").doesNotContainIgnoringCase("refused");
    }

    @Test
    void sqliteHasNoServerToWaitForAndIgnoresIt() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/1_first.sql"), "CREATE TABLE t (id INTEGER);");

        CliRun run = CliRun.in(project, "migrate", "run", "-D", "sqlite://app.db?mode=rwc", "--connect-timeout", "1",
                "--no-dotenv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Applied 1/migrate first (");
    }

    @Test
    void negativeTimeoutIsAUsageError() {
        CliRun info = CliRun.in(project, "migrate", "info", "--connect-timeout", "-1");

        assertThat(info.exitCode()).isEqualTo(2);
        assertThat(info.err()).contains("'-1' is not a whole number of seconds (0 or more)");
    }

    /** Accepts every connection and never sends a byte, as a hung server or a black-holing proxy. */
    private int silentServer(ServerSocket server) {
        servers.add(server);
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket held = server.accept();
                    servers.add(held);
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return server.getLocalPort();
    }
}
