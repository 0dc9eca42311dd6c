package io.github.fiscaltransfer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link ReportData} as one self-contained HTML file: the data as JSON, Apache ECharts inlined (with its
 * licence and notice), and the script that draws the Sankey, the tables and the filterable findings.
 */
final class HtmlReport {

  /** The ECharts bundle and its licence files in the webjar. */
  private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/";
  private static final String TEMPLATE = "/io/github/fiscaltransfer/cli/report.html";
  /** A word of the page in the template: {@code ${t:html.heading}}. */
  private static final Pattern WORD = Pattern.compile("\\$\\{t:([a-z.-]+)}");
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private HtmlReport() {}

  /**
   * Returns the report's HTML.
   *
   * @param data what to show, not null
   * @param words the words of the page's headings and legends ({@code ${t:html.…}} in the template), not null
   * @return the HTML text, not null
   */
  static String render(ReportData data, CliText words) {
    String licences = Resources.text(ECHARTS + "NOTICE") + "\n" + Resources.text(ECHARTS + "LICENSE") + "\n"
        + Resources.text(ECHARTS + "licenses/LICENSE-d3");
    // Split at the placeholders rather than replace: the inlined script must be copied byte for byte.
    String template = words(Resources.text(TEMPLATE), words);
    return template.substring(0, template.indexOf("${LICENCES}")) + escapeHtml(licences)
        + between(template, "${LICENCES}", "${DATA}") + json(data)
        + between(template, "${DATA}", "${ECHARTS}") + Resources.text(ECHARTS + "dist/echarts.min.js")
        + template.substring(template.indexOf("${ECHARTS}") + "${ECHARTS}".length());
  }

  /** The template with each {@code ${t:KEY}} replaced by the key's words, escaped. */
  private static String words(String template, CliText words) {
    Matcher key = WORD.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (key.find()) {
      key.appendReplacement(filled, Matcher.quoteReplacement(escapeHtml(words.text(key.group(1)))));
    }
    return key.appendTail(filled).toString();
  }

  private static String between(String text, String start, String end) {
    return text.substring(text.indexOf(start) + start.length(), text.indexOf(end));
  }

  /** The data as JSON that cannot close the script element holding it. */
  private static String json(ReportData data) {
    try {
      return MAPPER.writeValueAsString(data).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("fiscal-transfer bug: report data did not write as JSON", e);
    }
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

}
