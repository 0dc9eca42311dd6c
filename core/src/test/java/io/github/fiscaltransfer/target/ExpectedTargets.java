package io.github.fiscaltransfer.target;

import static io.github.fiscaltransfer.target.Comparison.AT_LEAST;
import static io.github.fiscaltransfer.target.Comparison.AT_MOST;
import static io.github.fiscaltransfer.target.Comparison.UNSTATED;
import static io.github.fiscaltransfer.target.TargetUnit.DAYS;
import static io.github.fiscaltransfer.target.TargetUnit.MINUTES;
import static io.github.fiscaltransfer.target.TargetUnit.PERCENT;
import static io.github.fiscaltransfer.target.TargetUnit.PERSON_TIMES;
import static io.github.fiscaltransfer.target.TargetUnit.TEN_THOUSAND_PERSON_TIMES;
import static io.github.fiscaltransfer.target.TargetUnit.TIMES;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;

/** The targets of each seed table as literals from the documents, in printed order. */
final class ExpectedTargets {

  private ExpectedTargets() {}

  static QuantitativeTarget q(String text, Comparison comparison, String figure, TargetUnit unit) {
    return QuantitativeTarget.parsed(text, comparison, new BigDecimal(figure), unit);
  }

  static final Target YES = YesNoTarget.parsed("是", true);
  static final Target EMPTY = EmptyTarget.parsed("");

  static final List<Target> GUANGDONG_2022 = List.of(
      q("2 次", UNSTATED, "2", TIMES),
      q("1 次", UNSTATED, "1", TIMES),
      q("90%", UNSTATED, "90", PERCENT),
      q("90%", UNSTATED, "90", PERCENT),
      q("60 分钟", UNSTATED, "60", MINUTES),
      q("100%", UNSTATED, "100", PERCENT),
      q("200", UNSTATED, "200", PERSON_TIMES),
      QualitativeTarget.parsed("逐步推开", Direction.ROLL_OUT),
      DeadlineTarget.parsed("12 月底前", Month.DECEMBER),
      DeadlineTarget.parsed("12 月底前", Month.DECEMBER),
      q("90%", UNSTATED, "90", PERCENT),
      QualitativeTarget.parsed("有所提高", Direction.IMPROVE),
      q("90%", UNSTATED, "90", PERCENT));

  static final List<Target> LIANGHE_2022_TEMPLATE = List.of(
      PlaceholderTarget.parsed("≥**次", AT_LEAST, TIMES),
      PlaceholderTarget.parsed("≥**次", AT_LEAST, TIMES),
      EMPTY,
      PlaceholderTarget.parsed("≥**%", AT_LEAST, PERCENT),
      PlaceholderTarget.parsed("≥**%", AT_LEAST, PERCENT),
      PlaceholderTarget.parsed("≤**分钟", AT_MOST, MINUTES),
      q("100%", UNSTATED, "100", PERCENT),
      PlaceholderTarget.parsed("≥**%", AT_LEAST, PERCENT),
      QualitativeTarget.parsed("逐步推开", Direction.ROLL_OUT),
      EMPTY,
      EMPTY,
      EMPTY,
      q("≥90%", AT_LEAST, "90", PERCENT),
      PlaceholderTarget.parsed("≥**%", AT_LEAST, PERCENT),
      EMPTY);

  static final List<Target> JIANGMEN_2023_NO_1 = List.of(
      q("≥2万人次", AT_LEAST, "2", TEN_THOUSAND_PERSON_TIMES),
      q("≥10万人次", AT_LEAST, "10", TEN_THOUSAND_PERSON_TIMES),
      q("100", UNSTATED, "100", PERCENT),
      BudgetCapTarget.parsed("不超出预算"),
      q("≥80", AT_LEAST, "80", PERCENT),
      q("100", UNSTATED, "100", PERCENT),
      q("100", UNSTATED, "100", PERCENT),
      q("100", UNSTATED, "100", PERCENT),
      YES,
      YES,
      YES,
      YES,
      q("≥85", AT_LEAST, "85", PERCENT));

  static final List<Target> JIANGMEN_2023_NO_2 = List.of(
      q("100%", UNSTATED, "100", PERCENT),
      q("≥2万人次", AT_LEAST, "2", TEN_THOUSAND_PERSON_TIMES),
      q("≥10万人次", AT_LEAST, "10", TEN_THOUSAND_PERSON_TIMES),
      q("≥70%", AT_LEAST, "70", PERCENT),
      q("≥70%", AT_LEAST, "70", PERCENT),
      ScopedTarget.parsed("市域内覆盖100%", "市域内覆盖", q("100%", UNSTATED, "100", PERCENT)),
      q("100", UNSTATED, "100", PERCENT),
      QualitativeTarget.parsed("明显提高", Direction.IMPROVE_MARKEDLY),
      QualitativeTarget.parsed("成效明显", Direction.CLEARLY_EFFECTIVE),
      q("≥80%", AT_LEAST, "80", PERCENT),
      q("≥85%", AT_LEAST, "85", PERCENT));

  static final List<Target> JIANGMEN_2023_NO_3 = List.of(
      q("≥2次", AT_LEAST, "2", TIMES),
      q("≥4次", AT_LEAST, "4", TIMES),
      q("≥4次", AT_LEAST, "4", TIMES),
      q("≥3次", AT_LEAST, "3", TIMES),
      q("≥3次", AT_LEAST, "3", TIMES),
      q("100%", UNSTATED, "100", PERCENT),
      q("≥ 200人次", AT_LEAST, "200", PERSON_TIMES),
      QualitativeTarget.parsed("有所提高", Direction.IMPROVE),
      DeadlineTarget.parsed("12月底前", Month.DECEMBER),
      q("≤15天", AT_MOST, "15", DAYS),
      QualitativeTarget.parsed("有所提升", Direction.IMPROVE),
      QualitativeTarget.parsed("普遍知晓", Direction.WIDELY_KNOWN),
      q("≥90%", AT_LEAST, "90", PERCENT));
}
