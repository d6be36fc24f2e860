package dev.driftless.cli.completion;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The command line as shell completions need it, read from picocli's model rather than written
 * out per shell: every command's path, summary, options and positional parameters, with what
 * each value can be (listed choices, a file, a folder, or free text). Hidden options are left out.
 *
 * @param path        the names from the root, e.g. [driftless, migrate, run]
 * @param summary     the first sentence of the command's description
 * @param options     visible options, in declaration order
 * @param positionals positional parameters, in order
 * @param subcommands in declaration order, aliases left out
 */
public record CommandTree(List<String> path, String summary, List<Option> options, List<Value> positionals,
                          List<CommandTree> subcommands) {

    /** What a value (an option's or a positional's) can be. */
    public enum Kind { CHOICE, FILE, FOLDER, TEXT }

    /** A value: its label (URL, DIR, SHELL), its kind and, for a choice, the choices. */
    public record Value(String label, String description, Kind kind, List<String> choices) {
    }

    /**
     * An option; {@code value} is null for a flag.
     *
     * @param names short names first, as picocli orders them (-D, --database-url)
     */
    public record Option(List<String> names, String description, Value value) {
        public boolean takesValue() {
            return value != null;
        }
    }

    /** The tree under {@code root}, named as the command is typed. */
    public static CommandTree of(CommandLine root) {
        return of(root.getCommandSpec(), List.of(root.getCommandName()));
    }

    public String name() {
        return path.get(path.size() - 1);
    }

    /** This command and every command below it, parents before children. */
    public List<CommandTree> all() {
        List<CommandTree> all = new ArrayList<>();
        all.add(this);
        subcommands.forEach(sub -> all.addAll(sub.all()));
        return all;
    }

    private static CommandTree of(CommandSpec spec, List<String> path) {
        List<Option> options = spec.options().stream().filter(option -> !option.hidden())
                .map(CommandTree::option).toList();
        List<Value> positionals = spec.positionalParameters().stream().filter(param -> !param.hidden())
                .map(CommandTree::positional).toList();
        List<CommandTree> subcommands = new ArrayList<>();
        Set<CommandSpec> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, CommandLine> entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            // The map holds aliases too; each command once, under its own name.
            if (seen.add(sub)) {
                List<String> subPath = new ArrayList<>(path);
                subPath.add(sub.name());
                subcommands.add(of(sub, List.copyOf(subPath)));
            }
        }
        return new CommandTree(path, firstSentence(spec.usageMessage().description()), options, positionals,
                List.copyOf(subcommands));
    }

    private static Option option(OptionSpec option) {
        String description = firstSentence(option.description());
        Value value = option.arity().max() > 0
                ? value(option.paramLabel(), description, option.type(), option.completionCandidates()) : null;
        return new Option(List.of(option.names()), description, value);
    }

    private static Value positional(PositionalParamSpec param) {
        return value(param.paramLabel(), firstSentence(param.description()), param.type(), param.completionCandidates());
    }

    private static Value value(String label, String description, Class<?> type, Iterable<String> candidates) {
        if (candidates != null) {
            return new Value(label, description, Kind.CHOICE,
                    StreamSupport.stream(candidates.spliterator(), false).toList());
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Value(label, description, Kind.CHOICE, List.of("true", "false"));
        }
        if (type == Path.class) {
            return new Value(label, description, label.equals("DIR") ? Kind.FOLDER : Kind.FILE, List.of());
        }
        return new Value(label, description, Kind.TEXT, List.of());
    }

    /** The first sentence: what a completion menu has room for. */
    private static String firstSentence(String[] description) {
        String text = description.length == 0 ? "" : description[0].strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
