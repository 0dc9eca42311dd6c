package io.github.fiscaltransfer.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.fiscaltransfer.notice.Grant;
import java.io.IOException;
import java.time.DateTimeException;

/**
 * Reads a {@link Grant} from the object {@link GrantJson} describes, then builds it so that the grant's own rules
 * apply; a missing attribute or a broken rule is reported naming the type and the reason.
 */
public final class GrantDeserializer extends StdDeserializer<Grant> {

  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final GrantDeserializer INSTANCE = new GrantDeserializer();

  private GrantDeserializer() {
    super(Grant.class);
  }

  /**
   * Reads the grant.
   *
   * @param p the parser, on the object
   * @param ctxt the context
   * @return the grant, not null
   * @throws IOException if the JSON is not a valid grant
   */
  @Override
  public Grant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    GrantJson json = ctxt.readValue(p, GrantJson.class);
    try {
      return json.toGrant();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      return (Grant) ctxt.reportInputMismatch(this, "Cannot read Grant: %s", e.getMessage());
    }
  }
}
