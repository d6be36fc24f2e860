package dev.driftless.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * sqlx-cli's test assets (src/test/resources/sqlx-cli, see its README.md), copied into a folder
 * that then plays sqlx-cli's crate root: the Rust tests run there and name the assets as
 * {@code tests/...}.
 */
final class SqlxCliAssets {
    private SqlxCliAssets() {
    }

    /** Copies the {@code tests} folder into {@code crateRoot}, byte for byte. */
    static void copyTo(Path crateRoot) {
        Path tests = resourceFolder().resolve("tests");
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path from : walk.toList()) {
                Path to = crateRoot.resolve("tests").resolve(tests.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder}, sorted by path, as sqlx-cli's add.rs lists them. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path resourceFolder() {
        URL readme = SqlxCliAssets.class.getResource("/sqlx-cli/README.md");
        if (readme == null) {
            throw new IllegalStateException("sqlx-cli test assets are not on the test class path");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
