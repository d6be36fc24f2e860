package dev.driftless.core.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationSourceReaderTest {
    private static final String TEMPLATE = "-- Add migration script here\n";
    private static final String TEMPLATE_SHA384 =
            "ff95923ef9afbcc89efe330243d1754c4719be221420d411481e688ede306676fa9729ff84319a52d2331096e736b892";

    @TempDir
    Path folder;

    private final MigrationSourceReader reader = new MigrationSourceReader();

    @Test
    void checksumMatchesSqlxTestVector() throws IOException {
        write("1_init.sql", TEMPLATE);
        assertThat(reader.read(folder).migrations().get(0).checksum().hex()).isEqualTo(TEMPLATE_SHA384);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            20230101000000_create_users.sql      | 20230101000000 | create users       | SIMPLE
            0001_add_status_to_orders.up.sql     | 1              | add status to orders | REVERSIBLE
            -5_negative.sql                      | -5             | negative           | SIMPLE
            42_a_b__c.sql                        | 42             | a b  c             | SIMPLE
            7_.sql                               | 7              | ''                 | SIMPLE
            """)
    void parsesVersionDescriptionAndTypeLikeSqlx(String name, long version, String description, MigrationType type)
            throws IOException {
        write(name, "SELECT 1;");
        if (name.endsWith(".up.sql")) {
            write(name.replace(".up.sql", ".down.sql"), "SELECT 2;");
        }
        MigrationSource source = reader.read(folder);
        assertThat(source.problems()).isEmpty();
        Migration migration = source.migrations().get(0);
        assertThat(migration.version()).isEqualTo(version);
        assertThat(migration.description()).isEqualTo(description);
        assertThat(migration.type()).isEqualTo(type);
    }

    @Test
    void ordersByVersionNotByName() throws IOException {
        write("10_ten.sql", "");
        write("9_nine.sql", "");
        write("0002_two.sql", "");
        assertThat(reader.read(folder).migrations()).extracting(Migration::version).containsExactly(2L, 9L, 10L);
    }

    @Test
    void ignoresFilesSqlxIgnores() throws IOException {
        write("README.md", "x");
        write("1_backup.sql~", "x");
        write("1_swap.sql.swp", "x");
        write("2_upper.SQL", "x");
        write("noprefix.sql", "x");
        Files.createDirectories(folder.resolve("fixtures"));
        MigrationSource source = reader.read(folder);
        assertThat(source.migrations()).isEmpty();
        assertThat(source.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"v1_create.sql", ".#1_create.sql", "1a_create.sql", "99999999999999999999_big.sql"})
    void badVersionPrefixIsReportedWithSqlxMessage(String name) throws IOException {
        write(name, "SELECT 1;");
        MigrationSource source = reader.read(folder);
        assertThat(source.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve(name));
            assertThat(problem.message()).isEqualTo("error parsing migration filename \"" + name
                    + "\"; expected integer version prefix (e.g. `01_foo.sql`)");
        });
    }

    @Test
    void duplicateVersionsNameBothFiles() throws IOException {
        write("3_first.sql", "");
        write("0003_second.sql", "");
        MigrationSource source = reader.read(folder);
        assertThat(source.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("duplicate version 3").contains("0003_second.sql").contains("3_first.sql"));
    }

    @Test
    void upWithoutDownAndDownWithoutUpAreProblems() throws IOException {
        write("1_lonely.up.sql", "");
        write("2_orphan.down.sql", "");
        MigrationSource source = reader.read(folder);
        assertThat(source.problems()).hasSize(2);
        assertThat(source.problems().get(0).message()).contains("up file without its down file")
                .contains("1_lonely.down.sql");
        assertThat(source.problems().get(1).message()).contains("down file without its up file")
                .contains("2_orphan.up.sql");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ascii only, 5345, true",
            "two-byte letter, 5ac3bc, true",
            "four-byte emoji, f09f9a80, true",
            "latin-1 byte, 53e93b, false",
            "truncated at end, 5ae69d, false",
            "overlong slash, c0af, false",
            "encoded surrogate, eda080, false",
            "beyond U+10FFFF, f4908080, false",
    })
    void utf8CheckAgreesWithTheStrictDecoderAfterALongAsciiRun(String name, String hexTail, boolean valid) {
        // 5,003 ASCII bytes first: past the word-at-a-time scan and not a multiple of eight.
        byte[] tail = HexFormat.of().parseHex(hexTail);
        byte[] bytes = new byte[5_003 + tail.length];
        Arrays.fill(bytes, 0, 5_003, (byte) 'x');
        System.arraycopy(tail, 0, bytes, 5_003, tail.length);
        String verdict;
        try {
            MigrationSourceReader.checkUtf8(bytes);
            verdict = "valid";
        } catch (CharacterCodingException e) {
            verdict = "invalid";
        }
        assertThat(verdict).isEqualTo(valid ? "valid" : "invalid");
    }

    @Test
    void fileThatIsNotUtf8IsAProblemNamingIt() throws IOException {
        Files.write(folder.resolve("1_latin1.sql"), new byte[] {'S', 'E', 'L', (byte) 0xE9, ';'});
        MigrationSource source = reader.read(folder);
        assertThat(source.migrations()).isEmpty();
        assertThat(source.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file().getFileName()).hasToString("1_latin1.sql");
            assertThat(problem.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void unreadableFileIsAProblemNotAnException() throws IOException {
        Files.createSymbolicLink(folder.resolve("1_dangling.sql"), folder.resolve("nowhere.sql"));
        MigrationSource source = reader.read(folder);
        assertThat(source.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("cannot be read"));
    }

    @Test
    void crlfAndBomFilesAreHashedAsTheyAre() throws IOException {
        write("1_lf.sql", "SELECT 1;\n");
        write("2_crlf.sql", "SELECT 1;\r\n");
        write("3_bom.sql", "\uFEFFSELECT 1;\n");
        List<Migration> migrations = reader.read(folder).migrations();
        assertThat(migrations).extracting(Migration::checksum).doesNotHaveDuplicates();
        assertThat(migrations.get(1).checksum())
                .isEqualTo(Checksums.sha384("SELECT 1;\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"65535", "65536", "65537", "200000"})
    void filesAroundAndBeyondTheReadBufferAreHashedAndCheckedWhole(int size) throws IOException {
        // Up to 64 KB a file is read into a reused per-thread buffer, beyond it whole: same results.
        byte[] valid = sqlEndingInUtf8(size);
        Files.write(folder.resolve("1_valid.sql"), valid);
        byte[] invalid = sqlEndingInUtf8(size);
        invalid[size - 2] = (byte) 0xE9; // a Latin-1 byte in place of the final ';'
        Files.write(folder.resolve("2_invalid.sql"), invalid);
        MigrationSource source = reader.read(folder);
        assertThat(source.migrations()).singleElement()
                .satisfies(migration -> assertThat(migration.checksum()).isEqualTo(Checksums.sha384(valid)));
        assertThat(source.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not valid UTF-8"));
    }

    private static byte[] sqlEndingInUtf8(int size) {
        byte[] tail = "SELECT 'é';\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, 0, size - tail.length, (byte) ' ');
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    @Test
    void ignoredCharsAreRemovedBeforeHashingOnly() throws IOException {
        write("1_crlf.sql", "\uFEFFSELECT 1;\r\n");
        MigrationSourceReader ignoring = new MigrationSourceReader(IgnoredChars.of(List.of("\r", "\uFEFF")));
        assertThat(ignoring.read(folder).migrations().get(0).checksum())
                .isEqualTo(Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(MigrationSourceReader.readSql(folder.resolve("1_crlf.sql"))).isEqualTo("\uFEFFSELECT 1;\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -- no-transaction\\nCREATE INDEX CONCURRENTLY i ON t (c); | true
            -- no-transaction                                         | true
            \\uFEFF-- no-transaction\\n                               | false
            ' -- no-transaction'                                      | false
            -- No-Transaction\\n                                      | false
            SELECT 1; -- no-transaction                               | false
            """)
    void noTransactionDirectiveMustBeTheVeryFirstBytes(String content, boolean noTransaction) throws IOException {
        write("1_x.sql", content.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF"));
        assertThat(reader.read(folder).migrations().get(0).noTransaction()).isEqualTo(noTransaction);
    }

    @Test
    void readsOneFolderPerMigrationLayout() throws IOException {
        write("0001_create_users/up.sql", "CREATE TABLE users (id int);");
        write("0001_create_users/down.sql", "DROP TABLE users;");
        write("0002_seed/up.sql", "INSERT INTO users VALUES (1);");
        MigrationSource source = reader.read(folder);
        assertThat(source.layout()).isEqualTo(Layout.DIRECTORY);
        assertThat(source.problems()).isEmpty();
        assertThat(source.migrations()).extracting(Migration::description, Migration::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("create users", MigrationType.REVERSIBLE),
                org.assertj.core.groups.Tuple.tuple("seed", MigrationType.SIMPLE));
        assertThat(source.migrations().get(0).downFile()).isEqualTo(folder.resolve("0001_create_users/down.sql"));
    }

    @Test
    void mixingLayoutsIsReportedOnTheFolder() throws IOException {
        write("1_flat.sql", "");
        write("2_nested/up.sql", "");
        MigrationSource source = reader.read(folder);
        assertThat(source.layout()).isEqualTo(Layout.MIXED);
        assertThat(source.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder);
            assertThat(problem.message()).contains("sqlx ignores folders");
        });
    }

    @Test
    void missingFolderIsOneProblem() {
        MigrationSource source = reader.read(folder.resolve("nope"));
        assertThat(source.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not found"));
    }

    @Test
    void aFolderThatIsAFileSaysSoNamingIt() throws IOException {
        Path file = write("migrations.sql", "SELECT 1;");

        MigrationSource source = reader.read(file);

        assertThat(source.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.message()).contains("is a file, not a folder").doesNotContain("not found");
        });
    }

    @Test
    void namesSqlxSkipsButThatLookLikeMigrationsAreNotedNotRefused() throws IOException {
        write("1_first.sql", TEMPLATE);
        write("2_second.SQL", TEMPLATE);
        Files.createDirectories(folder.resolve("3_third.sql"));
        write("README.md", "not a migration");
        write("4_fourth.sql~", "an editor's backup");

        MigrationSource source = reader.read(folder);

        assertThat(source.migrations()).extracting(Migration::version).containsExactly(1L);
        assertThat(source.problems()).isEmpty();
        assertThat(source.notes()).extracting(SourceNote::file)
                .containsExactly(folder.resolve("2_second.SQL"), folder.resolve("3_third.sql"));
        assertThat(source.notes().get(0).message()).contains("lower case").contains("2_second.sql");
        assertThat(source.notes().get(1).message()).contains("a folder, not a migration file");
    }

    @Test
    void ignoredCharsMustBeSingleCharacters() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IgnoredChars.of(Set.of("ab")))
                .hasMessageContaining("\"ab\"");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
