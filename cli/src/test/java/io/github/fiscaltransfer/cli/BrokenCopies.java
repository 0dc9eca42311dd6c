package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Broken copies of the seed documents, written into a test's folder. */
final class BrokenCopies {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private BrokenCopies() {}

  /** Seed 000 with one text replaced, such as 广州市's {@code "357"} by {@code "358"}. */
  static Path guangdong(Path folder, String text, String replacement) throws IOException {
    return seed(folder, "000-guangdong-307.json", text, replacement);
  }

  /** A seed with the first occurrence of one text replaced, written as {@code NNN-broken.json}. */
  static Path seed(Path folder, String name, String text, String replacement) throws IOException {
    String json = Files.readString(CommandRun.seed(name), StandardCharsets.UTF_8);
    if (!json.contains(text)) {
      throw new IllegalArgumentException("seed " + name + " has no " + text);
    }
    Path copy = folder.resolve(name.substring(0, 3) + "-broken.json");
    Files.writeString(copy, json.replaceFirst(java.util.regex.Pattern.quote(text), replacement),
        StandardCharsets.UTF_8);
    return copy;
  }

  /**
   * 江财社〔2023〕3号 (confirmed by seed 002: 194万元 of 医疗服务与保障能力提升补助资金 for 2023) taken out of 16号
   * and made to cite 粤财社〔2021〕307号, whose line for 江门市 is 196万元 of the same grant for 2022.
   */
  static Path jiangmen3Citing307(Path folder) throws IOException {
    ObjectNode seed = (ObjectNode) MAPPER.readTree(CommandRun.seed("002-jiangmen-16.json").toFile());
    ObjectNode notice = (ObjectNode) seed.path("notice").path("confirmed").path(2);
    ((ObjectNode) notice.path("basis").path(0)).put("number", "粤财社〔2021〕307号");
    ObjectNode document = MAPPER.createObjectNode();
    document.set("notice", notice);
    Path copy = folder.resolve("jiangmen-3-citing-307.json");
    MAPPER.writeValue(copy.toFile(), document);
    return copy;
  }
}
