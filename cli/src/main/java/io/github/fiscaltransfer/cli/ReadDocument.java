package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.StandardTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import io.github.fiscaltransfer.statement.StatementVerdict;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file read into a document of whichever kind: a notice or self-evaluation (part of a fund flow), an allocation
 * table read from a workbook, a department budget, or a department's final accounts; with what reading it found
 * ({@code read.*}, empty for JSON) kept apart from what validating the document finds.
 */
final class ReadDocument {

  /** The kinds of document the command reads, each named by {@code kind.}NAME in the command's words. */
  enum Kind {
    NOTICE,
    SELF_EVALUATION,
    ALLOCATION_TABLE,
    DEPARTMENT_BUDGET,
    FINAL_ACCOUNTS;

    /** The kind in a language, such as {@code notice (资金下达通知)} or {@code 资金下达通知}. */
    String label(CliText text) {
      return text.text("kind." + name());
    }

    /** The kind in English with its Chinese term, such as {@code notice (资金下达通知)}. */
    @Override
    public String toString() {
      return label(CliText.of(Language.EN));
    }
  }

  private final Kind kind;
  private final String key;
  private final Optional<NoticeDocument> flowDocument;
  private final Optional<AllocationTable> table;
  private final Optional<Disclosure> disclosure;
  private final Optional<ValidationReport> reading;
  private final Function<ValidationPolicy, ValidationReport> validation;
  private final Function<Precision, ReadDocument> declared;
  private final Function<ValidationPolicy, List<StatementVerdict>> statements;

  private ReadDocument(Kind kind, String key, Optional<NoticeDocument> flowDocument, Optional<AllocationTable> table,
      Optional<Disclosure> disclosure, Optional<ValidationReport> reading,
      Function<ValidationPolicy, ValidationReport> validation, Function<Precision, ReadDocument> declared) {
    this(kind, key, flowDocument, table, disclosure, reading, validation, declared, policy -> List.of());
  }

  private ReadDocument(Kind kind, String key, Optional<NoticeDocument> flowDocument, Optional<AllocationTable> table,
      Optional<Disclosure> disclosure, Optional<ValidationReport> reading,
      Function<ValidationPolicy, ValidationReport> validation, Function<Precision, ReadDocument> declared,
      Function<ValidationPolicy, List<StatementVerdict>> statements) {
    this.kind = kind;
    this.key = key;
    this.flowDocument = flowDocument;
    this.table = table;
    this.disclosure = disclosure;
    this.reading = reading.map(report -> report.in(key));
    this.validation = validation;
    this.declared = declared;
    this.statements = statements;
  }

  /** A notice or self-evaluation, and the findings of reading it from a published source (empty for JSON). */
  static ReadDocument of(NoticeDocument document, Optional<ValidationReport> reading) {
    String key = document.notice().map(TransferNotice::reference)
        .orElseGet(() -> document.selfEvaluation().orElseThrow().reference());
    Kind kind = document.notice().isPresent() ? Kind.NOTICE : Kind.SELF_EVALUATION;
    // The reader's pointers are into the notice or self-evaluation; the document's JSON holds it under a member.
    JsonPointer root = JsonPointer.root().child(kind == Kind.NOTICE ? "notice" : "selfEvaluation");
    return new ReadDocument(kind, key, Optional.of(document), Optional.empty(), Optional.empty(),
        reading.map(report -> report.under(root)), document::validate,
        precision -> of(RoundingDeclaration.apply(document, precision), reading));
  }

  /** An allocation table issued by a unit, known by the file it was read from. */
  static ReadDocument of(AllocationTable table, FiscalUnit issuer, String key, ValidationReport reading) {
    return new ReadDocument(Kind.ALLOCATION_TABLE, key, Optional.empty(), Optional.of(table), Optional.empty(),
        Optional.of(reading), policy -> NoticeValidator.of(policy).validate(table, issuer).in(key),
        precision -> of(RoundingDeclaration.apply(table, precision), issuer, key, reading));
  }

  /** A department budget, and the findings of reading it from a published source (empty for JSON). */
  static ReadDocument of(DepartmentBudget budget, Optional<ValidationReport> reading) {
    return of(budget, reading, Optional.empty());
  }

  /**
   * A department budget read from a published source with the statements of its prose (文字部分), whose findings
   * ({@code statement.*}) it validates beside the tables'.
   */
  static ReadDocument of(DepartmentBudget budget, Optional<ValidationReport> reading, Optional<Narrative> prose) {
    Function<ValidationPolicy, List<StatementVerdict>> statements = policy -> prose
        .map(narrative -> NarrativeValidator.of(policy).verdicts(budget, narrative)).orElse(List.of());
    return new ReadDocument(Kind.DEPARTMENT_BUDGET, budget.reference(), Optional.empty(), Optional.empty(),
        Optional.of(new Disclosure(budget, List.of(TableId.values()))), reading,
        policy -> BudgetValidator.of(policy).validate(budget).plus(findings(statements.apply(policy))),
        precision -> of(budget, reading, prose), statements);
  }

  private static ValidationReport findings(List<StatementVerdict> verdicts) {
    return ValidationReport.of(verdicts.stream().flatMap(verdict -> verdict.findings().stream()).toList());
  }

  /** A department's final accounts, and the findings of reading it from a published source (empty for JSON). */
  static ReadDocument of(FinalAccounts accounts, Optional<ValidationReport> reading) {
    return of(accounts, reading, Optional.empty());
  }

  /**
   * A department's final accounts read from a published source with the statements of its 情况说明, whose findings
   * ({@code statement.*}) it validates beside the tables'.
   */
  static ReadDocument of(FinalAccounts accounts, Optional<ValidationReport> reading, Optional<Narrative> prose) {
    Function<ValidationPolicy, List<StatementVerdict>> statements = policy -> prose
        .map(narrative -> NarrativeValidator.of(policy).verdicts(accounts, narrative)).orElse(List.of());
    return new ReadDocument(Kind.FINAL_ACCOUNTS, accounts.reference(), Optional.empty(), Optional.empty(),
        Optional.of(new Disclosure(accounts, List.of(FinalTableId.values()))), reading,
        policy -> FinalAccountsValidator.of(policy).validate(accounts).plus(findings(statements.apply(policy))),
        precision -> of(accounts, reading, prose), statements);
  }

  /** What kind of document it is. */
  Kind kind() {
    return kind;
  }

  /** Its reference: 发文字号, the 绩效自评's or budget's stable key, or the workbook's file and sheet. */
  String key() {
    return key;
  }

  /** The notice or self-evaluation, empty for documents that are not part of a fund flow. */
  Optional<NoticeDocument> flowDocument() {
    return flowDocument;
  }

  /** The allocation table read from a workbook on its own, empty for every other kind of document. */
  Optional<AllocationTable> table() {
    return table;
  }

  /**
   * A disclosure of standard tables: a department budget or final accounts, and its tables in published order.
   *
   * @param document the {@link DepartmentBudget} or {@link FinalAccounts}, not null
   * @param order its standard tables, in the order it publishes them, not null
   */
  record Disclosure(Object document, List<? extends StandardTable> order) {}

  /** The department budget or final accounts, empty for every other kind of document. */
  Optional<Disclosure> disclosure() {
    return disclosure;
  }

  /**
   * The findings of reading a published source ({@code read.*}: what it did not hold or was not understood) as a
   * policy has them (its rules turned off dropped, its severities set); empty for JSON documents, which are read
   * whole or not at all.
   */
  Optional<ValidationReport> reading(ValidationPolicy policy) {
    return reading.map(policy::adjust);
  }

  /**
   * This document with every allocation table it holds declared rounded by the caller ({@code --rounded}); a table
   * that declares itself rounded by a printed note keeps its note, and a budget is unchanged (its figures are the
   * rounded presentation regime already).
   */
  ReadDocument declaredRounded(Precision precision) {
    return declared.apply(precision);
  }

  /**
   * The statements of the document's prose with the cell each restates and its findings under a policy; empty for a
   * document read without its prose (JSON, notices, tables).
   */
  List<StatementVerdict> statements(ValidationPolicy policy) {
    return statements.apply(policy);
  }

  /** The findings of validating the document read, under a policy (its statements' included). */
  ValidationReport validate(ValidationPolicy policy) {
    return validation.apply(policy);
  }

  /** The kind and the reference in a language, such as {@code 资金下达通知 粤财社〔2021〕307号}. */
  String describe(CliText text) {
    return kind.label(text) + " " + key;
  }

  /** The kind and the reference, such as {@code notice (资金下达通知) 粤财社〔2021〕307号}. */
  @Override
  public String toString() {
    return describe(CliText.of(Language.EN));
  }
}
