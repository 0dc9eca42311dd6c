package io.github.fiscaltransfer.reader.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one stripped line of a notice's text is, by the forms GB/T 9704 notices print. */
final class NoticeLines {

  /** A cited document: 《title》 and, where printed, （number）. */
  static final Pattern CITATION = Pattern.compile("《([^《》]+)》\\s*(?:[（(]([^（）()]*号)\\s*[）)])?");
  static final Pattern NUMBER = Pattern.compile("\\S{1,12}[〔\\[［【(（][\\d ]{4,}[〕\\]］】)）][\\d ]*号");
  static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(印发)?");
  static final Pattern AUTHORITY = Pattern.compile("\\S{2,16}(财政厅|财政局)|财政部");
  static final Pattern FILE_HEADER = Pattern.compile("\\p{IsHan}{2,16}(厅|局|委|办公室|政府)文件");
  static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(亿元|万元|元)");
  static final Pattern ATTACHMENT_PAGE = Pattern.compile("附件\\s*(\\d{1,2})");
  static final Pattern LABELLED = Pattern.compile("(公开方式|信息公开选项|抄送)[：:]\\s*(.*)");
  /** A disclosure page's metadata line: 索引号 …, 组配分类 … 发布机构 …, 成文日期 … 公开方式 …, 文号 …. */
  static final Pattern METADATA = Pattern.compile("(索引号|主题分类|组配分类|发布机构|成文日期|公开方式|文号|其他信息)"
      + "\\s*[:：]?\\s*(\\S+)");
  static final Pattern LIST_START = Pattern.compile("附件\\s*(?:[：:]|(?=\\d{1,2}\\s*[、.．]))");
  static final Pattern FILE_LINK = Pattern.compile(".{2,120}\\.(?:docx?|xlsx?|pdf|wps|et|zip|rar)");
  static final Pattern PRINTED = Pattern.compile(".*(办公室|办)\\s.*印发");
  private static final Pattern ONE_AUTHORITY = Pattern.compile("\\S{2,20}(厅|局|部|委|办公室|办)");
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

  /** The start of the attachment list: 附件：1.… or 附件1、…, possibly after a list marker. */
  static boolean isListStart(String stripped) {
    return LIST_START.matcher(unbulleted(stripped)).lookingAt();
  }

  /** The attachment list's first line without its 附件： or 附件. */
  static String afterListStart(String stripped) {
    Matcher start = LIST_START.matcher(unbulleted(stripped));
    return start.lookingAt() ? unbulleted(stripped).substring(start.end()).strip() : unbulleted(stripped);
  }

  /** A web page's link to an attachment file, such as {@code 附件1:…目标.pdf} or {@code 关于下达…的通知.docx}. */
  static boolean isFileLink(String stripped) {
    return FILE_LINK.matcher(stripped).matches();
  }

  /** A disclosure page's metadata line, such as {@code 成文日期 2021-11-22 公开方式 主动公开}. */
  static boolean isMetadata(String stripped) {
    Matcher key = METADATA.matcher(stripped);
    return key.lookingAt() && (key.find(key.end()) || stripped.startsWith("索引号") || stripped.startsWith("文号"));
  }

  /** A republishing page's line, such as {@code 来源:临湘市政府 日期: 2017-03-20 10:47}. */
  static boolean isRepublished(String stripped) {
    return stripped.matches("来源\\s*[:：].*");
  }

  /** The 印发 line: printing office, copies and date, such as {@code 长沙市财政局办公室 共印7份 2018年1月17印发}. */
  static boolean isPrinted(String stripped) {
    return PRINTED.matcher(stripped).matches();
  }

  /**
   * The authorities a joint signature or title prints, split by spaces ({@code 永嘉县财政局 永嘉县农业农村局}), the
   * first a finance bureau; empty if the text is no such list.
   */
  static List<String> authorities(String text) {
    String[] names = text.strip().split("\\s+");
    for (String name : names) {
      if (!ONE_AUTHORITY.matcher(name).matches()) {
        return List.of();
      }
    }
    return isFinance(names[0]) ? List.of(names) : List.of();
  }

  /** A finance bureau: …财政厅, …财政局 or 财政部. */
  static boolean isFinance(String name) {
    return AUTHORITY.matcher(name).matches() || name.equals("财政部");
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
    return isAuthority(stripped) || authorities(stripped).size() > 1 || isDate(stripped)
        || labelled(stripped).matches()
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
