package dev.driftless.testing;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.SourceProblem;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One instance of every kind of {@link Refusal}, built from its record components, so a test over
 * all refusals covers a new kind without being told of it.
 */
public final class RefusalSamples {
    private RefusalSamples() {
    }

    public static List<Refusal> all() {
        return Arrays.stream(Refusal.class.getPermittedSubclasses()).map(RefusalSamples::sample).toList();
    }

    private static Refusal sample(Class<?> kind) {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(RefusalSamples::valueOf).toArray();
        try {
            Constructor<?> canonical = kind.getDeclaredConstructor(types);
            return (Refusal) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + kind.getSimpleName(), e);
        }
    }

    private static Object valueOf(Class<?> type) {
        if (type == long.class) {
            return 3L;
        }
        if (type == int.class) {
            return (int) '\n';
        }
        if (type == String.class) {
            return "forget the missing migration 3";
        }
        if (type == Path.class) {
            return Path.of("migrations", "3_create_users.sql");
        }
        if (type == LedgerTable.class) {
            return LedgerTable.DEFAULT;
        }
        if (type == MigrationStatus.class) {
            return MigrationStatus.MISSING;
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type == Optional.class) {
            return Optional.of("PostgreSQL backend pid 42");
        }
        if (type == OptionalLong.class) {
            return OptionalLong.of(2);
        }
        if (type == List.class) {
            return List.of(new SourceProblem(Path.of("migrations", "v1_x.sql"), "bad name"));
        }
        throw new IllegalArgumentException("no sample value for " + type + "; add one");
    }
}
