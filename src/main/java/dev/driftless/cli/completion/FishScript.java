package dev.driftless.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fish completion script: one {@code complete} line per subcommand and option, each guarded by
 * the subcommands already typed, as clap (sqlx-cli's parser) writes them for fish.
 */
public final class FishScript {
    private FishScript() {
    }

    public static String of(CommandTree root) {
        String program = root.name();
        StringBuilder script = new StringBuilder("# fish completion for " + program
                + "; load with: " + program + " completions fish | source\n");
        for (CommandTree command : root.all()) {
            String when = condition(command);
            // No file names where the command takes none; options that take a file say so themselves.
            if (command.positionals().stream().noneMatch(positional -> positional.kind() == CommandTree.Kind.FILE)) {
                script.append("complete -c ").append(program).append(" -n ").append(quoted(when)).append(" -f\n");
            }
            for (CommandTree sub : command.subcommands()) {
                script.append("complete -c ").append(program).append(" -n ").append(quoted(when))
                        .append(" -f -a ").append(quoted(sub.name())).append(" -d ").append(quoted(sub.summary()))
                        .append('\n');
            }
            for (CommandTree.Option option : command.options()) {
                script.append("complete -c ").append(program).append(" -n ").append(quoted(when));
                for (String name : option.names()) {
                    script.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
                }
                script.append(" -d ").append(quoted(option.description())).append(value(option.value())).append('\n');
            }
            for (CommandTree.Value positional : command.positionals()) {
                if (positional.kind() == CommandTree.Kind.CHOICE) {
                    script.append("complete -c ").append(program).append(" -n ").append(quoted(when))
                            .append(" -f -a ").append(quoted(String.join(" ", positional.choices())))
                            .append(" -d ").append(quoted(positional.description())).append('\n');
                }
            }
        }
        return script.toString();
    }

    /**
     * True while the command line is at this command: its subcommands seen, and none of its own
     * subcommands yet. The root is where no subcommand has been typed.
     */
    private static String condition(CommandTree command) {
        if (command.path().size() == 1) {
            return "__fish_use_subcommand";
        }
        List<String> tests = new ArrayList<>();
        for (String name : command.path().subList(1, command.path().size())) {
            tests.add("__fish_seen_subcommand_from " + name);
        }
        if (!command.subcommands().isEmpty()) {
            tests.add("not __fish_seen_subcommand_from " + command.subcommands().stream()
                    .map(CommandTree::name).collect(Collectors.joining(" ")));
        }
        return String.join("; and ", tests);
    }

    /** fish flags for an option's value: -r (needs one) with choices, file names, or nothing offered. */
    private static String value(CommandTree.Value value) {
        if (value == null) {
            return "";
        }
        return switch (value.kind()) {
            case CHOICE -> " -x -a " + quoted(String.join(" ", value.choices()));
            case FILE -> " -r -F";
            case FOLDER -> " -x -a '(__fish_complete_directories)'";
            case TEXT -> " -x";
        };
    }

    /** Single quotes, in which fish reads only \\ and \\' as escapes. */
    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
