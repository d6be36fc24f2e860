package dev.driftless.cli;

import dev.driftless.cli.completion.CommandTree;
import dev.driftless.cli.completion.FishScript;
import dev.driftless.cli.completion.ZshScript;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * `completions SHELL`: a completion script for every verb and flag, as sqlx-cli's. Every script is
 * made from picocli's model of the command line, so a new verb or flag is completed without
 * touching this: bash by picocli itself (zsh can also source it), zsh and fish from {@link CommandTree}.
 */
@Command(name = "completions", mixinStandardHelpOptions = true,
        description = "Print a shell completion script for bash, zsh or fish.")
final class CompletionsCommand implements Callable<Integer> {
    private static final String PROGRAM = "driftless";

    /** The shells a script is made for. */
    enum Shell {
        BASH(root -> AutoComplete.bash(PROGRAM, root)),
        ZSH(root -> ZshScript.of(CommandTree.of(root))),
        FISH(root -> FishScript.of(CommandTree.of(root)));

        private final Function<CommandLine, String> script;

        Shell(Function<CommandLine, String> script) {
            this.script = script;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", converter = ShellName.class, completionCandidates = ShellNames.class,
            description = "bash, zsh or fish.")
    Shell shell;

    CompletionsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().printLines(shell.script.apply(spec.root().commandLine()));
        return 0;
    }

    /** sqlx-cli also offers powershell and elvish; those are refused by name, with the shells there are. */
    static final class ShellName implements ITypeConverter<Shell> {
        @Override
        public Shell convert(String value) {
            for (Shell shell : Shell.values()) {
                if (shell.label().equals(value)) {
                    return shell;
                }
            }
            throw new TypeConversionException("no completions for '" + value + "'; Driftless makes them for "
                    + String.join(", ", new ShellNames()));
        }
    }

    static final class ShellNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Shell.values()).map(Shell::label).iterator();
        }
    }
}
