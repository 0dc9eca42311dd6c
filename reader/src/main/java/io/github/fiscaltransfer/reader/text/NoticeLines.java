package io.github.fiscaltransfer.reader.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one stripped line of a notice's text is, by the forms GB/T 9704 notices print. */
final class NoticeLines {

  /** A cited document: 《title》 and, where printed, （number）. */
  static final Pattern CITATION = Pattern.compile("《([^《》]+)》\\s*(?:[（(]([^（）()]*号)\\s*[）)])?");
  static final Pattern NUMBER = Pattern.compile("\\S{1,12}[〔\\[［(（][\\d ]{4,}[〕\\]］)）][\\d ]*号");
  static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(印发)?");
  static final Pattern AUTHORITY = Pattern.compile("\\S{2,16}(财政厅|财政局)");
  static final Pattern FILE_HEADER = Pattern.compile("\\p{IsHan}{2,16}(厅|局|委|办公室|政府)文件");
  static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(亿元|万元|元)");
  static final Pattern ATTACHMENT_PAGE = Pattern.compile("附件\\s*(\\d{1,2})");
  static final Pattern LABELLED = Pattern.compile("(公开方式|抄送)[：:]\\s*(.*)");
  static final Pattern TARGET_NAME = Pattern.compile("(转移支付（项目）名称|转移支付名称|项目名称|专项名称)\\s*(.*)");
  static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(\\s*共\\s*\\d{1,3}\\s*页)?");

  static final Pattern CONTINUED = Pattern.compile(".{0,40}[（(]\\s*续\\s*(表)?\\s*[）)]|续表\\s*\\d{0,2}");

  private NoticeLines() {}

  /** Returns the line without the {@code - } list marker some extraction tools put before a list item. */
  static String unbulleted(String stripped) {
    return stripped.startsWith("- ") ? stripped.substring(2).strip() : stripped;
  }

  /** 特急 or 加急, printed with or without a space between the characters. */
  static boolean isUrgency(String stripped) {
    String compact = stripped.replace(" ", "");
    return compact.equals("特急") || compact.equals("加急");
  }

  /** A header such as 江门市财政局文件. */
  static boolean isFileHeader(String stripped) {
    return FILE_HEADER.matcher(stripped).matches();
  }

  static boolean isNumber(String stripped) {
    return NUMBER.matcher(stripped).matches();
  }

  /** An addressee line such as 各地级以上市财政局：. */
  static boolean isAddressee(String stripped) {
    return (stripped.endsWith("：") || stripped.endsWith(":")) && stripped.length() <= 30
        && !stripped.contains("《") && !isListStart(stripped) && !LABELLED.matcher(stripped).lookingAt();
  }

  /** The start of the attachment list: 附件：1.…, possibly after a list marker. */
  static boolean isListStart(String stripped) {
    String text = unbulleted(stripped);
    return text.startsWith("附件：") || text.startsWith("附件:");
  }

  static boolean isAuthority(String stripped) {
    return AUTHORITY.matcher(stripped).matches();
  }

  static Matcher date(String stripped) {
    return DATE.matcher(stripped);
  }

  static boolean isDate(String stripped) {
    return DATE.matcher(stripped).matches();
  }

  static Matcher unit(String stripped) {
    return UNIT.matcher(stripped);
  }

  static Matcher attachmentPage(String stripped) {
    return ATTACHMENT_PAGE.matcher(stripped);
  }

  static Matcher labelled(String stripped) {
    return LABELLED.matcher(stripped);
  }

  /** A line that ends the attachment list: the signature, the date, 公开方式, 抄送 or an attachment page. */
  static boolean endsList(String stripped) {
    return isAuthority(stripped) || isDate(stripped) || labelled(stripped).matches()
        || attachmentPage(stripped).matches() || isFileHeader(stripped) || unit(stripped).matches();
  }

  /** The first line of a performance target table: its title or its name row. */
  static boolean startsTargets(String stripped) {
    return stripped.contains("目标表") || TARGET_NAME.matcher(stripped).lookingAt();
  }

  /** A mark that a table continues from the page before: 附件1（续）, 续表, （续）. */
  static boolean isContinued(String stripped) {
    return CONTINUED.matcher(stripped).matches();
  }

  static boolean isPageNumber(String stripped) {
    return PAGE_NUMBER.matcher(stripped).matches();
  }

  /** Removes every white-space character: for headings, whose spaces are line breaks of the layout. */
  static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  /**
   * Removes white space next to a digit, a Latin letter or punctuation, keeping a single space between two Chinese
   * characters (财政部 国家医保局): for titles cited in running text.
   */
  static String citation(String text) {
    String single = text.strip().replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < single.length(); i++) {
      char c = single.charAt(i);
      if (c != ' ' || (isHan(single.charAt(i - 1)) && isHan(single.charAt(i + 1)))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
