package dev.driftless.core.drift;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSourceReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Finds the applied text with no journal and no history: tries the current file with the
 * cosmetic changes editors and checkouts make undone (line endings, byte-order mark, final
 * newline, trailing whitespace), alone and combined, and keeps the one whose checksum is the
 * ledger's. A checksum match is exact, so a found text is the applied text (up to ignored-chars).
 */
public final class Reconstruction implements AppliedTextSource {
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+(?=\\r?\\n|\\z)");

    /** One undoable change; the edits of an axis exclude each other, the axes combine. */
    private record Edit(String description, UnaryOperator<String> apply) {
    }

    private static final Edit UNCHANGED = new Edit("", UnaryOperator.identity());

    // Applied in this order: line endings first, so a final newline added matches them.
    private static final List<List<Edit>> AXES = List.of(
            List.of(UNCHANGED,
                    new Edit("CRLF line endings turned into LF", TextForms::toLf),
                    new Edit("LF line endings turned into CRLF", text -> TextForms.toLf(text).replace("\n", "\r\n"))),
            List.of(UNCHANGED,
                    new Edit("trailing whitespace removed from each line",
                            text -> TRAILING_BLANKS.matcher(text).replaceAll(""))),
            List.of(UNCHANGED,
                    new Edit("its final newline removed", Reconstruction::withoutFinalNewline),
                    new Edit("a final newline added",
                            text -> text + (text.contains("\r\n") ? "\r\n" : "\n"))),
            List.of(UNCHANGED,
                    new Edit("its byte-order mark removed",
                            TextForms::withoutBom),
                    new Edit("a byte-order mark added", text -> TextForms.BOM + text)));

    private final MigrationSourceReader reader;

    /** @param reader hashes as the project does (its ignored-chars) */
    public Reconstruction(MigrationSourceReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<AppliedText> find(StatusRow row) {
        if (row.file().isEmpty() || row.ledgerRow().isEmpty()) {
            return Optional.empty();
        }
        Migration migration = row.migration();
        try {
            return reconstruct(MigrationSourceReader.readSql(migration.upFile()), row.applied().checksum());
        } catch (IOException e) {
            return Optional.empty(); // an unreadable file has nothing to undo
        }
    }

    /** The variant of {@code current} that hashes to {@code applied}, the fewest edits first. */
    Optional<AppliedText> reconstruct(String current, Checksum applied) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(current, List.of()));
        for (List<Edit> axis : AXES) {
            variants = extend(variants, axis);
        }
        return variants.stream()
                .filter(variant -> !variant.edits().isEmpty())
                .sorted((a, b) -> Integer.compare(a.edits().size(), b.edits().size()))
                .filter(variant -> reader.checksumOf(variant.text()).equals(applied))
                .findFirst()
                .map(variant -> AppliedText.reconstructed(variant.text(), String.join(" and ", variant.edits())));
    }

    private record Variant(String text, List<String> edits) {
    }

    private static List<Variant> extend(List<Variant> variants, List<Edit> axis) {
        List<Variant> extended = new ArrayList<>();
        for (Variant variant : variants) {
            for (Edit edit : axis) {
                if (edit == UNCHANGED) {
                    extended.add(variant);
                    continue;
                }
                String edited = edit.apply().apply(variant.text());
                // An edit that changes nothing would only repeat a simpler variant under a false description.
                if (!edited.equals(variant.text())) {
                    List<String> edits = new ArrayList<>(variant.edits());
                    edits.add(edit.description());
                    extended.add(new Variant(edited, List.copyOf(edits)));
                }
            }
        }
        return extended;
    }

    private static String withoutFinalNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
