package io.github.fiscaltransfer.jackson.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and writes an {@link AllocationTable} as CSV laid out as a bureau prints its 附件1:
 *
 * <pre>
 * 提前下达2022年中央财政医疗服务与保障能力提升补助资金表
 * 单位：万元
 * 序号,地区,金额,备注
 * 1,省级留用,6800,
 * 2,广州市,357,
 * 合计,,10831,
 * </pre>
 *
 * <p>The title line is optional (its one cell may stand in any column); the 单位 line (元, 万元 or 亿元) and the
 * header row are required. The 合计 row (in the 序号 or the 地区 column) is read as the declared total, never as a
 * recipient, and must be the last row; whether the lines add up to it is for
 * {@code NoticeValidator.validate(table, issuer)} to report. Figures keep their printed scale and may carry
 * separators ({@code 6,800}, quoted). Recipients are resolved by name through a {@link UnitRegistry}: a name it
 * does not know is kept as an unknown recipient, never dropped.
 *
 * <p>A table declared rounded keeps its reason in the 合计 row's 备注, as bureaus print such a note (尾数误差,
 * 四舍五入). Nothing is dropped silently: a cell the table has no place for (after the 备注 column, beside the 单位,
 * a 地区 or another 备注 on the 合计 row) is an error naming its line and column. The header's labels after 序号 (地区 may be
 * printed 县（市、区）) and each row's 序号 (a number, or empty for a retained share) are layout: read by position,
 * checked, and written afresh ({@code 地区}, 1 to n). Immutable and thread-safe.
 */
public final class AllocationTableCsv {

  static final String TOTAL = "合计";
  private static final Pattern ROUNDING_NOTE = Pattern.compile("尾数|四舍五入");
  static final List<String> HEADER = List.of("序号", "地区", "金额", "备注");

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY, CsvParser.Feature.SKIP_EMPTY_LINES, CsvParser.Feature.TRIM_SPACES)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final ObjectReader ROWS = MAPPER.readerForArrayOf(String.class).with(CsvSchema.emptySchema());
  private static final ObjectWriter WRITER = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema());

  private final UnitRegistry units;

  private AllocationTableCsv(UnitRegistry units) {
    this.units = units;
  }

  /**
   * Returns a reader and writer that resolves recipients through the built-in registry.
   *
   * @return the instance, not null
   */
  public static AllocationTableCsv builtIn() {
    return of(UnitRegistry.builtIn());
  }

  /**
   * Returns a reader and writer that resolves recipients through a registry.
   *
   * @param units the registry, not null
   * @return the instance, not null
   */
  public static AllocationTableCsv of(UnitRegistry units) {
    return new AllocationTableCsv(Objects.requireNonNull(units, "units"));
  }

  /**
   * Reads a table.
   *
   * @param csv the CSV text, not null; closed when read
   * @param issuer the unit that issues the table, whose retained share (本级) and children its rows name, not null
   * @return the table, not null
   * @throws AllocationTableCsvException if the text is not CSV (an unclosed quote, say), the layout is broken, a
   *     cell would not be read (after the 备注 column, or a 地区 or 备注 on the 合计 row), a figure is not an exact
   *     amount in the table's unit, or there is no 合计 row, naming the line
   * @throws UncheckedIOException if the reader itself fails
   */
  public AllocationTable read(Reader csv, FiscalUnit issuer) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(issuer, "issuer");
    try (MappingIterator<String[]> rows = ROWS.readValues(csv)) {
      TableRows table = new TableRows(units, issuer);
      while (rows.hasNextValue()) {
        table.accept(rows.getCurrentLocation().getLineNr(), rows.nextValue());
      }
      return table.build(rows.getCurrentLocation().getLineNr());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new AllocationTableCsvException(line, "not CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read allocation table CSV", e);
    }
  }

  /**
   * Writes a table: its title if it has one, the 单位 line, the header, one numbered row a line and the 合计 row;
   * figures as plain decimals with their printed scale. What is written reads back as an equal table: a title or
   * note that would not is refused before anything is written.
   *
   * @param table the table, not null
   * @param out where to write, not null; not closed
   * @throws IllegalArgumentException if the title or a note is blank or starts or ends with white space (a CSV
   *     reader trims cells), the title would read as the 单位 line or the header, or the table is declared rounded
   *     for a reason that does not read back as a rounding note (it names neither 尾数 nor 四舍五入)
   * @throws UncheckedIOException if the writer fails
   */
  public void write(AllocationTable table, Writer out) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    table.title().ifPresent(title -> requireReadable(title, "title",
        title.startsWith("单位") || title.equals(HEADER.get(0))));
    table.lines().forEach(line -> line.note().ifPresent(note -> requireReadable(note, "note of " + line, false)));
    String rounding = table.precision().reason().orElse("");
    if (!rounding.isEmpty()) {
      requireReadable(rounding, "rounding note in the 合计 row's 备注", !isRoundingNote(rounding));
    }
    List<String[]> rows = new ArrayList<>();
    table.title().ifPresent(title -> rows.add(new String[] {title}));
    rows.add(new String[] {"单位：" + table.unit().label()});
    rows.add(HEADER.toArray(String[]::new));
    for (int i = 0; i < table.lines().size(); i++) {
      AllocationLine line = table.lines().get(i);
      rows.add(new String[] {Integer.toString(i + 1), line.recipient().name(),
          line.amount().figure().toPlainString(), line.note().orElse("")});
    }
    rows.add(new String[] {TOTAL, "", table.declaredTotal().figure().toPlainString(), rounding});
    try {
      for (String[] row : rows) {
        out.write(WRITER.writeValueAsString(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write allocation table CSV", e);
    }
  }

  /** Whether the 合计 row's 备注 declares the table rounded: it names 尾数 or 四舍五入. */
  static boolean isRoundingNote(String note) {
    return ROUNDING_NOTE.matcher(note).find();
  }

  private static void requireReadable(String text, String what, boolean layout) {
    if (text.isBlank() || !text.strip().equals(text) || layout) {
      throw new IllegalArgumentException("Cannot write allocation table CSV: the " + what + " would not read back"
          + " (blank, white space around it, or read as the 单位 line or header): \"" + text + "\"");
    }
  }

  /**
   * Writes a table to a string, as {@link #write(AllocationTable, Writer)} does.
   *
   * @param table the table, not null
   * @return the CSV text, not null
   * @throws IllegalArgumentException if the title or a note would not read back
   */
  public String write(AllocationTable table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  @Override
  public String toString() {
    return "AllocationTableCsv[" + units + "]";
  }
}
