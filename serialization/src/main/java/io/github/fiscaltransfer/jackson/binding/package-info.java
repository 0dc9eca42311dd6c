/**
 * Internal, not API: the JSON binding of every fiscal-transfer type — serializers, deserializers, map-key
 * (de)serializers, the package-private JSON shapes (records such as {@code TransferNoticeJson}, opened to Jackson
 * alone) and the department budget (部门预算) form — reached only through {@link
 * io.github.fiscaltransfer.jackson.binding.JsonBindings}, which the API's {@code FiscalTransferModule} calls. Every
 * other type here is package-private, and nothing here imports the API package above it.
 */
package io.github.fiscaltransfer.jackson.binding;
