package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Resolves the grant a notice allocates, its stated total and its allocation table. */
final class GrantResolver {

  private static final String PATH = "allocations[0].";
  private static final Map<String, FundingSource> SOURCES = Map.of("中央", FundingSource.CENTRAL,
      "省级", FundingSource.PROVINCIAL, "省财政", FundingSource.PROVINCIAL, "市级", FundingSource.MUNICIPAL,
      "县级", FundingSource.COUNTY);

  private final UnitRegistry units;
  private final Resolution resolution;
  private final ParsedNotice parsed;

  GrantResolver(UnitRegistry units, Resolution resolution, ParsedNotice parsed) {
    this.units = units;
    this.resolution = resolution;
    this.parsed = parsed;
  }

  /** Returns the allocation, or null if the text lacks a part it cannot be built without (reported). */
  GrantAllocation allocation(FiscalUnit issuer) {
    Grant grant = grant();
    PrintedAmount stated = resolution.required(parsed.statedTotal, PATH + "statedTotal", PrintedAmount::parse,
        "stated total (共 … 万元)");
    if (grant == null || stated == null) {
      return null;
    }
    AllocationTable table = parsed.tables.isEmpty() ? null : table(parsed.tables.get(0), issuer);
    if (parsed.tables.isEmpty()) {
      missingTable();
    }
    parsed.tables.stream().skip(1).forEach(extra -> resolution.report().add(ReadRule.NOT_READ, extra.unit.position(),
        extra.unit.text(), "a second allocation table: this reader reads one table per notice"));
    return table == null ? GrantAllocation.of(grant, stated) : GrantAllocation.of(grant, stated, table);
  }

  private Grant grant() {
    String path = PATH + "grant.";
    LocatedText nameText = parsed.targetGrantName != null && !parsed.targetGrantName.text().isBlank()
        ? parsed.targetGrantName : parsed.bodyGrantName;
    String name = resolution.required(nameText, path + "name", text -> text, "grant name");
    Year year = resolution.required(parsed.fiscalYear, path + "fiscalYear", Year::parse, "fiscal year");
    FundingSource source = resolution.required(parsed.fundingSource, path + "fundingSource", SOURCES::get,
        "funding source (中央, 省级 …)");
    Subject expenditure = resolution.required(parsed.expenditureSubject, path + "expenditureSubject",
        Subject::parse, "expenditure subject (支出列入“…”)");
    if (name == null || year == null || source == null || expenditure == null) {
      return null;
    }
    Grant.Builder grant = Grant.builder();
    grant.name(name).fiscalYear(year).fundingSource(source).expenditureSubject(expenditure);
    ProjectCode code = resolution.optional(parsed.projectCode, path + "projectCode", ProjectCode::parse,
        "project code (项目代码)");
    Subject revenue = resolution.optional(parsed.revenueSubject, path + "revenueSubject", Subject::parse,
        "revenue subject (收入列入“…”)");
    if (code != null) {
      grant.projectCode(code);
    }
    if (revenue != null) {
      grant.revenueSubject(revenue);
    }
    List<FundLabel> labels = new ArrayList<>();
    for (int i = 0; i < parsed.labels.size(); i++) {
      FundLabel label = resolution.value(parsed.labels.get(i), path + "labels[" + i + "]", FundLabel::parse,
          "fund label (标识)");
      if (label != null && !labels.contains(label)) {
        labels.add(label);
      }
    }
    return grant.addAllLabels(labels).build();
  }

  private void missingTable() {
    boolean announced = parsed.attachments.stream()
        .anyMatch(a -> a.text().endsWith("表") && !a.text().contains("目标表"));
    if (announced) {
      LocatedText first = parsed.attachments.get(0);
      resolution.report().add(ReadRule.TABLE_MISSING, first.position(), first.text(),
          "the attachment list announces an allocation table the text does not hold");
    } else {
      resolution.report().absent(PATH + "table", Severity.INFO, "the text prints no allocation table");
    }
  }

  private AllocationTable table(ParsedTable parsedTable, FiscalUnit issuer) {
    String path = PATH + "table.";
    AmountUnit unit = resolution.value(parsedTable.unit, path + "unit", AmountUnit::ofLabel, "unit");
    LocatedText titleText = parsedTable.title != null ? parsedTable.title : listedTitle(parsedTable.attachment);
    String title = resolution.optional(titleText, path + "title", text -> text, "table title");
    PrintedAmount total = parsedTable.total == null ? null : figure(parsedTable.total.figure(),
        path + "declaredTotal", unit);
    if (parsedTable.total == null) {
      resolution.report().absent(path + "declaredTotal", Severity.ERROR, "the table prints no 合计 row");
    }
    if (unit == null || total == null) {
      return null;
    }
    AllocationTable.Builder table = AllocationTable.builder().unit(unit).declaredTotal(total);
    if (title != null) {
      table.title(title);
    }
    if (parsedTable.roundingNote != null) {
      table.precision(resolution.value(parsedTable.roundingNote, path + "precision", Precision::rounded,
          "rounding note"));
    }
    int index = 0;
    for (ParsedTable.Row row : parsedTable.rows) {
      String linePath = path + "lines[" + index + "].";
      PrintedAmount amount = figure(row.figure(), linePath + "amount", unit);
      if (amount != null) {
        resolution.value(row.name(), linePath + "recipient", text -> text, "recipient");
        AllocationLine line = AllocationLine.of(units.recipient(row.name().text(), issuer), amount);
        index++;
        table.addLines(row.note() == null ? line : line.withNote(resolution.value(row.note(), linePath + "note",
            text -> text, "note")));
      }
    }
    return table.build();
  }

  private LocatedText listedTitle(int attachment) {
    return attachment >= 1 && attachment <= parsed.attachments.size() ? parsed.attachments.get(attachment - 1) : null;
  }

  private PrintedAmount figure(LocatedText figure, String path, AmountUnit unit) {
    return unit == null ? null : resolution.value(figure, path, text -> PrintedAmount.parse(text, unit), "amount");
  }
}
