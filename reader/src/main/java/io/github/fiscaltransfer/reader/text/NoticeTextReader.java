package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a transfer notice (资金下达通知) from text as a PDF-to-text tool gives it: urgency, 发文字号, title,
 * addressee, cited documents, the operative sentence (year, source, grant, 共 … 万元), project code, subjects, fund
 * labels, attachment list, signature, date, 公开方式, 抄送 and the allocation table (附件1). A confirmation that
 * attaches the notices it confirms (江财社〔2023〕16号 with 1号–3号) reads with them.
 *
 * <p>Never throws on any text: whatever is not understood is a {@code read.*} finding with its line and text.
 * Performance target tables are recognised, reported as {@code read.not-read}, and only their grant name
 * (项目名称) is taken: it names the grant in preference to the operative sentence's wording.
 *
 * <p>Immutable and thread-safe.
 */
public final class NoticeTextReader {

  private final UnitRegistry units;

  private NoticeTextReader(UnitRegistry units) {
    this.units = units;
  }

  /**
   * Returns a reader that resolves issuers and recipients with the built-in registry.
   *
   * @return the reader, not null
   */
  public static NoticeTextReader builtIn() {
    return new NoticeTextReader(UnitRegistry.builtIn());
  }

  /**
   * Returns a reader that resolves issuers and recipients with a registry.
   *
   * @param units the registry, not null
   * @return the reader, not null
   */
  public static NoticeTextReader of(UnitRegistry units) {
    return new NoticeTextReader(Objects.requireNonNull(units, "units"));
  }

  /**
   * Reads a notice.
   *
   * @param text the extracted text, not null
   * @return the notice (when the text holds one) and the read report, not null
   */
  public ReadResult<TransferNotice> read(CharSequence text) {
    return read(text, null);
  }

  /**
   * Reads a notice whose text may have lost its title (as seed 000's extraction did), using a title supplied from
   * elsewhere only if the text prints none; the report then names the title as absent.
   *
   * @param text the extracted text, not null
   * @param titleIfAbsent the title to use if the text prints none, or null
   * @return the notice (when the text holds one) and the read report, not null
   */
  public ReadResult<TransferNotice> read(CharSequence text, String titleIfAbsent) {
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    NoticeParser parser = new NoticeParser(lines);
    List<Integer> bounds = parser.boundaries();
    List<ParsedNotice> parsed = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      parsed.add(parser.parse(bounds.get(i), bounds.get(i + 1)));
    }
    NoticeResolver resolver = new NoticeResolver(units);
    List<ReadResult<TransferNotice>> attached = parsed.subList(1, parsed.size()).stream()
        .map(notice -> resolver.resolve(notice, List.of(), null)).toList();
    ParsedNotice first = parsed.get(0);
    List<TransferNotice> cited = attached.stream().flatMap(r -> r.document().stream())
        .filter(n -> n.number().isPresent() && first.basis.stream()
            .anyMatch(c -> c.number() != null && sameNumber(c.number().text(), n.number().get().toString())))
        .toList();
    ReadResult<TransferNotice> main = resolver.resolve(first, cited, titleIfAbsent);
    return combine(main, attached, cited);
  }

  private static boolean sameNumber(String cited, String number) {
    return cited.replace(" ", "").equals(number);
  }

  private static ReadResult<TransferNotice> combine(ReadResult<TransferNotice> main,
      List<ReadResult<TransferNotice>> attached, List<TransferNotice> cited) {
    ReadReport.Builder report = ReadReport.builder().addAll("", main.report());
    for (int i = 0; i < attached.size(); i++) {
      ReadResult<TransferNotice> result = attached.get(i);
      int index = result.document().map(cited::indexOf).orElse(-1);
      report.addAll(index >= 0 ? "confirmed[" + index + "]." : "attached[" + i + "].", result.report());
      if (index < 0) {
        result.report().positions().values().stream().findFirst().ifPresent(at -> report.add(ReadRule.NOT_READ, at,
            result.document().map(TransferNotice::reference).orElse("a notice"), "further-notice", Arguments.none()));
      }
    }
    return main.document().map(n -> ReadResult.of(n, report.build()))
        .orElseGet(() -> ReadResult.unreadable(report.build()));
  }
}
