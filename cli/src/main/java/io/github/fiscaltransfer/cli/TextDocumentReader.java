package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@code *.txt} documents as a PDF-to-text tool gives them (UTF-8): a self-evaluation (绩效自评报告) when one of
 * the first {@value #TITLE_LINES} non-blank lines says {@code 自评报告}, as such a report's title does; otherwise a
 * transfer notice (资金下达通知). A text whose title says {@code 部门预算} is a department budget, which no text reader
 * reads: unreadable, naming the JSON form. Whatever the text reader did not understand comes back as {@code read.*}
 * findings; a text from which no document could be built at all is unreadable.
 */
final class TextDocumentReader implements DocumentReader {

  /** How many non-blank lines from the top are the title that decides the kind. */
  static final int TITLE_LINES = 5;

  private final NoticeTextReader notices;
  private final SelfEvaluationTextReader evaluations;

  TextDocumentReader(UnitRegistry units) {
    this.notices = NoticeTextReader.of(units);
    this.evaluations = SelfEvaluationTextReader.of(units);
  }

  @Override
  public boolean reads(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public ReadDocument read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (titleSays(text, "部门预算")) {
      throw new UnreadableDocumentException(file, "", "a department budget (部门预算) as text: no reader reads its "
          + "tables from text yet; give its JSON form (department-budget schema)", null);
    }
    return titleSays(text, "自评报告")
        ? toDocument(file, evaluations.read(text), NoticeDocument::of, ReadDocument.Kind.SELF_EVALUATION)
        : toDocument(file, notices.read(text), notice -> NoticeDocument.of(notice, List.of()),
            ReadDocument.Kind.NOTICE);
  }

  private static boolean titleSays(String text, String words) {
    return text.lines().filter(line -> !line.isBlank()).limit(TITLE_LINES).anyMatch(line -> line.contains(words));
  }

  private static <D> ReadDocument toDocument(Path file, ReadResult<D> result, Function<D, NoticeDocument> document,
      ReadDocument.Kind kind) throws UnreadableDocumentException {
    if (result.document().isEmpty()) {
      throw UnreadableDocumentException.nothingRead(file, kind.toString(), result.report());
    }
    return ReadDocument.of(document.apply(result.document().get()), Optional.of(result.report().findings()));
  }
}
