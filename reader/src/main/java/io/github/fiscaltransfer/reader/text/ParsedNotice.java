package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice parsed but not resolved: every value as located text, still to be turned into domain values. Mutable,
 * filled by the parsers of one notice's lines and read once by {@link NoticeResolver}.
 */
final class ParsedNotice {

  /** A cited document: its title and, where printed, its number. */
  record Citation(LocatedText title, LocatedText number) {}

  final ReadReport.Builder report = ReadReport.builder();
  LocatedText urgency;
  LocatedText number;
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
  LocatedText projectCode;
  LocatedText revenueSubject;
  LocatedText expenditureSubject;
  final List<LocatedText> labels = new ArrayList<>();
  final List<LocatedText> copiedTo = new ArrayList<>();
  final List<LocatedText> attachments = new ArrayList<>();
  final List<Citation> basis = new ArrayList<>();
  final List<ParsedTable> tables = new ArrayList<>();
}
