/**
 * Jackson deserializers for fiscal-transfer types, translating domain exceptions into Jackson errors that name the
 * type, the JSON path and the reason.
 */
package io.github.fiscaltransfer.jackson.deser;
