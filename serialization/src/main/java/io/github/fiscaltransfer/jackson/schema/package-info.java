/**
 * The notice-document JSON format's versions and its JSON Schema: which {@code $schema} this library writes and
 * which it reads (文件格式版本).
 */
package io.github.fiscaltransfer.jackson.schema;
