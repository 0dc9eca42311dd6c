/**
 * Reading documents as published (读取公开文件): what a reader found, where it found it, and what it could not read.
 *
 * <p>Every reader returns a {@link io.github.fiscaltransfer.reader.ReadResult}: the document, when the source held
 * enough to build one, and a {@link io.github.fiscaltransfer.reader.ReadReport} with the source position of every
 * value and a {@code read.*} finding ({@link io.github.fiscaltransfer.reader.ReadRule}) for everything not
 * understood. Reading never validates: the document is then validated as usual, so a reading error and a document
 * error are never confused.
 */
package io.github.fiscaltransfer.reader;
