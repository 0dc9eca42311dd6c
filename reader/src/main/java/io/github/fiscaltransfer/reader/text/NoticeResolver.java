package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/**
 * Resolves a parsed notice into a {@link TransferNotice}: the header, the cited documents, the kind (from the title,
 * else the operative verb; a confirmation when the notice attaches notices it cites) and the allocation.
 */
final class NoticeResolver {

  private final UnitRegistry units;

  NoticeResolver(UnitRegistry units) {
    this.units = units;
  }

  /**
   * Resolves a notice.
   *
   * @param parsed the parsed notice
   * @param confirmed the notices the text attaches that this one cites (empty unless it is a confirmation)
   * @param fallbackTitle the title to use when the text prints none, or null
   */
  ReadResult<TransferNotice> resolve(ParsedNotice parsed, List<TransferNotice> confirmed, String fallbackTitle) {
    try {
      return resolveOrThrow(parsed, confirmed, fallbackTitle);
    } catch (IllegalArgumentException | IllegalStateException e) {
      SourcePosition at = parsed.title != null ? parsed.title.position() : SourcePosition.inText(1, 1);
      parsed.report.add(ReadRule.VALUE, at, parsed.title == null ? "" : parsed.title.text(),
          "not-a-notice", Arguments.of("detail", String.valueOf(e.getMessage())));
      return ReadResult.unreadable(parsed.report.build());
    }
  }

  private ReadResult<TransferNotice> resolveOrThrow(ParsedNotice parsed, List<TransferNotice> confirmed,
      String fallbackTitle) {
    Resolution resolution = new Resolution(parsed.report);
    TransferNotice.Builder notice = TransferNotice.builder();
    TitleParser.authorities(parsed);
    boolean complete = header(resolution, parsed, notice, fallbackTitle);
    FiscalUnit issuer = resolution.required(parsed.authority, "issuingAuthority", this::issuer,
        "issuing-authority");
    NoticeKind kind = confirmed.isEmpty() ? kind(parsed) : NoticeKind.CONFIRMATION;
    if (kind == null) {
      resolution.report().absent("kind", Severity.ERROR, "kind", Arguments.none());
    }
    if (issuer == null || kind == null || !complete) {
      return ReadResult.unreadable(parsed.report.build());
    }
    notice.issuer(issuer).issuingAuthority(parsed.authority.text()).kind(kind).addAllConfirmed(confirmed);
    for (int i = 0; i < parsed.coIssuers.size(); i++) {
      String coIssuer = resolution.value(parsed.coIssuers.get(i), "coIssuers[" + i + "]", text -> text, "authority");
      notice.addCoIssuers(coIssuer);
    }
    if (kind != NoticeKind.CONFIRMATION) {
      GrantAllocation allocation = new GrantResolver(units, resolution, parsed).allocation(issuer);
      if (allocation == null) {
        return ReadResult.unreadable(parsed.report.build());
      }
      notice.addAllocations(allocation);
    }
    return ReadResult.of(notice.build(), parsed.report.build());
  }

  private boolean header(Resolution resolution, ParsedNotice parsed, TransferNotice.Builder notice,
      String fallbackTitle) {
    DocumentNumber number = resolution.optional(NumberText.canonical(parsed.number, parsed.report), "number",
        DocumentNumber::parse, "document-number-printed");
    if (number != null) {
      notice.number(number);
    }
    String title = resolution.value(parsed.title, "title", text -> text, "title");
    if (title == null && fallbackTitle != null) {
      resolution.report().absent("title", Severity.INFO, "title-supplied", Arguments.none());
      title = fallbackTitle;
    } else if (title == null) {
      resolution.report().absent("title", Severity.ERROR, "title", Arguments.none());
      return false;
    }
    notice.title(title);
    Urgency urgency = resolution.optional(parsed.urgency, "urgency", NoticeResolver::urgency,
        "urgency");
    notice.urgency(urgency == null ? Urgency.NONE : urgency);
    LocalDate date = resolution.optional(parsed.date, "issueDate", NoticeResolver::date, "issue-date");
    if (date != null) {
      notice.issueDate(date);
    }
    Obligations.resolve(resolution, parsed, date, number).forEach(notice::addObligations);
    String disclosure = resolution.optional(parsed.disclosure, "disclosure", text -> text, "disclosure");
    if (disclosure != null) {
      notice.disclosure(disclosure);
    }
    texts(resolution, parsed.addressee == null ? List.of() : List.of(parsed.addressee), "addressees",
        "addressee").forEach(notice::addAddressees);
    texts(resolution, parsed.copiedTo, "copiedTo", "copied-to").forEach(notice::addCopiedTo);
    Obligations.checkMetadataDate(parsed, date);
    texts(resolution, parsed.attachments, "attachments", "attachment-list").forEach(notice::addAttachments);
    basis(resolution, parsed).forEach(notice::addBasis);
    return true;
  }

  private static List<String> texts(Resolution resolution, List<LocatedText> texts, String path, String what) {
    if (texts.isEmpty()) {
      resolution.report().absent(path, Severity.INFO, "optional", Arguments.of("what", what));
    }
    for (int i = 0; i < texts.size(); i++) {
      resolution.value(texts.get(i), path + "[" + i + "]", text -> text, what);
    }
    return texts.stream().map(LocatedText::text).toList();
  }

  private static List<DocumentReference> basis(Resolution resolution, ParsedNotice parsed) {
    if (parsed.basis.isEmpty()) {
      resolution.report().absent("basis", Severity.INFO, "basis", Arguments.none());
    }
    return IntStream.range(0, parsed.basis.size()).mapToObj(i -> {
      ParsedNotice.Citation citation = parsed.basis.get(i);
      String title = resolution.value(citation.title(), "basis[" + i + "].title", text -> text, "title");
      DocumentNumber number = resolution.value(NumberText.canonical(citation.number(), parsed.report),
          "basis[" + i + "].number", DocumentNumber::parse, "document-number");
      DocumentReference reference = number == null ? DocumentReference.titled(title)
          : DocumentReference.of(title, number);
      return reference.withRole(citation.role());
    }).toList();
  }

  private FiscalUnit issuer(String authority) {
    if (authority.equals("财政部")) {
      return FiscalUnit.central();
    }
    String name = authority.replaceFirst("(财政厅|财政局)$", "");
    return units.byName(name).orElseThrow(() -> new IllegalArgumentException(
        "no unit named " + name + " in " + units));
  }

  private static NoticeKind kind(ParsedNotice parsed) {
    String title = parsed.title == null ? "" : parsed.title.text();
    String verb = parsed.verb == null ? "" : parsed.verb.text();
    for (NoticeKind kind : List.of(NoticeKind.ADVANCE, NoticeKind.PRE_ALLOCATION, NoticeKind.SETTLEMENT)) {
      if (title.contains(kind.label())) {
        return kind;
      }
    }
    if (verb.contains("预下达")) {
      return NoticeKind.PRE_ALLOCATION;
    }
    if (verb.contains("提前下达")) {
      return NoticeKind.ADVANCE;
    }
    return verb.contains("下达") || title.contains("下达") ? NoticeKind.FORMAL : null;
  }

  private static Urgency urgency(String text) {
    return text.equals(Urgency.EXTRA_URGENT.label()) ? Urgency.EXTRA_URGENT : Urgency.URGENT;
  }

  static LocalDate date(String text) {
    Matcher date = NoticeLines.date(text);
    if (!date.matches()) {
      throw new IllegalArgumentException("expected a date such as 2023年2月9日");
    }
    try {
      return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
          Integer.parseInt(date.group(3)));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
