package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding the two filled 决算 of the corpus produce, one by one, each explained from the document itself. */
class RealFinalAccountsTest {

  /**
   * The findings of a document but its subjects': there is no built-in 2024 catalog, so they are checked against
   * the 2023 one, which lists few of them (subject.catalog-year, subject.unlisted: information, never more).
   */
  private static List<String> findings(String file) throws IOException {
    FinalAccounts accounts = RealFinalAccounts.load(file);
    List<Finding> all = FinalAccountsValidator.builtIn().validate(accounts).findings();
    assertEquals(List.of(Severity.INFO), all.stream().filter(f -> f.ruleId().startsWith("subject."))
        .map(Finding::severity).distinct().toList());
    return all.stream().filter(f -> !f.ruleId().startsWith("subject.")).map(RealFinalAccountsTest::brief).toList();
  }

  private static String brief(Finding f) {
    return f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.expected().orElse("") + " "
        + f.actual().orElse("");
  }

  /**
   * 上海市普陀区规划和自然资源局: every sum and tie holds within rounding, and eleven do so only within it. The README's
   * hand sums hold exactly: 总计 9,859.38 = 9,746.50 + 112.88 = 9,759.38 + 100.00, and the 类 lines 754.75 + 236.63
   * + 3,845.25 + 4,461.67 + 461.08 = 9,759.38.
   */
  @Test
  void planningAndNaturalResources() throws IOException {
    assertEquals(List.of(
        // 四、财政拨款收入支出决算总表: its 类 lines 754.75 + 236.63 + 3,832.36 + 4,461.67 + 461.08 = 9,746.49, its
        // 本年支出合计 prints 9,746.50 (= 本年收入合计) ...
        "WARNING budget.balance /appropriations/currentYear/total 9,746.49万元 9,746.50万元",
        // ... in 合计 and in 一般公共预算财政拨款 alike.
        "WARNING budget.balance /appropriations/currentYear/generalPublic 9,746.49万元 9,746.50万元",
        // 五、一般公共预算财政拨款支出决算表, 212 城乡社区支出: 1,572.70 + 2,259.65 = 3,832.35, printed 3,832.36 ...
        "WARNING budget.row-sum /generalPublic/sections/0/rows/11/total 3,832.35万元 3,832.36万元",
        // ... 21201 and 2120101: 1,084.02 + 8.77 = 1,092.79, printed 1,092.80 (支出决算表 prints 1,096.91 + 8.77 =
        // 1,105.68 for the same rows, which ties) ...
        "WARNING budget.row-sum /generalPublic/sections/0/rows/12/total 1,092.79万元 1,092.80万元",
        "WARNING budget.row-sum /generalPublic/sections/0/rows/13/total 1,092.79万元 1,092.80万元",
        // ... and 合计: 5,364.75 + 4,381.74 = 9,746.49, printed 9,746.50.
        "WARNING budget.row-sum /generalPublic/total/total 9,746.49万元 9,746.50万元",
        // 六、基本支出决算表: 302's 款 84.62 + 0.08 + 0.92 + 18.86 + 8.05 + 82.20 + 1.50 + 29.65 + 1.21 + 0.39 + 2.40
        // + 19.16 + 56.29 + 73.19 + 33.50 + 28.86 = 440.88, 302 prints 440.90.
        "WARNING budget.subject-sum /basicExpenditure/sections/0/rows/27/total 440.88万元 440.90万元",
        // 人员经费合计 4,884.09 where the 类 4,816.14 + 440.90 + 67.96 + 39.76 = 5,364.76 less 公用经费合计 480.66 is
        // 4,884.10 (301 + 303 = 4,884.10; 公用 480.66 = 302 + 310 exactly).
        "WARNING budget.basic-split /basicExpenditure/personnel 4,884.1万元 4,884.09万元",
        // 一、收入支出决算总表 prints 236.63 for 卫生健康支出, 支出决算表's 210 prints 236.64 (= 40.35 + 196.29); the
        // 基本支出 table's 30110 职工基本医疗保险缴费 is 236.63.
        "WARNING budget.cross-subject /summary/lines/8/cells/total 236.64万元 236.63万元",
        // The 总表 prints 3,845.25 for 城乡社区支出, 支出决算表's 212 prints 3,845.24 (= 1,105.68 + 2,739.56).
        "WARNING budget.cross-subject /summary/lines/10/cells/total 3,845.24万元 3,845.25万元",
        // 四、财政拨款收入支出决算总表 prints 236.63 for 卫生健康支出 too, 一般公共预算财政拨款支出决算表's 210 236.64.
        "WARNING budget.cross-subject /appropriations/lines/8/cells/generalPublic 236.64万元 236.63万元"),
        findings(RealFinalAccounts.FILES.get(0)));
  }

  /**
   * 中共上海市普陀区委社会工作部: the README's hand sum holds exactly (264.87 + 10.82 + 2.71 + 29.42 = 307.82 = 本年支出合计
   * = 本年收入合计 = 总计); "三公" and the two fund tables print "本表无数据" and are empty, not missing.
   */
  @Test
  void socialWork() throws IOException {
    assertEquals(List.of(
        // 六、基本支出决算表: 302's 款 3.78 + 1.15 + 0.02 + 0.68 + 0.48 + 1.48 + 2.43 + 0.20 = 10.22, 302 and 公用经费合计
        // print 10.23 ...
        "WARNING budget.subject-sum /basicExpenditure/sections/0/rows/27/total 10.22万元 10.23万元",
        // ... so 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59, where 五、一般公共预算财政拨款支出决算表 prints
        // 基本支出 105.58 (= 62.63 + 10.82 + 2.71 + 29.42, and the text: 基本支出 105.58 万元).
        "WARNING budget.cross-total /generalPublic/total/basic 105.59万元 105.58万元"),
        findings(RealFinalAccounts.FILES.get(1)));
  }

  @Test
  void emptyTablesArePresentAndEmpty() throws IOException {
    FinalAccounts social = RealFinalAccounts.load(RealFinalAccounts.FILES.get(1));
    assertEquals(9, social.tables().size());
    assertEquals(List.of(true, true, true), List.of(social.threePublic().orElseThrow().isEmpty(),
        social.governmentFund().orElseThrow().isEmpty(), social.stateCapital().orElseThrow().isEmpty()));
  }
}
