package io.github.fiscaltransfer.examples;

/** Prints the seed documents, validated (placeholder until the notice model lands). */
public final class SeedChain {

  private SeedChain() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("fiscal-transfer examples");
  }
}
