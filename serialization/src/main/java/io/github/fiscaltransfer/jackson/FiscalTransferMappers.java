package io.github.fiscaltransfer.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;

/**
 * Builds {@link JsonMapper}s hardened for documents from untrusted sources, with {@link FiscalTransferModule}
 * registered.
 *
 * <p>A mapper from {@link #newMapper()}:
 * <ul>
 *   <li>rejects unknown properties ({@code FAIL_ON_UNKNOWN_PROPERTIES}), repeated keys
 *       ({@code STRICT_DUPLICATE_DETECTION}) and anything after the value ({@code FAIL_ON_TRAILING_TOKENS});</li>
 *   <li>has no default typing, so a document cannot name the classes to instantiate;</li>
 *   <li>reads floating-point numbers as {@code BigDecimal} keeping trailing zeros, and writes {@code BigDecimal}
 *       in plain notation;</li>
 *   <li>limits what it reads ({@link StreamReadConstraints}): nesting depth {@value #MAX_NESTING_DEPTH} (a notice
 *       nests a handful of levels), number length {@value #MAX_NUMBER_LENGTH} characters (the longest figure is
 *       42), string length {@value #MAX_STRING_LENGTH} characters, property name length
 *       {@value #MAX_NAME_LENGTH} characters, document length {@value #MAX_DOCUMENT_LENGTH} bytes or characters and
 *       {@value #MAX_TOKEN_COUNT} tokens. Jackson's defaults allow nesting 1,000 and unlimited documents.</li>
 * </ul>
 * A limit exceeded is reported as soon as the parser reaches it, as a
 * {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}; when that happens while reading a bean or
 * collection, Jackson wraps it in a {@link com.fasterxml.jackson.databind.JsonMappingException} that adds the path.
 * Both are {@link com.fasterxml.jackson.core.JsonProcessingException}s.
 */
public final class FiscalTransferMappers {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest JSON number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest JSON string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The longest document read, in bytes or characters (16 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** The most tokens read in one document. */
  public static final long MAX_TOKEN_COUNT = 1_000_000L;

  private FiscalTransferMappers() {
  }

  /**
   * Returns the read limits {@link #newMapper()} applies.
   *
   * @return the constraints, not null
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxTokenCount(MAX_TOKEN_COUNT)
        .build();
  }

  /**
   * Returns a new builder with the hardened settings and the module, for callers that add their own settings.
   *
   * @return the builder, not null
   */
  public static JsonMapper.Builder builder() {
    return builder(new FiscalTransferModule());
  }

  private static JsonMapper.Builder hardened() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(readConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .deactivateDefaultTyping();
  }

  /**
   * Returns a new builder with the hardened settings and the given module, such as one with its own unit registry
   * or features. A {@code FiscalTransferModule} of another configuration registered later takes precedence; one of
   * the same configuration is ignored ({@link FiscalTransferModule#getTypeId()}).
   *
   * @param module the module, not null
   * @return the builder, not null
   */
  public static JsonMapper.Builder builder(FiscalTransferModule module) {
    return hardened().addModule(Objects.requireNonNull(module, "module"));
  }

  /**
   * Returns a new hardened mapper with {@link FiscalTransferModule} registered.
   *
   * @return the mapper, not null
   */
  public static JsonMapper newMapper() {
    return builder().build();
  }

  /**
   * Returns the pretty printer of normalised documents: two-space indent, one field or element a line, {@code "a": 1}
   * with one space after the colon, {@code \n} line ends on every platform.
   *
   * @return a new printer, not null
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
        .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
