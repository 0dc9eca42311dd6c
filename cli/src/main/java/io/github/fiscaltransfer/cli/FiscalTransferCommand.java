package io.github.fiscaltransfer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code fiscal-transfer} command: checks fiscal transfer documents (转移支付资金下达文件) and their fund flow.
 *
 * <p>Run {@code java -jar fiscal-transfer.jar --help}; each subcommand has its own {@code --help}.
 */
@Command(name = "fiscal-transfer", mixinStandardHelpOptions = true, version = "fiscal-transfer 0.1.0-SNAPSHOT",
    description = {"Checks Chinese fiscal transfer documents (转移支付资金下达文件): each document on its own, "
        + "the fund flow (资金链) they form, and an HTML report of both.",
        "Documents are JSON files (*.json) as the serialization module writes them."},
    subcommands = {ValidateCommand.class, FlowCommand.class, ReportCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  fiscal-transfer validate notice.json",
        "  fiscal-transfer flow examples/src/main/resources/seeds",
        "  fiscal-transfer report examples/src/main/resources/seeds -o report.html",
        "%nExit codes: " + ExitCode.CLEAN + " clean, " + ExitCode.FINDINGS + " errors found, "
            + ExitCode.UNREADABLE + " unreadable input or bad usage."})
public final class FiscalTransferCommand implements Runnable {

  /** The system property that picks Log4j's logger context factory. */
  private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";
  /** The system properties that pick commons-logging's factory and logger. */
  private static final String COMMONS_LOG_FACTORY = "org.apache.commons.logging.LogFactory";
  private static final String COMMONS_LOG = "org.apache.commons.logging.Log";

  @Spec
  private CommandSpec spec;

  /** Creates the top-level command; picocli fills its fields. */
  public FiscalTransferCommand() {}

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        CliText.of(Language.of(Locale.getDefault())).text("usage.missing-command"));
  }

  /**
   * Returns the command line, writing UTF-8 to standard output and standard error.
   *
   * @return a new command line, not null
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new FiscalTransferCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(FiscalTransferCommand::inputError);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return commandLine;
  }

  /**
   * Reference data or a set of documents that cannot be used together (a malformed CSV line, two different
   * notices with one 发文字号) is bad input: say so on standard error and exit with {@link ExitCode#UNREADABLE}.
   */
  private static int inputError(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
    if (e instanceof IllegalArgumentException || e instanceof IOException) {
      ParseResult command = parseResult.subcommand();
      Language language = command == null ? null : command.matchedOptionValue("--lang", null);
      commandLine.getErr().println(CliText.of(language != null ? language : Language.of(Locale.getDefault()))
          .text("error.line", e.getMessage()));
      return ExitCode.UNREADABLE;
    }
    throw e;
  }

  /**
   * Runs the command and exits with its {@link ExitCode}.
   *
   * @param args the command line arguments, not null
   */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API, which warns on stderr at the first workbook when no logging provider is
    // on the class path. The command is the application, so it picks Log4j's own simple logger (errors, to stderr)
    // unless the user chose one.
    if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
      System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    // Apache PDFBox logs through commons-logging (font warnings, damaged objects): what it could not read is already a
    // read.* finding or an unreadable file, so the command silences it unless the user chose a logger.
    if (System.getProperty(COMMONS_LOG) == null && System.getProperty(COMMONS_LOG_FACTORY) == null) {
      System.setProperty(COMMONS_LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty(COMMONS_LOG, "org.apache.commons.logging.impl.NoOpLog");
    }
    System.exit(commandLine().execute(args));
  }
}
