/**
 * The seed documents built with the public API, and a main that prints them validated.
 */
package io.github.fiscaltransfer.examples;
