package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium on the PATH, run as a user would open a file: no driver library, just the browser's own
 * {@code --dump-dom} and {@code --screenshot}.
 *
 * @param executable the browser
 */
record Chromium(Path executable) {

  /** Set to 1 (as {@code .ci/run} does) to fail rather than skip when no browser is on the PATH. */
  static final String REQUIRE = "FISCAL_TRANSFER_REQUIRE_BROWSER";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 180;

  /** The browser on the PATH; the calling test is skipped (or fails under {@value #REQUIRE}=1) without one. */
  static Chromium onPath() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    String message = "No chromium on the PATH, so the browser test of the HTML report is skipped: "
        + "apt-get install -y chromium fonts-wqy-zenhei";
    if (found.isEmpty() && "1".equals(System.getenv(REQUIRE))) {
      fail(message + " (" + REQUIRE + "=1 requires it)");
    }
    Assumptions.assumeTrue(found.isPresent(), message);
    return new Chromium(found.get());
  }

  /**
   * Opens a page, lets its scripts run for a few seconds of virtual time and returns what the browser did.
   *
   * @param page the page, such as {@code file:///…/report.html#severity=error}
   * @param output {@code --dump-dom} or {@code --screenshot=FILE}
   * @param work a folder for the browser's output, profile and log
   * @return the DOM (or nothing, for a screenshot) and the browser's log
   */
  Page open(String page, String output, Path work) throws IOException, InterruptedException {
    Path dom = Files.createTempFile(work, "dom", ".html");
    Path log = Files.createTempFile(work, "chromium", ".log");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=" + work.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--window-size=1400,2400", "--virtual-time-budget=5000", output, page));
    Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    assertTrue(done, "chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    return new Page(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * What the browser gave back.
   *
   * @param dom the DOM after the scripts ran, for {@code --dump-dom}
   * @param log the browser's log, where every console message appears as a {@code :CONSOLE} line
   */
  record Page(String dom, String log) {

    /** The console messages the page wrote. */
    List<String> console() {
      return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }
  }
}
