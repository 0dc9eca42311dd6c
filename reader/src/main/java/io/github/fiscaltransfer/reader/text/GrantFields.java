package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingOrigin;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Classification;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a notice's grant from what its body, title and cited parent say: the name (target table, body, title),
 * the fiscal year (body, title), the funding source with where it was found (body, title, parent, or not stated),
 * the subjects of each classification, the project code and the fund labels (one of each kind; a second is
 * reported, never thrown).
 */
final class GrantFields {

  private static final String PATH = "allocations[0].grant.";
  /** The words that say whose money it is, as the body, the title or a parent's title prints them. */
  static final Map<String, FundingSource> SOURCES = Map.of("中央", FundingSource.CENTRAL,
      "省级", FundingSource.PROVINCIAL, "省财政", FundingSource.PROVINCIAL, "市级", FundingSource.MUNICIPAL,
      "县级", FundingSource.COUNTY);

  private final Resolution resolution;
  private final ParsedNotice parsed;

  GrantFields(Resolution resolution, ParsedNotice parsed) {
    this.resolution = resolution;
    this.parsed = parsed;
  }

  /** Returns the grant, or null if the text lacks its name or year (reported). */
  Grant grant() {
    List<FundLabel> labels = labels();
    String name = resolution.required(first(parsed.targetGrantName, parsed.bodyGrantName, parsed.titleGrantName),
        PATH + "name", text -> text, "grant-name");
    Year year = resolution.required(first(parsed.fiscalYear, parsed.titleYear), PATH + "fiscalYear",
        GrantFields::year, "fiscal-year");
    if (name == null || year == null) {
      return null;
    }
    Grant.Builder grant = Grant.builder().name(name).fiscalYear(year);
    source(grant);
    Subject expenditure = resolution.optional(parsed.expenditureSubject, PATH + "expenditureSubject",
        text -> subject(text, Classification.EXPENDITURE_FUNCTION), "expenditure-subject");
    Subject revenue = resolution.optional(parsed.revenueSubject, PATH + "revenueSubject",
        text -> subject(text, Classification.REVENUE), "revenue-subject");
    ProjectCode code = resolution.optional(parsed.projectCode, PATH + "projectCode", ProjectCode::parse,
        "project-code");
    if (expenditure != null) {
      grant.expenditureSubject(expenditure);
    }
    if (revenue != null) {
      grant.revenueSubject(revenue);
    }
    if (code != null) {
      grant.projectCode(code);
    }
    for (int i = 0; i < parsed.economicSubjects.size(); i++) {
      Subject economic = resolution.value(parsed.economicSubjects.get(i), PATH + "economicSubjects[" + i + "]",
          Subject::parse, "economic-subject");
      if (economic != null) {
        grant.addEconomicSubjects(economic);
      }
    }
    return grant.addAllLabels(labels).build();
  }

  private static LocatedText first(LocatedText... texts) {
    for (LocatedText text : texts) {
      if (text != null && !text.text().isBlank()) {
        return text;
      }
    }
    return null;
  }

  /** A fiscal year as documents print it: four digits, 1949 or later. */
  private static Year year(String text) {
    if (!text.matches("\\d{4}") || Integer.parseInt(text) < 1949) {
      throw new IllegalArgumentException("a fiscal year has four digits, from 1949: " + text);
    }
    return Year.of(Integer.parseInt(text));
  }

  private static Subject subject(String text, Classification classification) {
    Subject subject = Subject.parse(text);
    if (subject.code().classification() != classification) {
      throw new IllegalArgumentException("a subject of the " + classification.label() + " was expected: " + text);
    }
    return subject;
  }

  /** The source the body states, else the title's, else the parent's (its title or issuer), else none. */
  private void source(Grant.Builder grant) {
    if (parsed.fundingSource != null) {
      resolution.value(parsed.fundingSource, PATH + "fundingSource", SOURCES::get, "funding-source");
      grant.fundingSource(SOURCES.get(parsed.fundingSource.text())).fundingOrigin(FundingOrigin.BODY);
    } else if (parsed.titleSource != null) {
      resolution.value(parsed.titleSource, PATH + "fundingSource", SOURCES::get, "funding-source");
      grant.fundingSource(SOURCES.get(parsed.titleSource.text())).fundingOrigin(FundingOrigin.TITLE);
    } else {
      FundingSource parent = ParentSource.of(parsed.basis);
      if (parent == null) {
        resolution.report().absent(PATH + "fundingSource", Severity.INFO,
            "funding-source", Arguments.none());
      }
      grant.fundingOrigin(parent == null ? FundingOrigin.NOT_STATED : FundingOrigin.PARENT);
      if (parent != null) {
        grant.fundingSource(parent);
      }
    }
  }

  /** The labels, one of each kind: the same label printed again is read once, another of its kind reported. */
  private List<FundLabel> labels() {
    Set<FundLabel.Kind> kinds = EnumSet.noneOf(FundLabel.Kind.class);
    List<FundLabel> labels = new ArrayList<>();
    for (int i = 0; i < parsed.labels.size(); i++) {
      LocatedText text = parsed.labels.get(i);
      FundLabel label = resolution.value(text, PATH + "labels[" + i + "]", FundLabel::parse, "fund-label");
      if (label == null || labels.contains(label)) {
        continue;
      }
      if (kinds.add(label.kind())) {
        labels.add(label);
      } else {
        resolution.report().add(ReadRule.VALUE, text.position(), text.text(),
            "second-label", Arguments.of("kind", label.kind().label()));
      }
    }
    return labels;
  }
}
