package io.github.fiscaltransfer.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The seed texts 000–004 as class-path resources under {@code /seeds/}, exactly as extracted from the PDFs. */
public final class SeedTexts {

  /** Seed 000: 粤财社〔2021〕307号. */
  public static final String GUANGDONG_307 = "/seeds/000-guangdong-307.txt";
  /** Seed 001: 梁河县财政局's notice. */
  public static final String LIANGHE = "/seeds/001-lianghe.txt";
  /** Seed 002: 江财社〔2023〕16号 with 1号, 2号 and 3号. */
  public static final String JIANGMEN_16 = "/seeds/002-jiangmen-16.txt";
  /** Seed 003: 江门市医疗保障局's 2022 self-evaluation. */
  public static final String SELF_EVALUATION = "/seeds/003-jiangmen-self-evaluation-2022.txt";
  /** Seed 004: 深圳市医疗保障局's 2022 department budget. */
  public static final String SHENZHEN_BUDGET = "/seeds/004-shenzhen-budget-2022.txt";

  /** The three notice texts, in seed order. */
  public static final List<String> NOTICES = List.of(GUANGDONG_307, LIANGHE, JIANGMEN_16);

  private SeedTexts() {}

  /**
   * Returns a seed text.
   *
   * @param resource one of the constants, not null
   * @return the text, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String text(String resource) {
    try (InputStream in = Objects.requireNonNull(SeedTexts.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
