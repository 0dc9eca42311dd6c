package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.StatedPart;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves the grant a notice allocates, its stated total and its allocation table. */
final class GrantResolver {

  private static final String PATH = "allocations[0].";

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
    Grant grant = new GrantFields(resolution, parsed).grant();
    if (parsed.blankTotal != null) {
      resolution.report().add(ReadRule.BLANK, parsed.blankTotal.position(), parsed.blankTotal.text(),
          "total", Arguments.none());
    } else if (parsed.statedTotal == null) {
      resolution.report().absent(PATH + "statedTotal", Severity.INFO, "optional", Arguments.of("what", "stated-total"));
    }
    PrintedAmount stated = resolution.value(parsed.statedTotal, PATH + "statedTotal", PrintedAmount::parse,
        "stated-total");
    if (grant == null) {
      return null;
    }
    GrantAllocation.Builder allocation = GrantAllocation.builder().grant(grant).statedTotal(Optional.ofNullable(stated));
    allocation.parts(parts());
    AllocationTable table = parsed.tables.isEmpty() ? oneLine(stated, issuer) : table(parsed.tables.get(0), issuer);
    if (table == null && parsed.tables.isEmpty()) {
      allocation.tableAttachments(missingTable());
    }
    parsed.tables.stream().skip(1).forEach(extra -> resolution.report().add(ReadRule.NOT_READ, extra.unit.position(),
        extra.unit.text(), "second-table", Arguments.none()));
    if (table != null) {
      allocation.table(table);
    }
    return allocation.build();
  }

  private List<StatedPart> parts() {
    List<StatedPart> parts = new ArrayList<>();
    for (int i = 0; i < parsed.parts.size(); i++) {
      ParsedNotice.Part part = parsed.parts.get(i);
      PrintedAmount amount = resolution.value(part.amount(), PATH + "parts[" + i + "].amount",
          text -> PrintedAmount.parse(text.endsWith("万") || text.endsWith("亿") ? text + "元" : text), "amount");
      if (amount != null) {
        parts.add(StatedPart.of(resolution.value(part.name(), PATH + "parts[" + i + "].name", text -> text, "part"),
            amount));
      }
    }
    return parts;
  }

  /**
   * The one line of a notice that gives its amount to its one addressee (现下达你市…8000万元 to 长沙市财政局): the
   * addressee's unit (or department) receives the stated total; null unless the text reads so.
   */
  private AllocationTable oneLine(PrintedAmount stated, FiscalUnit issuer) {
    LocatedText addressee = parsed.addressee;
    if (stated == null || parsed.toAddressee == null || addressee == null
        || addressee.text().startsWith("各") || addressee.text().matches(".*[、，,].*")) {
      return null;
    }
    String name = addressee.text().replaceFirst("(财政厅|财政局)$", "");
    resolution.value(addressee, PATH + "table.lines[0].recipient", text -> text, "recipient");
    return AllocationTable.builder().unit(stated.unit()).declaredTotal(stated)
        .addLines(AllocationLine.of(units.recipient(name, issuer), stated)).build();
  }

  private List<String> missingTable() {
    List<LocatedText> announced = parsed.attachments.stream().filter(GrantResolver::allocationTable).toList();
    if (announced.isEmpty()) {
      resolution.report().absent(PATH + "table", Severity.INFO, "optional", Arguments.of("what", "allocation-table"));
      return List.of();
    }
    LocatedText first = announced.get(0);
    resolution.report().add(ReadRule.TABLE_MISSING, first.position(), first.text(),
        "announced", Arguments.none());
    return announced.stream().map(LocatedText::text).toList();
  }

  /** An attachment whose title says it is a table, not a performance target table. */
  private static boolean allocationTable(LocatedText attachment) {
    String title = attachment.text().replaceFirst("\\.[A-Za-z]{2,4}$", "");
    return title.endsWith("表") && !title.contains("目标表");
  }

  private AllocationTable table(ParsedTable parsedTable, FiscalUnit issuer) {
    String path = PATH + "table.";
    AmountUnit unit = resolution.value(parsedTable.unit, path + "unit", AmountUnit::ofLabel, "unit");
    LocatedText titleText = parsedTable.title != null ? parsedTable.title : listedTitle(parsedTable.attachment);
    String title = resolution.optional(titleText, path + "title", text -> text, "table-title");
    PrintedAmount total = parsedTable.total == null ? null : figure(parsedTable.total.figure(),
        path + "declaredTotal", unit);
    if (parsedTable.total == null) {
      resolution.report().absent(path + "declaredTotal", Severity.ERROR, "table-total", Arguments.none());
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
          "rounding-note"));
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
