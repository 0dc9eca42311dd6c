package io.github.fiscaltransfer.cli;

import java.util.List;
import java.util.stream.Stream;

/** The units of the seed fund flow, as the seeds print them. */
final class SeedUnits {

  /** 粤财社〔2021〕307号's table: 省级留用 and 20 cities (seed 000). */
  static final List<String> GUANGDONG_307 = List.of("广东省 省级留用", "广州市", "珠海市", "汕头市", "佛山市", "韶关市",
      "河源市", "梅州市", "惠州市", "汕尾市", "东莞市", "中山市", "江门市", "阳江市", "湛江市", "茂名市", "肇庆市", "清远市",
      "潮州市", "揭阳市", "云浮市");

  /** 江财社〔2023〕3号's table: 市本级 and the 7 districts and cities of 江门市 (seed 002). */
  static final List<String> JIANGMEN_3 = List.of("江门市 市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市",
      "鹤山市", "恩平市");

  /** The units of 307号's chain (2022), sorted: its issuer and every recipient. */
  static final List<String> GUANGDONG_CHAIN = Stream.of(List.of("广东省"), GUANGDONG_307).flatMap(List::stream)
      .sorted().toList();

  /** The units of 3号's chain (2023), sorted: its issuer and every recipient. */
  static final List<String> JIANGMEN_CHAIN = Stream.of(List.of("江门市"), JIANGMEN_3).flatMap(List::stream)
      .sorted().toList();

  /** The seed flow's chains, one per grant and fiscal year, in the order of their notices in the seed folder. */
  static final List<String> CHAINS = List.of("2022 医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）",
      "2023 医疗救助省级补助资金", "2023 中央财政医疗救助补助资金", "2023 医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）");

  private SeedUnits() {}
}
