/**
 * Internal: Jackson serializers for the value types whose JSON is neither their {@code toString()} (written with
 * Jackson's {@code ToStringSerializer}) nor a composite shape. Not API: register
 * {@link io.github.fiscaltransfer.jackson.FiscalTransferModule}.
 */
package io.github.fiscaltransfer.jackson.ser;
