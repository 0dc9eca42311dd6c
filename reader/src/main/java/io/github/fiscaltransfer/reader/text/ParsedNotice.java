package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice parsed but not resolved: every value as located text, still to be turned into domain values. Mutable,
 * filled by the parsers of one notice's lines and read once by {@link NoticeResolver}.
 */
final class ParsedNotice {

  /** A cited document: its title and, where printed, its number, and what the text cites it for. */
  record Citation(LocatedText title, LocatedText number, DocumentReference.Role role) {}

  /** A part of the stated total (其中直接费用20万): its name and its amount with unit. */
  record Part(LocatedText name, LocatedText amount) {}

  /** What the text tells the recipient to do (the action) by when (the deadline as printed). */
  record Duty(LocatedText action, LocatedText deadline) {}

  final ReadReport.Builder report = ReadReport.builder();
  LocatedText urgency;
  LocatedText number;
  /** Whether the number was read from a metadata block (文号), so that the notice's own printing replaces it. */
  boolean numberFromMetadata;
  /** The title's lines joined with spaces, as printed: joint authorities before 关于 are told apart by them. */
  String titleText;
  LocatedText title;
  LocatedText addressee;
  LocatedText authority;
  LocatedText date;
  LocatedText disclosure;
  LocatedText verb;
  LocatedText fiscalYear;
  LocatedText fundingSource;
  LocatedText bodyGrantName;
  LocatedText targetGrantName;
  LocatedText statedTotal;
  /** The unit of an amount left blank (资金 万元), where the total is not printed. */
  LocatedText blankTotal;
  /** The addressee the operative sentence gives the money to (现下达你市): one line to the addressee's unit. */
  LocatedText toAddressee;
  LocatedText titleYear;
  LocatedText titleGrantName;
  LocatedText titleSource;
  /** 成文日期 of a disclosure page's metadata block. */
  LocatedText metadataDate;
  LocatedText projectCode;
  LocatedText revenueSubject;
  LocatedText expenditureSubject;
  final List<LocatedText> labels = new ArrayList<>();
  final List<LocatedText> economicSubjects = new ArrayList<>();
  final List<LocatedText> coIssuers = new ArrayList<>();
  /** The authorities the title names before 关于, used when neither a 文件 header nor a signature names one. */
  final List<String> titleAuthorities = new ArrayList<>();
  final List<Part> parts = new ArrayList<>();
  final List<Duty> duties = new ArrayList<>();
  final List<LocatedText> copiedTo = new ArrayList<>();
  final List<LocatedText> attachments = new ArrayList<>();
  final List<Citation> basis = new ArrayList<>();
  final List<ParsedTable> tables = new ArrayList<>();
}
