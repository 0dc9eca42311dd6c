/**
 * Internal: Jackson key serializers and deserializers, for fiscal-transfer value types used as map keys. Not API:
 * register {@link io.github.fiscaltransfer.jackson.FiscalTransferModule}.
 */
package io.github.fiscaltransfer.jackson.key;
