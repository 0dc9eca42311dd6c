package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * How one sentence of generated prose prints its figures and words: the unit (万元 as the table prints it, or the
 * same amount exactly in 元 or 亿元), thousands separators, full-width digits, a space before the unit, the verb
 * before the figure, the comparison's wording and the percentage's decimals.
 *
 * @param unit the unit the figure is written in, not null
 * @param separators whether thousands are separated by commas
 * @param fullWidth whether digits and separators are full-width (１２，３４５)
 * @param spaced whether a space stands between figure and unit, and around the figure
 * @param verbForm 0 to 3: {@code X N万元}, {@code X为N万元}, {@code X预算N万元}, {@code X预算数为N万元}
 * @param wording 0 to 2: {@code 比上年增加}, {@code 比YYYY年预算增加}, {@code 较YYYY年增加} (增幅/增长 alike)
 * @param percentScale the decimals of a percentage, 0 or 1
 */
public record ProseForm(AmountUnit unit, boolean separators, boolean fullWidth, boolean spaced, int verbForm, int wording,
    int percentScale) {

  private static final List<String> VERBS = List.of("", "为", "预算", "预算数为");

  /**
   * Returns forms of every kind.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProseForm> forms() {
    return Combinators.combine(Arbitraries.of(AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, AmountUnit.YUAN,
            AmountUnit.YI_YUAN), Arbitraries.of(true, false), Arbitraries.of(false, false, true),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1)).as(ProseForm::new);
  }

  /** Returns the verb before the figure. */
  String verbText() {
    return VERBS.get(verbForm);
  }

  /** Writes an amount given in 万元 in this form's unit, exactly. */
  String amount(BigDecimal wan) {
    BigDecimal figure = AmountUnit.WAN_YUAN.toYuan(wan);
    figure = unit.fromYuan(figure).stripTrailingZeros();
    if (figure.scale() < 0) {
      figure = figure.setScale(0);
    }
    String digits = figure.toPlainString();
    if (separators) {
      digits = group(digits);
    }
    if (fullWidth) {
      digits = wide(digits);
    }
    return spaced ? " " + digits + " " + unit.label() : digits + unit.label();
  }

  /** Writes a percentage. */
  String percent(BigDecimal figure) {
    String digits = figure.toPlainString();
    return (fullWidth ? wide(digits) : digits) + "%";
  }

  private static String group(String digits) {
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return grouped + (point < 0 ? "" : digits.substring(point));
  }

  private static String wide(String digits) {
    StringBuilder wide = new StringBuilder();
    for (char c : digits.toCharArray()) {
      wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == ',' ? '，' : c == '.' ? '．' : c);
    }
    return wide.toString();
  }
}
