package dev.driftless.ui.editor;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.CodeFont;
import dev.driftless.ui.task.AfterLayout;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.reactfx.EventStream;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A SQL text editor: a {@link CodeArea} with line numbers, syntax highlighting, the current line
 * and matching brackets highlighted, undo / redo (the area's own: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)
 * and a find / replace bar (Ctrl+F, Ctrl+H). Styles come from {@code sql-editor.css}.
 */
public final class SqlEditorPane extends BorderPane {

    /** The editor's styles, also used by the bars above it. */
    static final String STYLESHEET = SqlEditorPane.class.getResource("sql-editor.css").toExternalForm();

    /** How far from the caret a matching bracket is looked for; beyond it none is shown. */
    private static final int BRACKET_SEARCH_WINDOW = 10_000;

    /** Texts at least this long are highlighted into a styled document off the FX thread. */
    static final int BACKGROUND_LOAD_LENGTH = 64 * 1024;
    /** How many paragraphs of a large text are shown, highlighted, while the whole of it is built. */
    static final int FIRST_SCREENS = 300;
    private final CodeArea area = new CodeArea();
    private SqlDialect dialect;
    /** Knows the lexer state at each paragraph start of the area's text. */
    private SqlHighlighter highlighter;
    /** Large texts highlighted in the background: a load finishing after a newer one is dropped. */
    private final LatestAnswer loads;
    /** Set while a large text is being highlighted in the background, before the area shows it. */
    private boolean loadPending;
    private boolean readOnly;
    /** Set while a load replaces the text, which arrives already highlighted. */
    private boolean loadingContent;
    private final List<String> paragraphs = new AbstractList<>() {
        @Override
        public String get(int index) {
            return area.getText(index);
        }

        @Override
        public int size() {
            return area.getParagraphs().size();
        }
    };
    private final SelectionImpl<Collection<String>, String, Collection<String>> currentLine =
            overlay("current-line", "current-line");
    private final SelectionImpl<Collection<String>, String, Collection<String>> openBracket =
            overlay("open-bracket", "bracket-match");
    private final SelectionImpl<Collection<String>, String, Collection<String>> closeBracket =
            overlay("close-bracket", "bracket-match");

    private final FindReplaceViewModel find = new FindReplaceViewModel();
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final HBox replaceRow;
    private final VBox findBar;
    private final Label findStatus = new Label();
    private final FindHighlights findHighlights = new FindHighlights(area);
    /** The find bar's matches in the text, while it is open. */
    private List<FindReplaceViewModel.Match> matches = List.of();

    /** @param loading where large texts are built into highlighted documents, one after the other */
    public SqlEditorPane(SqlDialect dialect, BackgroundExecutor loading) {
        this.dialect = dialect;
        this.loads = new LatestAnswer(loading);
        highlighter = new SqlHighlighter(dialect);
        getStyleClass().add("sql-editor");
        area.getStyleClass().add(CodeFont.STYLE_CLASS);
        getStylesheets().add(STYLESHEET);

        // Line numbers without fold indicators: the fold check behind the default factory makes the area lay
        // itself out again after every added line (and lays out a useless screenful after a load).
        area.setParagraphGraphicFactory(LineNumberFactory.get(area, digits -> "%1$" + digits + "s", null, null));
        area.plainTextChanges().subscribe(this::restyle);
        area.caretPositionProperty().addListener((obs, old, caret) -> showCaretContext());
        // After an edit the caret may stay put while the text around it changes.
        area.plainTextChanges().subscribe(change -> showCaretContext());

        findField.setPromptText("Find");
        findField.textProperty().bindBidirectional(find.queryProperty());
        replaceField.setPromptText("Replace with");
        replaceField.textProperty().bindBidirectional(find.replacementProperty());
        CheckBox matchCase = new CheckBox("Match case");
        matchCase.selectedProperty().bindBidirectional(find.matchCaseProperty());
        Button next = new Button("Next");
        next.setOnAction(e -> findNext());
        Button previous = new Button("Previous");
        previous.setOnAction(e -> findPrevious());
        Button close = new Button("Close");
        close.setOnAction(e -> hideFind());
        Button replace = new Button("Replace");
        replace.setOnAction(e -> replace());
        Button replaceAll = new Button("Replace all");
        replaceAll.setOnAction(e -> replaceAll());
        HBox.setHgrow(findField, Priority.ALWAYS);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        HBox findRow = row(findField, next, previous, matchCase, findStatus, close);
        replaceRow = row(replaceField, replace, replaceAll);
        findBar = new VBox(4, findRow, replaceRow);
        findBar.getStyleClass().add("find-bar");
        findField.setOnAction(e -> findNext());
        find.queryProperty().addListener((obs, old, query) -> showMatchesIfFinding());
        find.matchCaseProperty().addListener((obs, old, exact) -> showMatchesIfFinding());
        replaceField.setOnAction(e -> replace());
        setFindBarVisible(false, false);

        setCenter(new VirtualizedScrollPane<>(area));
        setTop(findBar);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    /** The editing area itself. */
    public CodeArea codeArea() {
        return area;
    }

    public FindReplaceViewModel findModel() {
        return find;
    }

    /** Shows the text without letting it be edited (a DDL, a preview), also after each load. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        area.setEditable(!readOnly && !loadPending);
    }

    /**
     * Replaces the whole text as a load, not an edit: it cannot be undone, and the caret goes to the start.
     * A large text is split, lexed and built into a styled document off the FX thread and shown in one
     * replace when ready; meanwhile the area keeps its old text, read-only, and a newer load wins.
     */
    public void setContent(String text) {
        LatestAnswer.Question load = loads.ask();
        SqlHighlighter fresh = new SqlHighlighter(dialect);
        SqlDialect loadDialect = dialect;
        Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        SegmentOps<String, Collection<String>> segments = area.getSegOps();
        if (text.length() < BACKGROUND_LOAD_LENGTH) {
            show(fresh, loadDialect, fresh.highlightDocument(text, paragraphStyle, segments));
            return;
        }
        loadPending = true;
        area.setEditable(false); // an edit of the old text would be lost when the new one arrives
        // Its first screens at once, highlighted (lexing them takes a millisecond): a large file is readable
        // while the whole document is built. Read-only until then; the start state of the text is the lexer's.
        replaceWithLoaded(new SqlHighlighter(dialect).highlightDocument(firstParagraphs(text, FIRST_SCREENS),
                paragraphStyle, segments));
        // The whole document is built once those screens are laid out: building it at the same time (its
        // allocations, its garbage collections) made the first screen wait for it on a 2-CPU machine.
        AfterLayout.run(area, () -> load.submit(() -> fresh.highlightDocument(text, paragraphStyle, segments),
                document -> show(fresh, loadDialect, document),
                failure -> show(fresh, loadDialect, fresh.highlightDocument(text, paragraphStyle, segments))));
    }

    /**
     * Highlights the text as another SQL dialect from now on (the project's database changed kind). Edits and
     * their undo history stay; every line is styled again.
     */
    public void setDialect(SqlDialect newDialect) {
        if (newDialect == dialect) {
            return;
        }
        dialect = newDialect;
        if (!loadPending) {
            restyleAll();
        } // a pending load is restyled when it arrives
    }

    private void restyleAll() {
        highlighter = new SqlHighlighter(dialect);
        area.setStyleSpans(0, 0, highlighter.highlightAll(paragraphs).spans());
        findHighlights.forget();
        showMatchesIfFinding();
    }

    /** Whether the area holds the text last given to {@link #setContent}, highlighted. */
    public boolean isLoaded() {
        return !loadPending;
    }

    /**
     * The changes a person made to the text: what {@link #setContent} puts in is a load, not an edit, so
     * listeners that keep the dirty mark need not look at it.
     */
    public EventStream<PlainTextChange> edits() {
        return area.plainTextChanges().filter(change -> !loadingContent);
    }

    private void show(SqlHighlighter fresh, SqlDialect loadDialect,
                      StyledDocument<Collection<String>, String, Collection<String>> document) {
        loadPending = false;
        area.setEditable(!readOnly);
        highlighter = fresh;
        replaceWithLoaded(document);
        if (loadDialect != dialect) {
            restyleAll();
        }
    }

    private void replaceWithLoaded(StyledDocument<Collection<String>, String, Collection<String>> document) {
        loadingContent = true;
        try {
            area.replace(0, area.getLength(), document);
        } finally {
            loadingContent = false;
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        findHighlights.forget();
        showMatchesIfFinding();
    }

    /** The text up to (not including) the line break that ends paragraph {@code count}; all of it if shorter. */
    static String firstParagraphs(String text, int count) {
        int end = -1;
        for (int paragraph = 0; paragraph < count; paragraph++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return text;
            }
        }
        return text.substring(0, end);
    }

    /** Selects a 1-based line and scrolls it into view. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.selectLine();
        area.showParagraphAtCenter(paragraph);
    }

    /** Opens the find bar, with the replace row if asked, and focuses the search field. */
    public void showFind(boolean withReplace) {
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            findField.setText(area.getSelectedText());
        }
        setFindBarVisible(true, withReplace);
        findField.requestFocus();
        findField.selectAll();
        showMatchesIfFinding();
    }

    public void hideFind() {
        setFindBarVisible(false, false);
        matches = List.of();
        findHighlights.clear();
        area.requestFocus();
    }

    /** Selects the next match after the selection (wrapping); says so when there is none. */
    public void findNext() {
        select(find.next(area.getText(), area.getSelection().getEnd()));
    }

    public void findPrevious() {
        select(find.previous(area.getText(), area.getSelection().getStart()));
    }

    /** Replaces the selected match, if the selection is one, then selects the next. */
    public void replace() {
        if (find.matches(area.getSelectedText())) {
            area.replaceSelection(find.replacementProperty().get());
        }
        findNext();
    }

    /** Replaces every match as one edit, so that one undo brings them all back. */
    public void replaceAll() {
        String text = area.getText();
        String replaced = find.replaceAll(text);
        if (!replaced.equals(text)) {
            int caret = Math.min(area.getCaretPosition(), replaced.length());
            area.replaceText(replaced);
            area.moveTo(caret);
        }
    }

    /** Gives the main controls their test / CSS ids, only while this editor is the one shown. */
    void setIdsActive(boolean active) {
        area.setId(active ? "sqlEditor" : null);
        findField.setId(active ? "findField" : null);
        replaceField.setId(active ? "replaceField" : null);
        findStatus.setId(active ? "findStatus" : null);
    }

    private void onShortcut(KeyEvent event) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
            showFind(false);
        } else if (new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN).match(event)) {
            showFind(true);
        } else if (event.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            hideFind();
        } else {
            return;
        }
        event.consume();
    }

    private void select(Optional<FindReplaceViewModel.Match> match) {
        match.ifPresent(found -> {
            area.selectRange(found.start(), found.end());
            area.requestFollowCaret();
        });
        showMatches();
    }

    /** Finds every match again (the query or the text changed) and shows them, if the find bar is open. */
    private void showMatchesIfFinding() {
        if (findBar.isVisible()) {
            matches = find.all(area.getText());
            showMatches();
        }
    }

    /** Marks the matches, the selected one as the current one, and counts them ("3 of 12"). */
    private void showMatches() {
        int current = matches.indexOf(new FindReplaceViewModel.Match(area.getSelection().getStart(),
                area.getSelection().getEnd()));
        findStatus.setText(find.count(matches, current));
        findHighlights.show(matches, current);
    }

    private void setFindBarVisible(boolean visible, boolean withReplace) {
        findBar.setVisible(visible);
        findBar.setManaged(visible);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    private void restyle(PlainTextChange change) {
        if (loadingContent) {
            return; // a loaded document comes with its styles
        }
        int paragraph = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        SqlHighlighter.Restyle restyle = highlighter.restyleAfterEdit(paragraphs, paragraph,
                lineBreaks(change.getRemoved()), lineBreaks(change.getInserted()));
        if (!hasStyles(restyle)) {
            area.setStyleSpans(restyle.firstParagraph(), 0, restyle.spans());
        }
        findHighlights.edited(paragraph, lineBreaks(change.getRemoved()), lineBreaks(change.getInserted()));
        showMatchesIfFinding();
    }

    /**
     * Whether the area's paragraphs already have a restyle's styles, as after most keystrokes inside a word:
     * setting them anyway would make RichTextFX rebuild those lines on screen a second time.
     */
    private boolean hasStyles(SqlHighlighter.Restyle restyle) {
        int offset = 0;
        int end = restyle.firstParagraph() + restyle.paragraphCount();
        for (int paragraph = restyle.firstParagraph(); paragraph < end; paragraph++) {
            int length = area.getParagraphLength(paragraph);
            StyleSpans<Collection<String>> wanted = restyle.spans().subView(offset, offset + length);
            if (!sameStyles(area.getParagraph(paragraph).getStyleSpans(), wanted)) {
                return false;
            }
            offset += length + 1; // and the line break
        }
        return true;
    }

    /** Whether two spans give every character the same style, however they are cut. */
    private static <S> boolean sameStyles(StyleSpans<S> a, StyleSpans<S> b) {
        if (a.length() != b.length()) {
            return false;
        }
        Iterator<StyleSpan<S>> left = a.iterator();
        Iterator<StyleSpan<S>> right = b.iterator();
        StyleSpan<S> l = null;
        StyleSpan<S> r = null;
        int leftRemaining = 0;
        int rightRemaining = 0;
        while (true) {
            while (leftRemaining == 0 && left.hasNext()) {
                l = left.next();
                leftRemaining = l.getLength();
            }
            while (rightRemaining == 0 && right.hasNext()) {
                r = right.next();
                rightRemaining = r.getLength();
            }
            if (leftRemaining == 0 || rightRemaining == 0) {
                return true; // both ended: the lengths are equal
            }
            if (!l.getStyle().equals(r.getStyle())) {
                return false;
            }
            int step = Math.min(leftRemaining, rightRemaining);
            leftRemaining -= step;
            rightRemaining -= step;
        }
    }

    /** Highlights the caret's line and, next to a bracket, the bracket and its partner. */
    private void showCaretContext() {
        int paragraph = area.getCurrentParagraph();
        int lineStart = area.getAbsolutePosition(paragraph, 0);
        currentLine.selectRange(lineStart, lineStart + area.getParagraphLength(paragraph));
        int caret = area.getCaretPosition();
        int bracket = isBracket(caret - 1) ? caret - 1 : isBracket(caret) ? caret : -1;
        int partner = bracket < 0 ? -1 : matchingBracket(bracket);
        if (partner < 0) {
            openBracket.selectRange(0, 0);
            closeBracket.selectRange(0, 0);
        } else {
            openBracket.selectRange(bracket, bracket + 1);
            closeBracket.selectRange(partner, partner + 1);
        }
    }

    /** A bracket of the SQL itself: one inside a string or comment is not styled as punctuation. */
    private boolean isBracket(int offset) {
        if (offset < 0 || offset >= area.getLength()) {
            return false;
        }
        char c = area.getText(offset, offset + 1).charAt(0);
        return "()[]".indexOf(c) >= 0 && area.getStyleOfChar(offset).contains("punctuation");
    }

    private int matchingBracket(int offset) {
        char bracket = area.getText(offset, offset + 1).charAt(0);
        boolean forward = bracket == '(' || bracket == '[';
        char partner = switch (bracket) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            default -> '[';
        };
        int from = forward ? offset : Math.max(0, offset - BRACKET_SEARCH_WINDOW);
        int to = forward ? Math.min(area.getLength(), offset + BRACKET_SEARCH_WINDOW) : offset + 1;
        String window = area.getText(from, to);
        int depth = 0;
        int step = forward ? 1 : -1;
        for (int i = offset - from; i >= 0 && i < window.length(); i += step) {
            char c = window.charAt(i);
            if ((c == bracket || c == partner) && isBracket(from + i)) {
                depth += c == bracket ? 1 : -1;
                if (depth == 0) {
                    return from + i;
                }
            }
        }
        return -1;
    }

    private SelectionImpl<Collection<String>, String, Collection<String>> overlay(String name, String styleClass) {
        SelectionImpl<Collection<String>, String, Collection<String>> selection =
                new SelectionImpl<>(name, area, path -> path.getStyleClass().add(styleClass));
        area.addSelection(selection);
        return selection;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(6, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
