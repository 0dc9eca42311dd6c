package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;

/**
 * The JSON shape of a {@link DocumentReference}: the cited document's number and title, either or both.
 *
 * @param number the number, or null
 * @param title the title as printed without 《》, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"number", "title", "role"})
record DocumentReferenceJson(DocumentNumber number, String title, DocumentReference.Role role) {

  /**
   * Returns the shape of a reference.
   *
   * @param reference the reference, not null
   * @return its JSON shape, not null
   */
  static DocumentReferenceJson of(DocumentReference reference) {
    return new DocumentReferenceJson(reference.number().orElse(null), reference.title().orElse(null),
        reference.role() == DocumentReference.Role.BASIS ? null : reference.role());
  }

  DocumentReference toReference() {
    DocumentReference reference;
    if (number == null) {
      reference = DocumentReference.titled(Shapes.required(title, "number or title"));
    } else {
      reference = title == null ? DocumentReference.of(number) : DocumentReference.of(title, number);
    }
    return role == null ? reference : reference.withRole(role);
  }
}
