package io.github.fiscaltransfer.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: generated {@code Immutable*} classes are package-private,
 * so only the hand-written abstract types and their static factories are public API. Builders are depluralized:
 * {@code addLine(line)} adds one, {@code addLines(a, b)} several, {@code addAllLines(list)} a collection.
 *
 * <p>Internal: source retention, not part of the API, and absent from the compiled jar's runtime view.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"basis:basis"},
    jdkOnly = true)
public @interface ValueStyle {}
