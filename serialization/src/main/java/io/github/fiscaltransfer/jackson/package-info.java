/**
 * A Jackson 2.x datatype module for the fiscal-transfer core types.
 */
package io.github.fiscaltransfer.jackson;
