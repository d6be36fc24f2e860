package dev.driftless.cli.completion;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A native zsh completion script ({@code #compdef}): one function per command, each handing
 * {@code _arguments} its options (with descriptions, value labels and what to complete for a
 * value) and, for a command with subcommands, dispatching on the one typed, as clap writes them.
 */
public final class ZshScript {
    private ZshScript() {
    }

    public static String of(CommandTree root) {
        String program = root.name();
        StringBuilder script = new StringBuilder("#compdef " + program + "\n"
                + "# zsh completion for " + program + "; save as _" + program + " in a folder of $fpath,\n"
                + "# or load with: source <(" + program + " completions zsh)\n\n");
        for (CommandTree command : root.all()) {
            function(script, command);
        }
        script.append("if [ \"$funcstack[1]\" = \"_").append(program).append("\" ]; then\n")
                .append("  _").append(program).append(" \"$@\"\n")
                .append("else\n")
                .append("  compdef _").append(program).append(' ').append(program).append('\n')
                .append("fi\n");
        return script.toString();
    }

    private static void function(StringBuilder script, CommandTree command) {
        String name = functionName(command);
        script.append(name).append("() {\n");
        if (command.subcommands().isEmpty()) {
            script.append("  _arguments -s -S");
            arguments(script, command);
            for (CommandTree.Value positional : command.positionals()) {
                script.append(" \\\n    ").append(quoted("*:" + escaped(positional.label()) + ":" + action(positional)));
            }
            script.append("\n}\n\n");
            return;
        }
        script.append("  local curcontext=\"$curcontext\" state line\n")
                .append("  _arguments -C -s -S");
        arguments(script, command);
        script.append(" \\\n    ").append(quoted("1: :->command"))
                .append(" \\\n    ").append(quoted("*:: :->argument")).append('\n')
                .append("  case $state in\n")
                .append("    command)\n")
                .append("      local -a commands\n")
                .append("      commands=(\n");
        for (CommandTree sub : command.subcommands()) {
            script.append("        ").append(quoted(sub.name().replace(":", "\\:") + ":" + sub.summary())).append('\n');
        }
        script.append("      )\n")
                .append("      _describe -t commands ").append(quoted(String.join(" ", command.path()) + " command"))
                .append(" commands ;;\n")
                .append("    argument)\n")
                .append("      case $line[1] in\n");
        for (CommandTree sub : command.subcommands()) {
            script.append("        ").append(sub.name()).append(") ").append(functionName(sub)).append(" ;;\n");
        }
        script.append("      esac ;;\n")
                .append("  esac\n")
                .append("}\n\n");
    }

    /** One _arguments spec per option: '(-D --database-url)'{-D+,--database-url=}'[URL of ...]:URL: '. */
    private static void arguments(StringBuilder script, CommandTree command) {
        for (CommandTree.Option option : command.options()) {
            List<String> names = option.names().stream()
                    .map(name -> option.takesValue() ? name + (name.startsWith("--") ? "=" : "+") : name)
                    .toList();
            String exclusions = option.names().size() > 1 ? quoted("(" + String.join(" ", option.names()) + ")") : "";
            String spelled = names.size() > 1 ? "{" + String.join(",", names) + "}" : names.get(0);
            String rest = "[" + escaped(option.description()) + "]";
            if (option.takesValue()) {
                rest += ":" + escaped(option.value().label()) + ":" + action(option.value());
            }
            script.append(" \\\n    ").append(exclusions).append(names.size() > 1 ? spelled : quoted(spelled))
                    .append(quoted(rest));
        }
    }

    /** What zsh offers for a value: the choices, files, folders, or nothing (a space: free text). */
    private static String action(CommandTree.Value value) {
        return switch (value.kind()) {
            case CHOICE -> "(" + value.choices().stream().map(ZshScript::escaped).collect(Collectors.joining(" ")) + ")";
            case FILE -> "_files";
            case FOLDER -> "_files -/";
            case TEXT -> " ";
        };
    }

    private static String functionName(CommandTree command) {
        return "_" + String.join("_", command.path()).replace('-', '_');
    }

    /** Backslashes before the characters _arguments gives a meaning to inside a spec. */
    private static String escaped(String text) {
        return text.replaceAll("([\\\\\\[\\]:()])", "\\\\$1");
    }

    /** Single quotes, any ' inside closed, escaped and reopened. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
