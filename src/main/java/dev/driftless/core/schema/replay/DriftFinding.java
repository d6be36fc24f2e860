package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.compare.DifferenceSides;
import dev.driftless.core.schema.compare.SchemaDifference;

import java.util.Optional;

/**
 * One difference between the database and the schema its migrations build, with what the replay
 * knows about the object: which migration added it, last changed it, or dropped it.
 */
public record DriftFinding(SchemaDifference difference, ObjectHistory history) {
    private static final DifferenceSides SIDES = DifferenceSides.MIGRATIONS_AND_DATABASE;

    /**
     * The finding in a sentence: {@code column public.orders.status: added by 20240103090000 add status
     * to orders, not in the database}; {@code table public.audit: in the database, not in the
     * migrations} (made by hand); {@code index public.orders.orders_status_idx: dropped by ..., still in
     * the database}; {@code column public.orders.status: type: text after 20240103090000 add status to
     * orders, character varying(20) in the database}.
     */
    public String message() {
        return switch (difference.change()) {
            case MISSING -> history.created()
                    .map(migration -> difference.message("added by " + migration, SIDES))
                    .orElseGet(() -> difference.message(SIDES));
            case EXTRA -> history.dropped()
                    .map(migration -> difference.key() + ": dropped by " + migration + ", still in " + SIDES.actual())
                    .orElseGet(() -> difference.message(SIDES));
            case CHANGED -> history.setBy(difference.attribute())
                    .map(migration -> difference.message(difference.valueText(difference.expected()) + " after "
                            + migration, SIDES))
                    .orElseGet(() -> difference.message(SIDES));
        };
    }

    /** The migration the expected side of this difference comes from, if the replay knows it. */
    public Optional<MigrationRef> attributedTo() {
        return switch (difference.change()) {
            case MISSING -> history.created();
            case EXTRA -> history.dropped();
            case CHANGED -> history.setBy(difference.attribute());
        };
    }
}
