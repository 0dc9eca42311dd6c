/**
 * Jackson serializers for fiscal-transfer types that have no single canonical text; the others are written with
 * Jackson's {@code ToStringSerializer}.
 */
package io.github.fiscaltransfer.jackson.ser;
