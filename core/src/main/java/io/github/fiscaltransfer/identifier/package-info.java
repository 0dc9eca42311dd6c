/**
 * Identifiers the documents print: a document number (发文字号) such as {@code 粤财社〔2021〕307号}, a reference
 * to a cited document (依据文件) by number or title, and a transfer-payment project code (项目代码) such as
 * {@code Z155080000004}.
 *
 * <p>Notices, performance tables, self-evaluations and fund flows all name documents and grants by these values,
 * so they sit below each of them and depend on nothing but the library's parse exception.
 */
@ValueStyle
package io.github.fiscaltransfer.identifier;

import io.github.fiscaltransfer.internal.ValueStyle;
