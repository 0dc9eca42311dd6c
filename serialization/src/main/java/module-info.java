/**
 * fiscal-transfer serialization: the Jackson 2.x datatype module for every fiscal-transfer core type, the
 * {@code NoticeDocument} JSON envelope and CSV allocation tables.
 *
 * <p>Exports its API only: {@code io.github.fiscaltransfer.jackson} ({@code FiscalTransferModule},
 * {@code FiscalTransferMappers}, {@code FiscalTransferFeature}, {@code DocumentFormat}) and
 * {@code io.github.fiscaltransfer.jackson.csv}. The serializers, deserializers, key (de)serializers and JSON
 * shapes are internal, package-private in {@code io.github.fiscaltransfer.jackson.binding}, which is not exported
 * and is opened to Jackson alone, which binds the shape records by reflection.
 */
module io.github.fiscaltransfer.jackson {
  requires transitive io.github.fiscaltransfer.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.fiscaltransfer.jackson;
  exports io.github.fiscaltransfer.jackson.csv;

  opens io.github.fiscaltransfer.jackson.binding to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.fiscaltransfer.jackson.FiscalTransferModule;
}
