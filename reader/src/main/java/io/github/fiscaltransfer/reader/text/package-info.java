/**
 * Reading notices and self-evaluations from text as a PDF-to-text tool gives it (文本读取): lines broken mid-phrase,
 * spaces inside numbers, full- and half-width characters mixed, page numbers inside tables.
 *
 * <p>Reading is two steps, as {@code java.time}'s {@code parseUnresolved} keeps its {@code ParsePosition}: parsing
 * finds each value and its line and column; resolving turns the texts into domain values. What is certainly one
 * value is joined; anything else becomes a {@code read.*} finding with its line and text.
 */
package io.github.fiscaltransfer.reader.text;
