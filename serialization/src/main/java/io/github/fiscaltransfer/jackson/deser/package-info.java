/**
 * Jackson deserializers for fiscal-transfer types, translating domain exceptions into Jackson errors that name the
 * type, the JSON path and the reason; and the JSON shapes of the composite types (records such as
 * {@link io.github.fiscaltransfer.jackson.deser.TransferNoticeJson}), which both directions use.
 */
package io.github.fiscaltransfer.jackson.deser;
