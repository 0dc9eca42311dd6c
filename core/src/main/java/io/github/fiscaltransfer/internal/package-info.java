/**
 * Internal build support (the Immutables style); nothing here is public API.
 */
package io.github.fiscaltransfer.internal;
