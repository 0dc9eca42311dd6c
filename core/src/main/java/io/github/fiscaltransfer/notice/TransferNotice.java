package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transfer notice (资金下达通知): the document a finance bureau issues to allocate grants to the level below.
 *
 * <p>It keeps every field a reviewer relies on: number, issuer, date, urgency, addressees (主送), copied-to (抄送),
 * disclosure (公开方式), kind, basis documents, the grants it allocates with their tables, the notices it confirms
 * (for a {@link NoticeKind#CONFIRMATION}) and its attachments (附件). Immutable and thread-safe; build with
 * {@link #builder()} and check with {@link NoticeValidator}.
 */
// lazyhash: a fund flow keys its links by notice, and the generated hash walks every table line.
@Value.Immutable(lazyhash = true)
public abstract class TransferNotice {

  TransferNotice() {}

  /**
   * Returns the document number (发文字号), where printed (a county notice may have none).
   *
   * @return the number, not null
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the document number, or the title where there is none: how findings and summaries name the notice.
   *
   * @return the name, not null
   */
  public String reference() {
    return number().map(DocumentNumber::toString).orElse(title());
  }

  /**
   * Returns the year the notice was issued in: its number's year, else its date's.
   *
   * @return the year, not null
   */
  public Optional<Integer> documentYear() {
    return number().map(DocumentNumber::year).or(() -> issueDate().map(LocalDate::getYear));
  }

  /**
   * Returns the title as printed.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns the fiscal unit whose bureau issued the notice, such as 广东省.
   *
   * @return the issuer, not null
   */
  public abstract FiscalUnit issuer();

  /**
   * Returns the issuing authority as signed, such as {@code 广东省财政厅}.
   *
   * @return the authority, not null
   */
  public abstract String issuingAuthority();

  /**
   * Returns the date printed on the notice (成文日期 or 印发日期), where printed.
   *
   * @return the date, not null
   */
  public abstract Optional<LocalDate> issueDate();

  /**
   * Returns the urgency mark.
   *
   * @return the urgency, {@link Urgency#NONE} unless set, not null
   */
  @Value.Default
  public Urgency urgency() {
    return Urgency.NONE;
  }

  /**
   * Returns the kind of allocation.
   *
   * @return the kind, not null
   */
  public abstract NoticeKind kind();

  /**
   * Returns the addressees (主送) as printed.
   *
   * @return the addressees, not null
   */
  public abstract List<String> addressees();

  /**
   * Returns the offices copied (抄送) as printed.
   *
   * @return the copied-to list, not null
   */
  public abstract List<String> copiedTo();

  /**
   * Returns the disclosure (公开方式) as printed, such as {@code 主动公开}.
   *
   * @return the disclosure, not null
   */
  public abstract Optional<String> disclosure();

  /**
   * Returns the documents the notice cites as its basis (上级文件), in printed order.
   *
   * @return the basis documents, not null
   */
  public abstract List<DocumentReference> basis();

  /**
   * Returns what the notice allocates, one entry a grant.
   *
   * @return the allocations, not null
   */
  public abstract List<GrantAllocation> allocations();

  /**
   * Returns the earlier notices a {@link NoticeKind#CONFIRMATION} adopts unchanged (attached to it).
   *
   * @return the confirmed notices, not null
   */
  public abstract List<TransferNotice> confirmed();

  /**
   * Returns the attachments (附件) as their titles are printed.
   *
   * @return the attachment titles, not null
   */
  public abstract List<String> attachments();

  /**
   * Returns every grant the notice allocates, its own first, then those of the notices it confirms.
   *
   * @return the allocations, not null
   */
  public List<GrantAllocation> allAllocations() {
    if (confirmed().isEmpty()) {
      return allocations();
    }
    List<GrantAllocation> all = new ArrayList<>(allocations());
    confirmed().forEach(notice -> all.addAll(notice.allAllocations()));
    return List.copyOf(all);
  }

  /**
   * Returns whether the notice cites a document number in its basis.
   *
   * @param number the number, not null
   * @return true if cited
   */
  public boolean cites(DocumentNumber number) {
    return basis().stream().anyMatch(ref -> ref.number().filter(number::equals).isPresent());
  }

  @Value.Check
  void check() {
    if (title().isBlank() || issuingAuthority().isBlank()) {
      throw new IllegalArgumentException("Notice " + reference() + " needs a title and an issuing authority");
    }
    if (kind() == NoticeKind.CONFIRMATION && confirmed().isEmpty()) {
      throw new IllegalArgumentException("Notice " + reference() + " is a confirmation but confirms no notice");
    }
    if (kind() != NoticeKind.CONFIRMATION && !confirmed().isEmpty()) {
      throw new IllegalArgumentException(
          "Notice " + reference() + " is a " + kind().label() + " notice and cannot confirm other notices");
    }
    if (allAllocations().isEmpty()) {
      throw new IllegalArgumentException("Notice " + reference() + " allocates no grant");
    }
  }

  /**
   * Returns a copy of this notice with other allocations, everything else kept, validated as {@link #builder()}
   * validates. This notice is not changed.
   *
   * @param allocations the allocations, one a grant, not null
   * @return the changed notice, not null
   * @throws IllegalArgumentException if the notice would then allocate no grant
   */
  public TransferNotice withAllocations(List<GrantAllocation> allocations) {
    return builder().from(this).allocations(allocations).build();
  }

  /**
   * Returns a copy of this notice with one allocation replaced, as {@code withAllocations} with that one changed.
   * This notice is not changed.
   *
   * @param index the index in {@link #allocations()}, from 0
   * @param allocation the allocation to put there, not null
   * @return the changed notice, not null
   * @throws IndexOutOfBoundsException if the notice has no allocation at that index
   */
  public TransferNotice withAllocation(int index, GrantAllocation allocation) {
    List<GrantAllocation> allocations = new ArrayList<>(allocations());
    allocations.set(index, Objects.requireNonNull(allocation, "allocation"));
    return withAllocations(allocations);
  }

  /**
   * Returns a copy of this notice with another date printed on it (成文日期), everything else kept. This notice is
   * not changed.
   *
   * @param issueDate the date, not null
   * @return the changed notice, not null
   */
  public TransferNotice withIssueDate(LocalDate issueDate) {
    return builder().from(this).issueDate(issueDate).build();
  }

  /**
   * Returns a copy of this notice citing other documents as its basis (依据文件), everything else kept. This notice
   * is not changed.
   *
   * @param basis the documents cited, in printed order, not null
   * @return the changed notice, not null
   */
  public TransferNotice withBasis(List<DocumentReference> basis) {
    return builder().from(this).basis(basis).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a line such as {@code 粤财社〔2021〕307号 提前下达 特急 广东省财政厅: 医疗服务…资金: 10,831万元}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(reference()).append(' ').append(kind().label());
    if (urgency() != Urgency.NONE) {
      text.append(' ').append(urgency().label());
    }
    return text.append(' ').append(issuingAuthority()).append(": ").append(allAllocations()).toString();
  }

  /**
   * Builds a {@link TransferNotice}: each method sets the attribute of the same name, described at its accessor.
   * <ul>
   *   <li>{@code number(DocumentNumber)}: the {@linkplain TransferNotice#number() 发文字号};</li>
   *   <li>{@code title(String)}, {@code issuer(FiscalUnit)}, {@code issuingAuthority(String)},
   *       {@code kind(NoticeKind)}: the {@linkplain TransferNotice#title() title},
   *       {@linkplain TransferNotice#issuer() issuing unit}, {@linkplain TransferNotice#issuingAuthority() authority
   *       as signed} and {@linkplain TransferNotice#kind() kind of allocation} (all required);</li>
   *   <li>{@code issueDate(LocalDate)}, {@code urgency(Urgency)}, {@code disclosure(String)}: the
   *       {@linkplain TransferNotice#issueDate() date printed}, {@linkplain TransferNotice#urgency() urgency mark} and
   *       {@linkplain TransferNotice#disclosure() 公开方式};</li>
   *   <li>{@code addAllocation}, {@code addAllocations}, {@code addAllAllocations}, {@code allocations}: the
   *       {@linkplain TransferNotice#allocations() grants allocated} (at least one, here or in a confirmed
   *       notice);</li>
   *   <li>{@code addBasis}, {@code addAllBasis}, {@code basis}: the {@linkplain TransferNotice#basis() documents
   *       cited as basis};</li>
   *   <li>{@code addAddressee}/{@code addAddressees}/{@code addAllAddressees}/{@code addressees},
   *       {@code addCopiedTo}/{@code addAllCopiedTo}/{@code copiedTo},
   *       {@code addAttachment}/{@code addAttachments}/{@code addAllAttachments}/{@code attachments},
   *       {@code addConfirmed}/{@code addAllConfirmed}/{@code confirmed}: the
   *       {@linkplain TransferNotice#addressees() 主送}, {@linkplain TransferNotice#copiedTo() 抄送},
   *       {@linkplain TransferNotice#attachments() 附件 titles} and {@linkplain TransferNotice#confirmed() notices a
   *       confirmation adopts}.</li>
   * </ul>
   * <p>How the methods behave: {@linkplain io.github.fiscaltransfer the library's builders}.
   */
  public static final class Builder extends ImmutableTransferNotice.Builder {
    Builder() {}
  }
}
