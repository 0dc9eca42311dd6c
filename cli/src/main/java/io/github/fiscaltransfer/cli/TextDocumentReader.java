package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.reader.pdf.PdfText;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.reader.text.FinalAccountsTextReader;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import io.github.fiscaltransfer.reader.text.TextKind;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads published documents: {@code *.txt} as a PDF-to-text tool gives them (UTF-8), and {@code *.pdf} directly
 * (laid out from the glyphs' positions; a finding's {@code line N} is a line of that layout). The kind is the one
 * {@code --kind} names, else the one {@link TextKind#decide} decides from the title and the tables found — a transfer
 * notice (资金下达通知), a self-evaluation (绩效自评报告), a department budget (部门预算) or a department's final
 * accounts (部门决算, read as far as its outline) — and the decision is reported as a {@code read.kind} information.
 * A notice's {@code --attachment} workbook is read with it. Whatever the reader did not understand comes back as
 * {@code read.*} findings; a file from which no document could be built at all is unreadable.
 */
final class TextDocumentReader implements DocumentReader {

  private final NoticeTextReader notices;
  private final SelfEvaluationTextReader evaluations;
  private final Optional<TextKind> kind;
  private final Path attachment;
  private final AllocationSheetReader sheets;

  TextDocumentReader(UnitRegistry units, Optional<TextKind> kind, Path attachment) {
    this.notices = NoticeTextReader.of(units);
    this.evaluations = SelfEvaluationTextReader.of(units);
    this.kind = kind;
    this.attachment = attachment;
    this.sheets = AllocationSheetReader.of(units);
  }

  @Override
  public boolean reads(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".pdf");
  }

  @Override
  public ReadDocument read(Path file) throws IOException {
    Sources sources = sources(file);
    String text = sources.text();
    TextKind.Decision decision = kind.map(given -> new TextKind.Decision(given, 1, "given", 0))
        .orElseGet(() -> TextKind.decide(text));
    return switch (decision.kind()) {
      case SELF_EVALUATION -> toDocument(file, evaluations.read(text), ReadDocument.Kind.SELF_EVALUATION, decision,
          (evaluation, reading) -> ReadDocument.of(NoticeDocument.of(evaluation), reading));
      case BUDGET -> toDocument(file, BudgetTextReader.create().read(text), ReadDocument.Kind.DEPARTMENT_BUDGET,
          decision, (budget, reading) -> withProse(budget, reading, text));
      case FINAL_ACCOUNTS -> toDocument(file, FinalAccountsTextReader.create().read(sources.layout()),
          ReadDocument.Kind.FINAL_ACCOUNTS, decision, (accounts, reading) -> withProse(accounts, reading, sources.layout()));
      case NOTICE -> toDocument(file, withAttachment(notices.read(text)), ReadDocument.Kind.NOTICE, decision,
          (notice, reading) -> ReadDocument.of(NoticeDocument.of(notice, List.of()), reading));
    };
  }

  /** A budget with the statements of its prose, whose reading findings join the tables'. */
  private static ReadDocument withProse(DepartmentBudget budget, Optional<ValidationReport> reading, String text) {
    ReadResult<Narrative> prose = NarrativeTextReader.create().read(text, budget);
    Optional<ValidationReport> all = reading.map(report -> report.plus(prose.report().findings()));
    return ReadDocument.of(budget, all, prose.document());
  }

  /** Final accounts with the statements of their 情况说明, whose reading findings join the tables'. */
  private static ReadDocument withProse(FinalAccounts accounts, Optional<ValidationReport> reading, String text) {
    ReadResult<Narrative> prose = NarrativeTextReader.create().read(text, accounts);
    Optional<ValidationReport> all = reading.map(report -> report.plus(prose.report().findings()));
    return ReadDocument.of(accounts, all, prose.document());
  }

  private ReadResult<TransferNotice> withAttachment(ReadResult<TransferNotice> read)
      throws UnreadableDocumentException {
    return attachment == null || read.document().isEmpty() ? read
        : NoticeAttachment.attach(read, attachment, sheets);
  }

  /**
   * A file's text in the two forms the readers take: cells split by tabs, and laid out by position (the 决算 reader
   * places figures by column); for a text file both are the file.
   */
  private record Sources(String text, String layout) {}

  private static Sources sources(Path file) throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new Sources(text, text);
    }
    ReadResult<PdfText> pdf = PdfTextReader.create().read(file);
    if (pdf.document().isEmpty()) {
      throw UnreadableDocumentException.nothingRead(file, "kind.PDF_TEXT", pdf.report());
    }
    return new Sources(pdf.document().get().text(), pdf.document().get().layout());
  }

  /** Makes a document of what a reader read, with its reading findings. */
  private interface Maker<D> {
    ReadDocument make(D document, Optional<ValidationReport> reading);
  }

  private static <D> ReadDocument toDocument(Path file, ReadResult<D> result, ReadDocument.Kind kind,
      TextKind.Decision decision, Maker<D> maker) throws UnreadableDocumentException {
    if (result.document().isEmpty()) {
      throw UnreadableDocumentException.nothingRead(file, "kind." + kind.name(), result.report());
    }
    ReadReport explained = ReadReport.builder().addAll("", result.report())
        .add(ReadRule.KIND, SourcePosition.inText(Math.max(decision.line(), 1), 1), "", decision.reason(),
            decision.arguments()).build();
    return maker.make(result.document().get(), Optional.of(explained.findings()));
  }
}
