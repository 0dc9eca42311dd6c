package io.github.fiscaltransfer.jackson.binding;

/**
 * A domain rule broken while building a composite value from its JSON shape, with the JSON Pointer of the part
 * that broke it, relative to the shape: {@link ShapeDeserializer} turns it into a Jackson error naming the full path.
 */
final class PartFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Creates the failure.
   *
   * @param pointer the part's relative JSON Pointer, such as {@code /lines/2}, or empty for the shape itself
   * @param cause the domain exception, not null
   */
  PartFailure(String pointer, RuntimeException cause) {
    super(cause.getMessage(), cause);
    this.pointer = pointer;
  }

  /**
   * Returns the same failure seen from the enclosing shape.
   *
   * @param segment the segments leading from the enclosing shape to this one, such as {@code allocations/0}
   * @return a failure with the longer pointer, not null
   */
  PartFailure under(String segment) {
    return new PartFailure("/" + segment + pointer, (RuntimeException) getCause());
  }

  /**
   * Returns the relative JSON Pointer of the part that failed.
   *
   * @return the pointer, empty for the shape itself, not null
   */
  String pointer() {
    return pointer;
  }
}
