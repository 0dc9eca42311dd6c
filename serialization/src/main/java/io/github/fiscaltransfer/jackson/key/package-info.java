/**
 * Jackson key serializers and deserializers, for fiscal-transfer value types used as map keys.
 */
package io.github.fiscaltransfer.jackson.key;
