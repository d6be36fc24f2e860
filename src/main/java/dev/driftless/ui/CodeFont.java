package dev.driftless.ui;

import javafx.scene.text.Font;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * The font code is shown in, wherever it is shown (the editor, the drift diff, SQL previews in dialogs): a node
 * with the style class {@value #STYLE_CLASS} gets it. JavaFX CSS takes one family per rule, with no fallback list
 * (a list makes it fall back to the proportional System font), so the family is chosen here: the first installed of
 * those developers' tools use on each system, else JavaFX's logical Monospaced font.
 */
public final class CodeFont {
    public static final String STYLE_CLASS = "code";

    /** Best first: a coding font someone installed, then each system's own (Windows, macOS, Linux). */
    static final List<String> PREFERRED = List.of("JetBrains Mono", "Cascadia Mono", "Consolas", "SF Mono",
            "Menlo", "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Ubuntu Mono");
    static final String LOGICAL_MONOSPACED = "Monospaced";

    private CodeFont() {
    }

    /** The family code is shown in on this machine. */
    public static String family() {
        return familyAmong(Font.getFamilies());
    }

    static String familyAmong(Collection<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(LOGICAL_MONOSPACED);
    }

    /** A stylesheet (a data URL) with the one rule that gives {@code .code} this machine's code font. */
    public static String stylesheet() {
        String rule = "." + STYLE_CLASS + " { -fx-font-family: \"" + family() + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(rule.getBytes(StandardCharsets.UTF_8));
    }
}
