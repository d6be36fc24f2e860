package dev.driftless.core.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementSplitterTest {

    private final SqlStatementSplitter postgres = new SqlStatementSplitter(SqlDialect.POSTGRESQL);
    private final SqlStatementSplitter sqlite = new SqlStatementSplitter(SqlDialect.SQLITE);

    // Statements are separated by ¶ in the expected column; § never occurs, so quotes stay literal.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            select 'a;b'; select 2                 | select 'a;b'¶select 2
            select "a;b"; select 2                 | select "a;b"¶select 2
            select 1 /* ; */; select 2             | select 1 /* ; */¶select 2
            select E'\\';'; select 2               | select E'\\';'¶select 2
            select $$;$$; select $x$ $$; $x$       | select $$;$$¶select $x$ $$; $x$
            select 1;;; select 2;                  | select 1¶select 2
            select 1                               | select 1
            select 1; -- only a comment            | select 1
            select 1; /* tail */                   | select 1
            begin; create table t (); commit;      | begin¶create table t ()¶commit
            create rule r as on insert to t do also (insert into a values (1); insert into b values (2)); select 1 | create rule r as on insert to t do also (insert into a values (1); insert into b values (2))¶select 1
            create index concurrently i on t (c); create database d | create index concurrently i on t (c)¶create database d
            select 'never closed; select 2;        | select 'never closed; select 2;
            """)
    void splitsAtTopLevelSemicolons(String script, String expected) {
        assertThat(texts(postgres.split(script))).containsExactly(expected.split("¶"));
    }

    @Test
    void semicolonInsideALineCommentDoesNotSplit() {
        String script = """
                select 1 -- first; still a comment
                ;
                select 2;
                """;

        assertThat(texts(postgres.split(script))).containsExactly("select 1 -- first; still a comment", "select 2");
    }

    @Test
    void dollarQuotedFunctionBodyStaysWhole() {
        String script = """
                create function f() returns trigger as $body$
                begin
                  new.updated := now();
                  return new;
                end;
                $body$ language plpgsql;
                create index concurrently users_email on users (email);
                """;

        List<SqlStatement> statements = postgres.split(script);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).text()).endsWith("$body$ language plpgsql");
    }

    @Test
    void sqliteTriggerBodyStaysWhole() {
        String script = """
                create temp trigger if not exists log_insert after insert on users
                when new.id > 0
                begin
                  insert into log values (new.id, case when new.name is null then 'none' else new.name end);
                  update stats set n = n + 1;
                end;
                begin transaction;
                insert into users values (1);
                end transaction;
                """;

        assertThat(texts(sqlite.split(script))).containsExactly("""
                create temp trigger if not exists log_insert after insert on users
                when new.id > 0
                begin
                  insert into log values (new.id, case when new.name is null then 'none' else new.name end);
                  update stats set n = n + 1;
                end""", "begin transaction", "insert into users values (1)", "end transaction");
    }

    @Test
    void caseBeforeTheTriggerBodyDoesNotOpenIt() {
        String script = """
                create trigger t before update on a when case when old.x then 1 else 0 end = 1
                begin select 1; end;
                select 2;
                """;

        assertThat(sqlite.split(script)).hasSize(2);
    }

    @Test
    void beginAtomicBodyWithCaseStaysWhole() {
        String script = """
                create function sign_name(n int) returns text language sql
                begin atomic
                  select case when n > 0 then 'positive' when n < 0 then 'negative' else 'zero' end;
                  select case n when 0 then 'none' else 'some' end;
                end;
                create procedure p() language sql begin atomic insert into t values (1); end;
                select sign_name(1);
                """;

        List<SqlStatement> statements = postgres.split(script);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).text()).startsWith("create function").endsWith("'some' end;\nend");
        assertThat(statements.get(1).text()).isEqualTo("create procedure p() language sql begin atomic insert into t values (1); end");
    }

    @Test
    void postgresTriggerWithoutBodySplitsNormally() {
        String script = "create trigger t before update on a for each row execute function f(); select 1;";

        assertThat(postgres.split(script)).hasSize(2);
    }

    @Test
    void statementsKeepLeadingCommentsAndReportWhereTheyStart() {
        String script = """
                -- header comment only

                create table a (id int);
                -- explains b
                create table b (
                  id int
                ); select 1""";

        assertThat(postgres.split(script)).containsExactly(
                new SqlStatement("-- header comment only\n\ncreate table a (id int)", 0, 1),
                new SqlStatement("-- explains b\ncreate table b (\n  id int\n)",
                        script.indexOf("-- explains"), 4),
                new SqlStatement("select 1", script.indexOf("select 1"), 7));
    }

    @Test
    void commentOnlyScriptHasNoStatements() {
        assertThat(postgres.split("-- nothing\n/* here */\n;\n  ")).isEmpty();
        assertThat(postgres.split("")).isEmpty();
    }

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::text).toList();
    }
}
