package io.github.fiscaltransfer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the command with its output captured, as the tests of every command use it.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandRun(int exitCode, String out, String err) {

  /** The seed documents as JSON, in the examples module. */
  static final Path SEEDS = Path.of("..", "examples", "src", "main", "resources", "seeds");

  static Path seed(String name) {
    return SEEDS.resolve(name);
  }

  static CommandRun of(Object... args) {
    CommandLine commandLine = FiscalTransferCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int exitCode = commandLine.execute(strings);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
