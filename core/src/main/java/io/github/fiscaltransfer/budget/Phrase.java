package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.validation.Arguments;

/**
 * What an equation compares a printed figure with, as words of the message bundles: the key {@code what.} + name,
 * such as {@code what.parts} ("its parts add up to", "各项合计"), and the arguments those words name.
 *
 * @param name the phrase's name in the bundles
 * @param arguments the arguments its words name
 */
record Phrase(String name, Arguments arguments) {

  /** Returns the phrase of a name, naming no argument. */
  static Phrase of(String name) {
    return new Phrase(name, Arguments.none());
  }

  /** Returns this phrase naming one more argument. */
  Phrase with(String argument, Object value) {
    return new Phrase(name, arguments.and(argument, value));
  }
}
