/**
 * Internal: Jackson deserializers for fiscal-transfer types, translating domain exceptions into Jackson errors that
 * name the type, the JSON path and the reason; and the composite types in both directions, through their
 * package-private JSON shapes (records such as {@code TransferNoticeJson}), which {@code ShapeSerializer} writes and
 * {@code ShapeDeserializer} reads. Not API: register {@link io.github.fiscaltransfer.jackson.FiscalTransferModule}.
 */
package io.github.fiscaltransfer.jackson.deser;
