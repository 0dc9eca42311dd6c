/**
 * fiscal-transfer: Chinese fiscal transfer documents (转移支付资金下达文件) as exact, immutable, validated data.
 *
 * <p>Each domain concept has its own package: {@code money}, {@code allocation}, {@code subject},
 * {@code unit}, {@code notice}, {@code hierarchy}, {@code performance}; {@code validation} holds the findings
 * every rule reports. This package holds only the parse exception shared by every text format.
 *
 * <h2 id="builders">Builders</h2>
 * A public {@code Builder} of a value type ({@code TransferNotice.builder()}, {@code Grant.builder()} …) has one
 * method per attribute, named as the attribute's accessor, whose Javadoc describes it; every method returns the
 * builder. A value is set with {@code name(value)}, an optional one also from an {@code Optional}; a list attribute
 * such as {@code labels} is replaced with {@code labels(iterable)} and extended with {@code addLabel(one)},
 * {@code addLabels(several…)} and {@code addAllLabels(iterable)}; {@code from(value)} copies every attribute of an
 * existing value, to change what differs; {@code build()} validates, throwing {@link IllegalStateException} that
 * names the required attributes not set, or {@link IllegalArgumentException} for a rule broken. To change one
 * attribute of a value, its {@code with…} methods (such as {@code TransferNotice.withIssueDate}) take one call.
 */
package io.github.fiscaltransfer;
