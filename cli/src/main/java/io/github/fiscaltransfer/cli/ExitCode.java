package io.github.fiscaltransfer.cli;

/**
 * The exit codes (退出码) of the {@code fiscal-transfer} command, for scripts that run it.
 *
 * <p>Warnings and information never change the exit code, unless {@code --strict} is given.
 */
public final class ExitCode {

  /** Every file was read and no rule found an error (无错误). */
  public static final int CLEAN = 0;
  /** Every file was read and a rule found an error, or a warning under {@code --strict} (发现错误). */
  public static final int FINDINGS = 1;
  /** A file could not be read as a document, or the command line was wrong (无法读取或用法错误). */
  public static final int UNREADABLE = 2;

  private ExitCode() {}
}
