package dev.driftless.core.sql;

import java.util.List;

/** Scripts with every construct that can span lines, for property-style lexer tests. */
final class SampleScripts {

    static final String POSTGRESQL_FUNCTIONS = """
            /* Migration: users
               /* nested: still a comment */
               done */
            create table "user
            table" (id bigint primary key, note text default 'multi
            line; -- not a comment
            string', esc text default E'a\\'b\\
            c');
            create function f() returns trigger as $body$
            begin
              -- $$ is not the end
              perform 'x;';
              return new;
            end;
            $body$ language plpgsql;
            create function g() returns int language sql begin atomic
              select case when 1 = 1 then 1 else 2 end;
            end;
            select $$
            $$, $1, x::int from t where a <> 'b'; -- trailing
            """;

    static final String POSTGRESQL_UNTERMINATED = """
            select 1;
            /* a /* b */
            still inside
            """;

    static final String POSTGRESQL_UNTERMINATED_DOLLAR = "select $q$ one\ntwo $$\nthree";

    static final String SQLITE_TRIGGERS = """
            create table [order
            lines] (`qty
            col` integer, name text);
            create trigger t after insert on [order
            lines] begin
              update x set y = case when new.qty > 0 then 'a;b' else "c
            d" end; /* x
            */ insert into log values (?1, :name, @at, $v);
            end;""";

    static final List<String> ALL = List.of(POSTGRESQL_FUNCTIONS, POSTGRESQL_UNTERMINATED,
            POSTGRESQL_UNTERMINATED_DOLLAR, SQLITE_TRIGGERS);

    private SampleScripts() {
    }
}
