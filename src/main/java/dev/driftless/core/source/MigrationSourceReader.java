package dev.driftless.core.source;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a migrations folder the way sqlx resolves it (flat layout), plus the one-folder-per-
 * migration layout. Files are read and hashed in parallel; every problem becomes a
 * {@link SourceProblem} instead of an exception.
 */
public final class MigrationSourceReader {
    static final String UP_FILE = "up.sql";
    static final String DOWN_FILE = "down.sql";
    private static final byte[] NO_TRANSACTION = "-- no-transaction".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final int VALIDATION_CHUNK_CHARS = 4096;
    /** Files up to this size (nearly all migrations) are read into a per-thread buffer; larger ones whole. */
    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[READ_BUFFER_BYTES]);
    private static final ThreadLocal<MessageDigest> SHA_384 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-384");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-384", e);
        }
    });

    private final IgnoredChars ignoredChars;

    public MigrationSourceReader(IgnoredChars ignoredChars) {
        this.ignoredChars = ignoredChars;
    }

    public MigrationSourceReader() {
        this(IgnoredChars.NONE);
    }

    /** Reads the folder; a folder that does not exist (or is a file) is one problem, not an exception. */
    public MigrationSource read(Path directory) {
        List<SourceProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new SourceProblem(directory, Files.exists(directory)
                    ? "this is a file, not a folder; the migrations folder must be a folder of .sql files"
                    : "migrations folder not found"));
            return new MigrationSource(directory, Layout.EMPTY, List.of(), problems);
        }
        // By name, each name computed once (a comparator would rebuild it n log n times); names in a folder are unique.
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(path -> entries.put(path.getFileName().toString(), path));
        } catch (IOException e) {
            problems.add(new SourceProblem(directory, "cannot list the folder: " + describe(e)));
            return new MigrationSource(directory, Layout.EMPTY, List.of(), problems);
        }

        Map<Long, List<Candidate>> byVersion = new TreeMap<>();
        List<SourceNote> notes = new ArrayList<>();
        boolean sawFlat = false;
        boolean sawDirectory = false;
        for (Map.Entry<String, Path> named : entries.entrySet()) {
            String name = named.getKey();
            Path entry = named.getValue();
            if (Files.isDirectory(entry)) {
                boolean migrationFolder = addDirectoryCandidates(entry, byVersion, problems);
                sawDirectory |= migrationFolder;
                if (!migrationFolder && MigrationFileName.looksLikeMigration(name)) {
                    notes.add(new SourceNote(entry, "skipped: this is a folder, not a migration file (sqlx "
                            + "skips folders)"));
                }
            } else if (MigrationFileName.looksLikeMigrationButForCase(name)) {
                notes.add(new SourceNote(entry, "skipped: sqlx reads only names ending in \".sql\" in lower case; "
                        + "rename it to " + MigrationFileName.withLowerCaseSuffix(name) + " if it is a migration"));
            } else if (MigrationFileName.looksLikeMigration(name)) {
                sawFlat = true;
                MigrationFileName.parse(name).ifPresentOrElse(
                        parsed -> byVersion.computeIfAbsent(parsed.version(), v -> new ArrayList<>())
                                .add(new Candidate(entry, parsed.version(), parsed.description(), parsed.kind())),
                        () -> problems.add(new SourceProblem(entry, MigrationFileName.badPrefixMessage(name))));
            }
        }
        Layout layout = sawFlat && sawDirectory ? Layout.MIXED
                : sawFlat ? Layout.FLAT : sawDirectory ? Layout.DIRECTORY : Layout.EMPTY;
        if (layout == Layout.MIXED) {
            problems.add(new SourceProblem(directory, "this folder mixes flat migration files with one folder per "
                    + "migration; sqlx ignores folders, so it would never run those. Keep to one layout."));
        }

        Map<Path, FileDigest> digests = digestAll(byVersion.values().stream().flatMap(List::stream)
                .filter(candidate -> candidate.kind != MigrationFileName.Kind.DOWN)
                .map(Candidate::file).toList());
        List<Migration> migrations = new ArrayList<>();
        for (List<Candidate> group : byVersion.values()) {
            assemble(group, digests, problems).ifPresent(migrations::add);
        }
        problems.sort(Comparator.comparing(problem -> problem.file().toString()));
        return new MigrationSource(directory, layout, migrations, problems, notes);
    }

    /** Reads a migration file's SQL for execution, failing with a message naming the file. */
    public static String readSql(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decodeStrict(bytes);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not valid UTF-8; sqlx cannot read it. Re-save it as UTF-8.");
        }
    }

    /** Whether SQL text opts out of the wrapping transaction (the directive must be the very first bytes). */
    public static boolean isNoTransaction(String sql) {
        return sql.startsWith("-- no-transaction");
    }

    /** The checksum sqlx would compute for this text under these ignored characters. */
    public Checksum checksumOf(String sql) {
        return Checksums.sha384(sql, ignoredChars);
    }

    private boolean addDirectoryCandidates(Path directory, Map<Long, List<Candidate>> byVersion,
                                           List<SourceProblem> problems) {
        String name = directory.getFileName().toString();
        int underscore = name.indexOf('_');
        boolean hasUp = Files.isRegularFile(directory.resolve(UP_FILE));
        boolean hasDown = Files.isRegularFile(directory.resolve(DOWN_FILE));
        if (underscore < 0 || !(hasUp || hasDown)) {
            return false; // an unrelated folder (fixtures, docs): sqlx ignores folders too
        }
        Optional<Long> version = MigrationFileName.parseVersion(name.substring(0, underscore));
        if (version.isEmpty()) {
            problems.add(new SourceProblem(directory, MigrationFileName.badPrefixMessage(name)));
            return true;
        }
        String description = MigrationFileName.describe(name.substring(underscore + 1));
        List<Candidate> group = byVersion.computeIfAbsent(version.get(), v -> new ArrayList<>());
        if (hasUp) {
            // In the folder layout a lone up.sql is a simple migration; with down.sql beside it, reversible.
            MigrationFileName.Kind kind = hasDown ? MigrationFileName.Kind.UP : MigrationFileName.Kind.SIMPLE;
            group.add(new Candidate(directory.resolve(UP_FILE), version.get(), description, kind));
        }
        if (hasDown) {
            group.add(new Candidate(directory.resolve(DOWN_FILE), version.get(), description,
                    MigrationFileName.Kind.DOWN));
        }
        return true;
    }

    private static Optional<Migration> assemble(List<Candidate> group, Map<Path, FileDigest> digests,
                                                          List<SourceProblem> problems) {
        // A plain loop, not two streams per version: on a first read of 10,000 migrations the streams' set-up
        // in a cold JVM cost as much as hashing the files.
        List<Candidate> ups = new ArrayList<>(1);
        List<Candidate> downs = new ArrayList<>(1);
        for (Candidate candidate : group) {
            (candidate.kind == MigrationFileName.Kind.DOWN ? downs : ups).add(candidate);
        }
        long version = group.get(0).version;
        if (ups.size() > 1) {
            problems.add(new SourceProblem(ups.get(1).file, "duplicate version " + version + ": "
                    + ups.stream().map(c -> c.file.toString()).collect(Collectors.joining(" and "))
                    + " both use it. Give one of them a new version."));
        }
        if (downs.size() > 1) {
            problems.add(new SourceProblem(downs.get(1).file, "duplicate version " + version + ": "
                    + downs.stream().map(c -> c.file.toString()).collect(Collectors.joining(" and "))
                    + " are both down files for it. Remove one."));
        }
        if (ups.isEmpty()) {
            Candidate down = downs.get(0);
            problems.add(new SourceProblem(down.file, "down file without its up file; add "
                    + expectedPartner(down, MigrationFileName.Kind.UP) + " or remove it"));
            return Optional.empty();
        }
        Candidate up = ups.get(0);
        Candidate down = downs.isEmpty() ? null : downs.get(0);
        if (up.kind == MigrationFileName.Kind.UP && down == null) {
            problems.add(new SourceProblem(up.file, "up file without its down file; add "
                    + expectedPartner(up, MigrationFileName.Kind.DOWN)
                    + ", or rename it to " + version + "_" + up.description.replace(' ', '_')
                    + ".sql for a simple migration"));
        }
        if (up.kind == MigrationFileName.Kind.SIMPLE && down != null) {
            problems.add(new SourceProblem(down.file, "down file for the simple migration " + up.file.getFileName()
                    + "; rename that to " + expectedPartner(down, MigrationFileName.Kind.UP)
                    + " to make it reversible, or remove the down file"));
            down = null;
        }
        if (down != null && !down.description.equals(up.description)) {
            problems.add(new SourceProblem(down.file, "down file name does not match its up file "
                    + up.file.getFileName() + "; rename it to " + expectedPartner(up, MigrationFileName.Kind.DOWN)));
        }
        FileDigest digest = digests.get(up.file);
        if (digest.problem != null) {
            problems.add(new SourceProblem(up.file, digest.problem));
            return Optional.empty();
        }
        MigrationType type = up.kind == MigrationFileName.Kind.SIMPLE ? MigrationType.SIMPLE : MigrationType.REVERSIBLE;
        return Optional.of(new Migration(version, up.description, type, up.file,
                down == null ? null : down.file, digest.checksum, digest.noTransaction));
    }

    private static boolean isDirectoryLayout(Candidate candidate) {
        String name = candidate.file.getFileName().toString();
        return name.equals(UP_FILE) || name.equals(DOWN_FILE);
    }

    private static String expectedPartner(Candidate candidate, MigrationFileName.Kind kind) {
        if (isDirectoryLayout(candidate)) {
            return candidate.file.resolveSibling(kind == MigrationFileName.Kind.UP ? UP_FILE : DOWN_FILE).toString();
        }
        String suffix = kind == MigrationFileName.Kind.UP ? ".up.sql" : ".down.sql";
        String name = candidate.file.getFileName().toString();
        String prefix = name.substring(0, name.indexOf('_') + 1);
        return candidate.file.resolveSibling(prefix + candidate.description.replace(' ', '_') + suffix).toString();
    }

    private Map<Path, FileDigest> digestAll(List<Path> files) {
        // Hashing dominates `migrate info` on large folders; files are independent, so spread them over
        // the cores: the calling thread and the common pool's workers (one on two CPUs) take the next
        // file as each finishes, so a thread slowed by a busy neighbour leaves no chunk unfinished.
        FileDigest[] digests = new FileDigest[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < digests.length; i = next.getAndIncrement()) {
                digests[i] = digest(files.get(i));
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), files.size() - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            started.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        started.forEach(ForkJoinTask::join);
        Map<Path, FileDigest> byFile = new HashMap<>(files.size() * 2);
        for (int i = 0; i < digests.length; i++) {
            byFile.put(files.get(i), digests[i]);
        }
        return byFile;
    }

    private FileDigest digest(Path file) {
        if (ignoredChars.isEmpty()) {
            try {
                FileDigest small = digestSmall(file);
                if (small != null) {
                    return small;
                }
            } catch (IOException e) {
                return FileDigest.failed("cannot be read: " + describe(e));
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileDigest.failed("cannot be read: " + describe(e));
        }
        return digest(bytes, bytes.length);
    }

    /**
     * The common case, a file that fits the calling thread's reusable buffer: read once into it,
     * validated and hashed there, with the thread's own MessageDigest. A fresh array per file costs
     * more than the hashing on a cold JVM (allocation, page faults, GC); so does a digest lookup per
     * file. Returns null when the file is larger than the buffer, for the whole-file path.
     */
    private FileDigest digestSmall(Path file) throws IOException {
        byte[] buffer = READ_BUFFER.get();
        int length = 0;
        // FileChannel.open fails with the same exceptions as Files.readAllBytes (describe() names them).
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer target = ByteBuffer.wrap(buffer);
            while (target.hasRemaining()) {
                int read = channel.read(target);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (!target.hasRemaining() && channel.read(ByteBuffer.allocate(1)) >= 0) {
                return null;
            }
        }
        return digest(buffer, length);
    }

    /** Validates and hashes the first {@code length} bytes; with ignored characters, decodes the text first. */
    private FileDigest digest(byte[] bytes, int length) {
        boolean noTransaction = startsWith(bytes, length, NO_TRANSACTION);
        Checksum checksum;
        try {
            if (ignoredChars.isEmpty()) {
                // The checksum is over the raw bytes, so the text is only validated, never built.
                checkUtf8(bytes, length);
                MessageDigest sha384 = SHA_384.get();
                sha384.update(bytes, 0, length);
                checksum = Checksum.of(sha384.digest());
            } else {
                checksum = Checksums.sha384(decodeStrict(bytes), ignoredChars);
            }
        } catch (CharacterCodingException e) {
            return FileDigest.failed("is not valid UTF-8, which sqlx requires; re-save it as UTF-8");
        }
        return new FileDigest(checksum, noTransaction, null);
    }

    /**
     * Fails exactly where {@link #decodeStrict} would, without allocating the decoded text: ASCII
     * is skipped eight bytes at a time, and from the first non-ASCII byte the strict decoder runs
     * into a small buffer that is overwritten chunk after chunk.
     */
    static void checkUtf8(byte[] bytes) throws CharacterCodingException {
        checkUtf8(bytes, bytes.length);
    }

    /** {@link #checkUtf8(byte[])} over the first {@code length} bytes. */
    static void checkUtf8(byte[] bytes, int length) throws CharacterCodingException {
        int start = firstNonAscii(bytes, length);
        if (start == length) {
            return;
        }
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer chunk = CharBuffer.allocate(VALIDATION_CHUNK_CHARS);
        CoderResult result;
        do {
            chunk.clear();
            result = decoder.decode(in, chunk, true);
        } while (result.isOverflow());
        if (result.isUnderflow()) {
            result = decoder.flush(chunk);
        }
        if (result.isError()) {
            result.throwException();
        }
    }

    private static int firstNonAscii(byte[] bytes, int length) {
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
                break;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return length;
    }

    private static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Candidate(Path file, long version, String description, MigrationFileName.Kind kind) {
    }

    private record FileDigest(Checksum checksum, boolean noTransaction, String problem) {
        static FileDigest failed(String problem) {
            return new FileDigest(null, false, problem);
        }
    }
}
