/**
 * fiscal-transfer core: Chinese fiscal transfer documents (转移支付资金下达文件) as exact, immutable, validated data.
 *
 * <p>Exports every domain package; {@code io.github.fiscaltransfer.internal} (the Immutables style and the CSV
 * reader of the built-in reference data) stays inside. Amounts are the JSR 354 {@code java.money} API's
 * {@link javax.money.MonetaryAmount}, implemented here by {@code CnyAmount}: no Moneta, no currency provider.
 */
module io.github.fiscaltransfer.core {
  requires transitive java.money;
  // Immutables' annotations are read at compile time only (source and class retention): never needed at run time,
  // but a consumer's javac reads the class-retention ones from core's classes, so they are passed on to it.
  requires static transitive org.immutables.value.annotations;

  exports io.github.fiscaltransfer;
  exports io.github.fiscaltransfer.allocation;
  exports io.github.fiscaltransfer.budget;
  exports io.github.fiscaltransfer.deadline;
  exports io.github.fiscaltransfer.document;
  exports io.github.fiscaltransfer.evaluation;
  exports io.github.fiscaltransfer.hierarchy;
  exports io.github.fiscaltransfer.identifier;
  exports io.github.fiscaltransfer.money;
  exports io.github.fiscaltransfer.notice;
  exports io.github.fiscaltransfer.performance;
  exports io.github.fiscaltransfer.policy;
  exports io.github.fiscaltransfer.rules;
  exports io.github.fiscaltransfer.statement;
  exports io.github.fiscaltransfer.subject;
  exports io.github.fiscaltransfer.target;
  exports io.github.fiscaltransfer.unit;
  exports io.github.fiscaltransfer.validation;

  // Finding messages in English and Chinese: each module with rules provides its bundles (the reader its read.*).
  uses io.github.fiscaltransfer.validation.MessageSource;
  provides io.github.fiscaltransfer.validation.MessageSource with io.github.fiscaltransfer.rules.BuiltInMessages;
}
