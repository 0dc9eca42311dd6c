package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads a JSON shape record whose components carry no Jackson annotation ({@code TransferNoticeJson},
 * {@code GrantAllocationJson}) in one pass over the tokens, each component through the mapper's own deserializer
 * of its declared type, found once when Jackson resolves this deserializer; then calls the canonical constructor.
 * It reads what binding the record through Jackson's property-based creator reads: an absent or null field is null,
 * for the builder to report; an unknown field goes to {@link DeserializationContext#handleUnknownProperty}; a wrong
 * token is reported by {@link DeserializationContext#handleUnexpectedToken}; an error inside a field is wrapped with
 * the field in its reference chain. One subclass per shape, for {@code @JsonDeserialize(using = …)}; thread-safe
 * once resolved (a component holding the shape itself, such as confirmed notices, has its deserializer looked up
 * on first use, since Jackson resolves an annotation's deserializer before caching it).
 */
abstract class ShapeRecordDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final Class<? extends Record> shape;
  private final List<String> names;
  private transient Map<String, Integer> index;
  private transient AtomicReferenceArray<JsonDeserializer<Object>> fields;
  /** The types of the components, for those looked up on first use. */
  private transient JavaType[] types;
  private transient MethodHandle constructor;

  /**
   * Creates the deserializer of a shape record.
   *
   * @param shape the record, whose components carry no annotation
   */
  ShapeRecordDeserializer(Class<? extends Record> shape) {
    super(shape);
    this.shape = shape;
    this.names = Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName).toList();
    assert Arrays.stream(shape.getRecordComponents()).allMatch(c -> c.getAnnotations().length == 0)
        : "fiscal-transfer bug: an annotated component in " + shape;
  }

  /**
   * Looks up the deserializers of the components and the canonical constructor.
   *
   * @param ctxt the context
   * @throws JsonMappingException if a component has no deserializer
   */
  @Override
  @SuppressWarnings("unchecked")
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    RecordComponent[] components = shape.getRecordComponents();
    Map<String, Integer> byName = new HashMap<>();
    JsonDeserializer<Object>[] found = new JsonDeserializer[components.length];
    JavaType[] javaTypes = new JavaType[components.length];
    Class<?>[] raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      byName.put(components[i].getName(), i);
      javaTypes[i] = ctxt.getTypeFactory().constructType(components[i].getGenericType());
      raw[i] = components[i].getType();
      if (!nests(javaTypes[i])) {
        found[i] = ctxt.findContextualValueDeserializer(javaTypes[i], null);
      }
    }
    try {
      constructor = MethodHandles.lookup().unreflectConstructor(shape.getDeclaredConstructor(raw));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fiscal-transfer bug: no canonical constructor in " + shape, e);
    }
    index = Map.copyOf(byName);
    types = javaTypes;
    fields = new AtomicReferenceArray<>(found);
  }

  /** Whether a component holds this shape (confirmed notices): looked up on first use, once this one is cached. */
  private boolean nests(JavaType type) {
    return type.getContentType() != null && type.getContentType().getRawClass() == shape;
  }

  private JsonDeserializer<Object> field(int i, DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<Object> field = fields.get(i);
    if (field == null) {
      field = ctxt.findContextualValueDeserializer(types[i], null);
      fields.set(i, field);
    }
    return field;
  }

  /**
   * Returns true: resolved once, this deserializer is the same for every shape the mapper reads.
   *
   * @return true
   */
  @Override
  public boolean isCachable() {
    return true;
  }

  /**
   * Returns the components' names, which an unknown-property error lists as Jackson's own would.
   *
   * @return the names, not null
   */
  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.copyOf(names);
  }

  /**
   * Reads the shape.
   *
   * @param p the parser, on the object's start
   * @param ctxt the context
   * @return the shape, not null
   * @throws IOException if the JSON is not the shape
   */
  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return ctxt.handleUnexpectedToken(shape, p);
    }
    Object[] values = new Object[types.length];
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      Integer i = index.get(name);
      if (i == null) {
        ctxt.handleUnknownProperty(p, this, shape, name);
        continue;
      }
      try {
        JsonDeserializer<Object> field = field(i, ctxt);
        values[i] = value == JsonToken.VALUE_NULL ? field.getNullValue(ctxt) : field.deserialize(p, ctxt);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, shape, name);
      }
    }
    try {
      return constructor.invokeWithArguments(values);
    } catch (RuntimeException | Error | IOException e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("fiscal-transfer bug: constructing " + shape, e);
    }
  }

  /** Reads {@link TransferNoticeJson}. */
  static final class Notice extends ShapeRecordDeserializer {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = …)}. */
    Notice() {
      super(TransferNoticeJson.class);
    }
  }

  /** Reads {@link GrantAllocationJson}. */
  static final class Allocation extends ShapeRecordDeserializer {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = …)}. */
    Allocation() {
      super(GrantAllocationJson.class);
    }
  }
}
