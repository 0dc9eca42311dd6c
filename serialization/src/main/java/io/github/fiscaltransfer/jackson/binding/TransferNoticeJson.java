package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link TransferNotice}: every attribute, the issuer by name and code, the date as ISO text
 * ({@code 2022-02-08}), lists always written, absent optionals left out. Recipients of the allocation tables are
 * resolved against the issuer; confirmed notices nest in the same shape.
 *
 * @param number the document number, or null
 * @param title the title
 * @param issuer the issuer's shape
 * @param issuingAuthority the issuing authority as signed
 * @param issueDate the date as ISO text, or null
 * @param urgency the urgency, or null for none
 * @param kind the kind
 * @param addressees the addressees (主送), or null for none
 * @param copiedTo the offices copied (抄送), or null for none
 * @param disclosure the disclosure (公开方式), or null
 * @param basis the basis documents, or null for none
 * @param allocations the allocations, or null for none
 * @param confirmed the confirmed notices, or null for none
 * @param attachments the attachment titles, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = ShapeRecordDeserializer.Notice.class)
@JsonPropertyOrder({"number", "title", "issuer", "issuingAuthority", "coIssuers", "issueDate", "urgency", "kind",
    "addressees", "copiedTo", "disclosure", "basis", "allocations", "obligations", "confirmed", "attachments"})
record TransferNoticeJson(DocumentNumber number, String title, UnitJson issuer, String issuingAuthority,
    List<String> coIssuers, String issueDate, Urgency urgency, NoticeKind kind, List<String> addressees,
    List<String> copiedTo, String disclosure, List<DocumentReferenceJson> basis,
    List<GrantAllocationJson> allocations, List<ObligationJson> obligations, List<TransferNoticeJson> confirmed,
    List<String> attachments) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  TransferNoticeJson {
    coIssuers = Shapes.view(coIssuers);
    obligations = Shapes.view(obligations);
    addressees = Shapes.view(addressees);
    copiedTo = Shapes.view(copiedTo);
    basis = Shapes.view(basis);
    allocations = Shapes.view(allocations);
    confirmed = Shapes.view(confirmed);
    attachments = Shapes.view(attachments);
  }

  /**
   * Returns the shape of a notice.
   *
   * @param notice the notice, not null
   * @return its JSON shape, not null
   */
  static TransferNoticeJson of(TransferNotice notice) {
    return new TransferNoticeJson(notice.number().orElse(null), notice.title(), UnitJson.of(notice.issuer()),
        notice.issuingAuthority(), notice.coIssuers().isEmpty() ? null : notice.coIssuers(), notice.issueDate().map(Object::toString).orElse(null), notice.urgency(),
        notice.kind(), notice.addressees(), notice.copiedTo(), notice.disclosure().orElse(null),
        Shapes.shapes(notice.basis(), DocumentReferenceJson::of),
        Shapes.shapes(notice.allocations(), GrantAllocationJson::of),
        notice.obligations().isEmpty() ? null : Shapes.shapes(notice.obligations(), ObligationJson::of),
        Shapes.shapes(notice.confirmed(), TransferNoticeJson::of), notice.attachments());
  }

  TransferNotice toNotice(UnitResolver units) {
    FiscalUnit unit = Shapes.at("issuer", () -> units.unit(Shapes.required(issuer, "issuer")));
    TransferNotice.Builder builder = TransferNotice.builder();
    builder.number(Optional.ofNullable(number)).issuer(unit).disclosure(Optional.ofNullable(disclosure))
        .issueDate(Optional.ofNullable(issueDate).map(date -> Shapes.at("issueDate", () -> Shapes.date(date))))
        .urgency(urgency == null ? Urgency.NONE : urgency)
        .coIssuers(Shapes.each("coIssuers", coIssuers))
        .obligations(Shapes.each("obligations", obligations, ObligationJson::toObligation))
        .addressees(Shapes.each("addressees", addressees)).copiedTo(Shapes.each("copiedTo", copiedTo))
        .basis(Shapes.each("basis", basis, DocumentReferenceJson::toReference))
        .allocations(Shapes.each("allocations", allocations, allocation -> allocation.toAllocation(units, unit)))
        .confirmed(Shapes.each("confirmed", confirmed, notice -> notice.toNotice(units)))
        .attachments(Shapes.each("attachments", attachments));
    Shapes.ifPresent(title, builder::title);
    Shapes.ifPresent(issuingAuthority, builder::issuingAuthority);
    Shapes.ifPresent(kind, builder::kind);
    return builder.build();
  }
}
