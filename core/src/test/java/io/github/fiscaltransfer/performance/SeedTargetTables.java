package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.time.Year;

/**
 * The performance target tables (绩效目标表) of the seed documents, built through the public API with every
 * indicator and target as printed.
 *
 * <p>Category cells that the documents wrap over several lines ({@code 产出\n指标}) are written on one line; the
 * empty row of seed 001's 社会效益 block (no name, no target) is left out. Where the extracted table of
 * 江财社〔2023〕1号 has lost its cell borders, each factory's Javadoc says how the rows were read.
 */
public final class SeedTargetTables {

  /** The grant of seed 000's and 001's tables, as printed in 000's 附件2. */
  static final String CAPACITY_GRANT = "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）";

  /** The project code (项目代码) both notices of that grant print. */
  static final ProjectCode CAPACITY_PROJECT_CODE = ProjectCode.parse("Z155080000004");

  private SeedTargetTables() {}

  private static PrintedAmount wan(String figure) {
    return PrintedAmount.parse(figure, AmountUnit.WAN_YUAN);
  }

  /**
   * 粤财社〔2021〕307号 附件2: the 2022 regional target table of Guangdong (notice total 10,831万元).
   *
   * @return the table, not null
   */
  public static PerformanceTargetTable guangdong2022() {
    return PerformanceTargetTable.builder()
        .grantName(CAPACITY_GRANT)
        .projectCode(CAPACITY_PROJECT_CODE)
        .year(Year.of(2022))
        .region("广东省")
        .funding(Funding.builder().annual(wan("10,831")).central(wan("10,831")).build())
        .addGoals(
            "目标 1：提升医保信息信息化水平，加强网络、信息安全、基础设施等方面建设，进一步夯实技术基础，"
                + "切实保障医保信息系统高效、安全运行，提高数据采集质量和速度。",
            "目标 2：加强打击欺诈骗保工作力度，切实保障医保基金合理有效使用。",
            "目标 3：加快推进医保支付方式改革和 DRG 试点工作",
            "目标 4：有效提升综合监管、宣传引导、经办服务、人才队伍建设等医疗保障服务能力")
        .addIndicators(
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作省级新闻发布会、政策吹风会次数", "2 次"),
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作政府信息公开省级工作会议或培训", "1 次"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统验收合格率", "90%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统正常运行率", "90%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统重大安全事件响应时间", "60 分钟"),
            PerformanceIndicator.of("产出指标", "质量指标", "定点医药机构监督检查覆盖率", "100%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保人才培训人次", "200"),
            PerformanceIndicator.of("产出指标", "质量指标", "推行医保支付方式改革和 DIP、DRG 试点", "逐步推开"),
            PerformanceIndicator.of("产出指标", "时效指标", "新增 DIP、DRG 试点实现实际付费", "12 月底前"),
            PerformanceIndicator.of("产出指标", "时效指标", "开展中医药服务支付方式改革", "12 月底前"),
            PerformanceIndicator.of("效益指标", "社会效益指标", "医保重要政策知晓率", "90%"),
            PerformanceIndicator.of("效益指标", "社会效益指标", "跨省异地就医直接结算率", "有所提高"),
            PerformanceIndicator.of("满意度", "服务对象满意度指标", "参保人员对医保服务的满意度", "90%"))
        .build();
  }

  /**
   * 梁河县 notice (seed 001) attachment: the unfilled 2022 county template, with its {@code ........} rows.
   *
   * @return the template, not null
   */
  public static PerformanceTargetTable lianghe2022Template() {
    return PerformanceTargetTable.builder()
        .grantName(CAPACITY_GRANT)
        .projectCode(CAPACITY_PROJECT_CODE)
        .year(Year.of(2022))
        .funding(Funding.builder().build())
        .addGoals("目标1：", "目标2：", "目标3：",
            "......（根据预算安排补充完善，分条概况主要产出和效果，定性描述和定量描述相结合）")
        .addIndicators(
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作新闻发布会、政策吹风会次数", "≥**次"),
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作信息公开工作会议或培训", "≥**次"),
            PerformanceIndicator.of("产出指标", "数量指标", "........", ""),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统验收合格率", "≥**%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统正常运行率", "≥**%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保信息系统重大安全事件响应时间", "≤**分钟"),
            PerformanceIndicator.of("产出指标", "质量指标", "定点医药机构监督检查覆盖率", "100%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保人才培训合格率", "≥**%"),
            PerformanceIndicator.of("产出指标", "质量指标", "推行医保支付方式改革和DRG试点", "逐步推开"),
            PerformanceIndicator.of("产出指标", "质量指标", "........", ""),
            PerformanceIndicator.of("产出指标", "时效指标", "DRG试点进展模拟运行时间", ""),
            PerformanceIndicator.of("产出指标", "时效指标", "........", ""),
            PerformanceIndicator.of("效益指标", "社会效益", "医保重要政策知晓率", "≥90%"),
            PerformanceIndicator.of("满意度指标", "服务对象满意度", "参保人员对医保服务的满意度", "≥**%"),
            PerformanceIndicator.of("满意度指标", "服务对象满意度", "........", ""))
        .build();
  }

  /**
   * 江财社〔2023〕1号 附件2 (notice total 7,678万元). The extracted table has lost its cell borders; it is read as:
   * 健全医疗保障制度体系(是/否) under 可持续影响指标 (as 〔2023〕2号 places the same indicator), and
   * 医疗救助救助对象满意度(%) under 服务对象满意度 with no level-1 cell printed.
   *
   * @return the table, not null
   */
  public static PerformanceTargetTable jiangmen2023No1() {
    return PerformanceTargetTable.builder()
        .grantName("医疗救助省级补助资金")
        .year(Year.of(2023))
        .funding(Funding.of(PrintedAmount.parse("7,678万元")))
        .addGoals("科学确定救助对象范围，夯实医疗救助托底保障，健全防范和化解因病致贫长效机制，强化基本医疗保险、"
            + "大病保险、医疗救助三重制度综合保障，实事求是确定保障困难群众医疗保障待遇标准。全额资助困难居民参加居民"
            + "医保，减轻医疗费用支出负担，同时强化医疗救助规范管理，避免过度保障。")
        .addIndicators(
            PerformanceIndicator.of("产出指标", "数量指标", "住院救助入次数", "≥2万人次"),
            PerformanceIndicator.of("产出指标", "数量指标", "门诊救助入次数", "≥10万人次"),
            PerformanceIndicator.of("产出指标", "时效指标", "医疗救助结算及时率(%)", "100"),
            PerformanceIndicator.of("产出指标", "成本指标", "预算成本控制", "不超出预算"),
            PerformanceIndicator.of("效益指标", "社会指标", "重点医疗救助对象住院政策范围内基本医疗救助比例(%)", "≥80"),
            PerformanceIndicator.of("效益指标", "社会指标", "符合资助条件的农村低收入人口资助参保政策覆盖率(%)", "100"),
            PerformanceIndicator.of("效益指标", "社会指标", "医疗救助“一站式”即时结算市域内覆盖率(%)", "100"),
            PerformanceIndicator.of("效益指标", "社会指标", "特困供养人员住院政策范围内基本医疗救助比例(%)", "100"),
            PerformanceIndicator.of("效益指标", "社会指标", "拓展医疗救助对象覆盖范围(是/否)", "是"),
            PerformanceIndicator.of("效益指标", "社会指标", "减轻困难群众医疗费用负担程度(是/否)", "是"),
            PerformanceIndicator.of("效益指标", "可持续影响指标", "健全社会救助体系(是/否)", "是"),
            PerformanceIndicator.of("效益指标", "可持续影响指标", "健全医疗保障制度体系(是/否)", "是"),
            PerformanceIndicator.of("", "服务对象满意度", "医疗救助救助对象满意度(%)", "≥85"))
        .build();
  }

  /**
   * 江财社〔2023〕2号 附件2 (notice total 1829 万元).
   *
   * @return the table, not null
   */
  public static PerformanceTargetTable jiangmen2023No2() {
    return PerformanceTargetTable.builder()
        .grantName("医疗救助中央补助资金")
        .year(Year.of(2023))
        .region("江门市")
        .funding(Funding.builder().annual(PrintedAmount.parse("1,829万元"))
            .central(PrintedAmount.parse("1,829万元")).build())
        .addGoals("目标1: 资助医疗救助对象参加城乡居民基本医疗保险率达到100%", "目标2: 持续实施重特大疾病医疗救助",
            "目标3: 强化医疗救助规范管理。")
        .addIndicators(
            PerformanceIndicator.of("产出指标", "数量指标", "资助参保比例", "100%"),
            PerformanceIndicator.of("产出指标", "数量指标", "住院救助人次", "≥2万人次"),
            PerformanceIndicator.of("产出指标", "数量指标", "门诊救助人次", "≥10万人次"),
            PerformanceIndicator.of("产出指标", "质量指标", "门诊医疗级费用救助比例", "≥70%"),
            PerformanceIndicator.of("产出指标", "质量指标", "住院医疗费用救助比例", "≥70%"),
            PerformanceIndicator.of("产出指标", "时效指标", "“一站式”即时结算覆盖地区", "市域内覆盖100%"),
            PerformanceIndicator.of("产出指标", "时效指标", "补助资金及时拨付率(%)", "100"),
            PerformanceIndicator.of("效益指标", "社会效益指标", "医疗救助对象看病就医方便程度", "明显提高"),
            PerformanceIndicator.of("效益指标", "可持续影响指标", "对健全医疗保障制度体系的作用", "成效明显"),
            PerformanceIndicator.of("满意度", "服务对象满意度指标", "政策知晓率", "≥80%"),
            PerformanceIndicator.of("满意度", "服务对象满意度指标", "救助对象满意度", "≥85%"))
        .build();
  }

  /**
   * 江财社〔2023〕3号 附件2 (notice total 194 万元).
   *
   * @return the table, not null
   */
  public static PerformanceTargetTable jiangmen2023No3() {
    return PerformanceTargetTable.builder()
        .grantName("医疗服务与保障能力提升补助资金(医疗保障服务能力建设部分)")
        .year(Year.of(2023))
        .region("江门市")
        .funding(Funding.builder().annual(wan("194")).central(wan("194")).build())
        .addGoals(
            "1. 提升医保信息化水平，加强网络、信息安全、基础设施等方面建设，进一步夯实技术基础，切实保障医保信息系统"
                + "高效、安全运行，提高数据采集质量和速度。",
            "2. 加强打击欺诈骗保工作力度，切实保障医保基金合理有效使用。",
            "3. 加快推进医保支付方式改革工作。",
            "4. 有效提升综合监管、宣传引导、经办服务、人才队伍建设等医疗保障服务能力。")
        .addIndicators(
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作新闻发布会、政策吹风会次数", "≥2次"),
            PerformanceIndicator.of("产出指标", "数量指标",
                "开展宣传活动（医保政策、法律法规、打击欺诈骗保维护基金安全等）", "≥4次"),
            PerformanceIndicator.of("产出指标", "数量指标",
                "开展医保业务培训（医保业务、基金监管、对定点医药机构医疗保障政策业务等）", "≥4次"),
            PerformanceIndicator.of("产出指标", "数量指标", "召开医保工作会次数", "≥3次"),
            PerformanceIndicator.of("产出指标", "数量指标", "联合相关部门开展打击欺诈骗保专项治理行动", "≥3次"),
            PerformanceIndicator.of("产出指标", "质量指标", "定点医药机构监督检查覆盖率", "100%"),
            PerformanceIndicator.of("产出指标", "质量指标", "医保人才培训人次", "≥ 200人次"),
            PerformanceIndicator.of("产出指标", "质量指标", "跨省异地就医直接结算率", "有所提高"),
            PerformanceIndicator.of("产出指标", "时效指标", "制定2023年DIP病种分值库", "12月底前"),
            PerformanceIndicator.of("产出指标", "时效指标", "群众投诉（咨询）事项办理时长", "≤15天"),
            PerformanceIndicator.of("效益指标", "社会效益指标", "医保人才队伍综合素质", "有所提升"),
            PerformanceIndicator.of("效益指标", "社会效益指标", "参保群众政策知晓率", "普遍知晓"),
            PerformanceIndicator.of("满意度指标", "服务对象满意度指标", "参保人员对医保服务的满意度", "≥90%"))
        .build();
  }
}
