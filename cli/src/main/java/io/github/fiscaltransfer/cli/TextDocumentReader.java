package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
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
 * Reads {@code *.txt} documents as a PDF-to-text tool gives them (UTF-8), of the kind {@link TextKind} decides (or
 * the user's {@code --kind}), the decision reported as a {@code read.kind} information. A department budget, which no
 * text reader reads, is unreadable, naming the JSON form. Whatever the text reader did not understand comes back as
 * {@code read.*} findings; a text from which no document could be built at all is unreadable.
 */
final class TextDocumentReader implements DocumentReader {

  private final NoticeTextReader notices;
  private final SelfEvaluationTextReader evaluations;
  private final TextKind kind;
  private final Path attachment;
  private final AllocationSheetReader sheets;

  TextDocumentReader(UnitRegistry units, TextKind kind, Path attachment) {
    this.notices = NoticeTextReader.of(units);
    this.evaluations = SelfEvaluationTextReader.of(units);
    this.kind = kind;
    this.attachment = attachment;
    this.sheets = AllocationSheetReader.of(units);
  }

  @Override
  public boolean reads(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public ReadDocument read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    TextKind.Decision decision = TextKind.of(text, kind);
    return switch (decision.kind()) {
      case DEPARTMENT_BUDGET -> throw new UnreadableDocumentException(file, "", "a department budget (部门预算) as "
          + "text (" + decision.why() + "): no reader reads its tables from text yet; give its JSON form "
          + "(department-budget schema), or --kind NOTICE if it is a notice", null);
      case SELF_EVALUATION -> toDocument(file, evaluations.read(text), NoticeDocument::of,
          ReadDocument.Kind.SELF_EVALUATION, decision);
      case NOTICE -> toDocument(file, withAttachment(notices.read(text)),
          notice -> NoticeDocument.of(notice, List.of()), ReadDocument.Kind.NOTICE, decision);
    };
  }

  private ReadResult<TransferNotice> withAttachment(ReadResult<TransferNotice> read)
      throws UnreadableDocumentException {
    return attachment == null || read.document().isEmpty() ? read
        : NoticeAttachment.attach(read, attachment, sheets);
  }

  private static <D> ReadDocument toDocument(Path file, ReadResult<D> result, Function<D, NoticeDocument> document,
      ReadDocument.Kind kind, TextKind.Decision decision) throws UnreadableDocumentException {
    if (result.document().isEmpty()) {
      throw UnreadableDocumentException.nothingRead(file, kind.toString(), result.report());
    }
    return ReadDocument.of(document.apply(result.document().get()),
        Optional.of(decision.explain(result.report()).findings()));
  }
}
