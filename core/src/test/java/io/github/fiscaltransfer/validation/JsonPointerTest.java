package io.github.fiscaltransfer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** JSON Pointers are written as RFC 6901 writes them and read back to equal pointers. */
class JsonPointerTest {

  @Test
  void buildsPointersToMembersAndElements() {
    JsonPointer pointer = JsonPointer.root().element("allocations", 0).child("table").element("lines", 3);
    assertEquals("/allocations/0/table/lines/3", pointer.toString());
    assertEquals(List.of("allocations", "0", "table", "lines", "3"), pointer.tokens());
    assertEquals("", JsonPointer.root().toString());
    assertTrue(JsonPointer.root().isRoot());
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    JsonPointer pointer = JsonPointer.root().child("a/b").child("m~n");
    assertEquals("/a~1b/m~0n", pointer.toString());
    assertEquals(List.of("a/b", "m~n"), pointer.tokens());
  }

  @Test
  void resolvesARelativePointerBelowThisOne() {
    JsonPointer notice = JsonPointer.root().child("notice");
    assertEquals("/notice/allocations/1", notice.resolve(JsonPointer.parse("/allocations/1")).toString());
    assertEquals(notice, notice.resolve(JsonPointer.root()));
    assertEquals(notice, JsonPointer.root().resolve(notice));
  }

  @Test
  void refusesMalformedText() {
    IllegalArgumentException noSlash = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("a/b"));
    assertEquals("JSON Pointer must be empty or start with '/': a/b", noSlash.getMessage());
    IllegalArgumentException tilde = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
    assertEquals("JSON Pointer has '~' not followed by 0 or 1 at index 2: /a~2", tilde.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.root().index(-1));
  }

  @Test
  void equalityFollowsTheText() {
    assertEquals(JsonPointer.parse("/a/0"), JsonPointer.root().element("a", 0));
    assertEquals(JsonPointer.parse("/a/0").hashCode(), JsonPointer.root().element("a", 0).hashCode());
    assertNotEquals(JsonPointer.parse("/a/0"), JsonPointer.parse("/a/1"));
  }

  @Property
  void everyPointerReadsBackFromItsText(@ForAll("pointers") JsonPointer pointer) {
    assertEquals(pointer, JsonPointer.parse(pointer.toString()));
    JsonPointer rebuilt = JsonPointer.root();
    for (String token : pointer.tokens()) {
      rebuilt = rebuilt.child(token);
    }
    assertEquals(pointer, rebuilt);
  }

  @Provide
  Arbitrary<JsonPointer> pointers() {
    Arbitrary<String> token = Arbitraries.strings().withChars("ab/~0 1合计").ofMaxLength(5);
    return token.list().ofMaxSize(6).map(tokens -> {
      JsonPointer pointer = JsonPointer.root();
      for (String t : tokens) {
        pointer = pointer.child(t);
      }
      return pointer;
    });
  }
}
