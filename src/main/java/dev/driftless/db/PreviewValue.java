package dev.driftless.db;

/** One value of a {@link PreviewRows} row, as read: SQL NULL, text, or binary data known by its length. */
public sealed interface PreviewValue {

    /** SQL NULL. */
    record Null() implements PreviewValue {
    }

    /** Any value but a binary one, as the driver writes it as text. */
    record Text(String text) implements PreviewValue {
    }

    /** A blob or bytea: only its length is kept. */
    record Binary(int length) implements PreviewValue {
    }
}
