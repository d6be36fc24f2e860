package dev.driftless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds dbmate in {@code target/bench-tools}, installing it from the npm registry on first use.
 * The npm package ships the native binary in a per-platform package; that binary is run directly
 * so the comparison does not include Node.js start-up.
 */
final class DbmateInstaller {
    private DbmateInstaller() {
    }

    /** A dbmate binary and its version. */
    record Dbmate(Path executable, String version) {
    }

    static Optional<Dbmate> dbmate(Path toolsDir, Path logs) throws IOException, InterruptedException {
        Optional<Path> binary = findBinary(toolsDir);
        if (binary.isEmpty() && Subprocess.onPath("npm")) {
            try {
                Subprocess.run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", toolsDir.toString(),
                        "dbmate@2"), logs.resolve("npm-install-dbmate.log"));
            } catch (IllegalStateException e) {
                System.out.println("note: " + e.getMessage());
            }
            binary = findBinary(toolsDir);
        }
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Path versionLog = logs.resolve("dbmate-version.log");
        Subprocess.run(List.of(binary.get().toString(), "--version"), versionLog);
        return Optional.of(new Dbmate(binary.get(), Files.readString(versionLog).trim().replaceFirst("^dbmate version ", "")));
    }

    private static Optional<Path> findBinary(Path toolsDir) throws IOException {
        Path platforms = toolsDir.resolve("node_modules/@dbmate");
        if (!Files.isDirectory(platforms)) {
            return Optional.empty();
        }
        try (Stream<Path> packages = Files.list(platforms)) {
            return packages.map(platform -> platform.resolve("bin/dbmate")).filter(Files::isExecutable).findFirst();
        }
    }
}
