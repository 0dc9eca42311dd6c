package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.fiscaltransfer.jackson.deser.CanonicalTextDeserializer;
import io.github.fiscaltransfer.jackson.deser.GrantDeserializer;
import io.github.fiscaltransfer.jackson.deser.PrintedAmountDeserializer;
import io.github.fiscaltransfer.jackson.key.CanonicalTextKeyDeserializer;
import io.github.fiscaltransfer.jackson.key.CanonicalTextKeySerializer;
import io.github.fiscaltransfer.jackson.ser.EnumIdSerializer;
import io.github.fiscaltransfer.jackson.ser.GrantSerializer;
import io.github.fiscaltransfer.jackson.ser.PrintedAmountSerializer;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.ProjectCode;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;

/**
 * The Jackson module for fiscal-transfer value types: {@code mapper.registerModule(new FiscalTransferModule())},
 * or {@link FiscalTransferMappers#newMapper()} for a hardened mapper with it registered. Also found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
 *
 * <p>JSON forms:
 * <ul>
 *   <li>{@link SubjectCode}, {@link Subject}, {@link DocumentNumber}, {@link FundLabel}, {@link ProjectCode},
 *       {@link DivisionCode} and {@link Quantum}: a JSON string of the canonical text, {@code toString()} to write
 *       and {@code parse} to read, such as {@code "2101502"}, {@code "2101502 一般行政管理事务"},
 *       {@code "粤财社〔2021〕307号"}, {@code "01 中央直达资金"} and {@code "0.01万元"}.</li>
 *   <li>{@link AmountUnit}: its label, {@code "元"}, {@code "万元"} or {@code "亿元"} (not the constant name),
 *       as printed after figures and in {@code Quantum}.</li>
 *   <li>{@code Urgency}, {@code NoticeKind}, {@code FundingSource}, {@code AdministrativeLevel} and
 *       {@code Severity}: their stable {@code id()}, such as {@code "extra_urgent"} (not the constant name). As
 *       map keys they keep Jackson's default, the constant name.</li>
 *   <li>{@link PrintedAmount}: {@code {"figure":"194.00","unit":"万元"}}, the figure a JSON string in plain
 *       notation keeping its scale; see {@link PrintedAmountDeserializer} for what reading accepts.</li>
 *   <li>{@link Grant}: an object of its attributes, as {@link io.github.fiscaltransfer.jackson.deser.GrantJson}
 *       describes, built and checked through {@code Grant.builder()}.</li>
 * </ul>
 *
 * <p>The same text types are written and read as map keys in the same canonical text, such as
 * {@code {"2101502":…}} and {@code {"万元":…}}. {@link PrintedAmount} is not a key type.
 *
 * <p>A value that does not parse is reported as an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException}
 * naming the type, the JSON path and the domain's reason, with the domain exception as its cause.
 */
public final class FiscalTransferModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** This module's version. */
  public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "io.github.fiscaltransfer",
      "fiscal-transfer-serialization");

  /** Creates the module with every serializer and deserializer registered. */
  public FiscalTransferModule() {
    super("FiscalTransferModule", VERSION);
    addText(SubjectCode.class, CanonicalTextDeserializer.SUBJECT_CODE);
    addText(Subject.class, CanonicalTextDeserializer.SUBJECT);
    addText(DocumentNumber.class, CanonicalTextDeserializer.DOCUMENT_NUMBER);
    addText(FundLabel.class, CanonicalTextDeserializer.FUND_LABEL);
    addText(ProjectCode.class, CanonicalTextDeserializer.PROJECT_CODE);
    addText(DivisionCode.class, CanonicalTextDeserializer.DIVISION_CODE);
    addText(AmountUnit.class, CanonicalTextDeserializer.AMOUNT_UNIT);
    addText(Quantum.class, CanonicalTextDeserializer.QUANTUM);
    addId(EnumIdSerializer.URGENCY, CanonicalTextDeserializer.URGENCY);
    addId(EnumIdSerializer.NOTICE_KIND, CanonicalTextDeserializer.NOTICE_KIND);
    addId(EnumIdSerializer.FUNDING_SOURCE, CanonicalTextDeserializer.FUNDING_SOURCE);
    addId(EnumIdSerializer.ADMINISTRATIVE_LEVEL, CanonicalTextDeserializer.ADMINISTRATIVE_LEVEL);
    addId(EnumIdSerializer.SEVERITY, CanonicalTextDeserializer.SEVERITY);
    addSerializer(PrintedAmount.class, PrintedAmountSerializer.INSTANCE);
    addDeserializer(PrintedAmount.class, PrintedAmountDeserializer.INSTANCE);
    addSerializer(Grant.class, GrantSerializer.INSTANCE);
    addDeserializer(Grant.class, GrantDeserializer.INSTANCE);
  }

  private <E extends Enum<E>> void addId(EnumIdSerializer<E> serializer, CanonicalTextDeserializer<E> deserializer) {
    addSerializer(deserializer.type(), serializer);
    addDeserializer(deserializer.type(), deserializer);
  }

  private <T> void addText(Class<T> type, CanonicalTextDeserializer<T> deserializer) {
    addSerializer(type, ToStringSerializer.instance);
    addDeserializer(type, deserializer);
    addKeySerializer(type, CanonicalTextKeySerializer.INSTANCE);
    addKeyDeserializer(type, new CanonicalTextKeyDeserializer(deserializer));
  }
}
