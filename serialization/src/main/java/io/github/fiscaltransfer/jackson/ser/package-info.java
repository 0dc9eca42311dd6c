/**
 * Jackson serializers for fiscal-transfer types whose JSON is not their {@code toString()}; the others are
 * written with Jackson's {@code ToStringSerializer}.
 */
package io.github.fiscaltransfer.jackson.ser;
