/**
 * The {@code fiscal-transfer} command line (命令行工具): validate documents, link them into a fund flow (资金链)
 * and write a self-contained HTML report of both.
 *
 * <p>{@link io.github.fiscaltransfer.cli.FiscalTransferCommand} is the entry point; its exit codes are the
 * constants of {@link io.github.fiscaltransfer.cli.ExitCode}.
 */
package io.github.fiscaltransfer.cli;
