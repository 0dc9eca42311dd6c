/**
 * The seed documents built with the public API and shipped as JSON ({@link
 * io.github.fiscaltransfer.examples.SeedDocuments}), and a main that prints them validated.
 */
package io.github.fiscaltransfer.examples;
