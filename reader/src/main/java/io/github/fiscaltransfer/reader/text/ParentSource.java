package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundingSource;
import java.util.List;
import java.util.Map;

/**
 * Whose money a notice passes on, as the parent notice it cites says: the source its title names (…下达2021年部分省级
 * …资金的通知), else its issuer's level (财政部 and the 财 numbers of the ministry: central; …省财政厅: provincial).
 */
final class ParentSource {

  private ParentSource() {}

  /** Returns the source the first parent notice says, or null. */
  static FundingSource of(List<ParsedNotice.Citation> basis) {
    for (ParsedNotice.Citation citation : basis) {
      if (citation.role() == DocumentReference.Role.SOURCE) {
        FundingSource source = of(citation);
        if (source != null) {
          return source;
        }
      }
    }
    return null;
  }

  private static FundingSource of(ParsedNotice.Citation citation) {
    String title = citation.title().text();
    String subject = title.substring(Math.max(title.indexOf("关于"), 0));
    for (Map.Entry<String, FundingSource> word : GrantFields.SOURCES.entrySet()) {
      if (subject.contains(word.getKey())) {
        return word.getValue();
      }
    }
    String number = citation.number() == null ? "" : citation.number().text();
    if (title.startsWith("财政部") || number.startsWith("财")) {
      return FundingSource.CENTRAL;
    }
    String issuer = title.substring(0, Math.max(title.indexOf("关于"), 0));
    if (issuer.matches(".*省财政厅.*")) {
      return FundingSource.PROVINCIAL;
    }
    return issuer.matches(".*市财政局.*") ? FundingSource.MUNICIPAL : null;
  }
}
