package dev.partneros.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one place that holds the Immutables policy of every PartnerOS value type. It is applied per
 * package ({@code @PartnerOsStyle package dev.partneros.x;}) so every module generates its values
 * the same way.
 *
 * <p>Each setting and its reason:
 * <ul>
 *   <li>{@code visibility = PACKAGE}, {@code overshadowImplementation = true}: the generated
 *       {@code Immutable*} classes are hidden; callers only ever see the abstract type and its
 *       nested {@code Builder}, so the implementation can change without breaking them.</li>
 *   <li>{@code builderVisibility = PUBLIC}: a value declares
 *       {@code public static class Builder extends ImmutableX.Builder { Builder() {} }} (its
 *       constructor is not public) and {@code public static Builder builder()}, the one public way
 *       to build it. A result that only engines create (a score, a decision, a commission line)
 *       offers no public builder: its {@code Builder} is package-private, or, when an engine of an
 *       internal package builds it, public without a public constructor and reached only through an
 *       internal factory.</li>
 *   <li>{@code get = {"is*", "get*"}} is <em>not</em> set: accessors have no {@code get} prefix
 *       ({@code amount()}, not {@code getAmount()}), as in the JDK's records.</li>
 *   <li>{@code defaults = @Value.Immutable(copy = true)}: {@code withX} methods exist for
 *       what-if analysis on a single field.</li>
 *   <li>{@code validationMethod = SIMPLE}: a missing mandatory attribute is refused when built;
 *       nulls are never accepted.</li>
 *   <li>{@code jdkOnly = true}: the generated code uses only JDK collections, so no Guava appears on
 *       any class path.</li>
 *   <li>{@code privateNoargConstructor = false}, {@code forceJacksonPropertyNames = false}:
 *       Jackson binds through the generated creator, using the accessor names as JSON names.</li>
 * </ul>
 * Invariants live in {@code @Value.Check} methods of each value and only there.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jdkOnly = true,
    forceJacksonPropertyNames = false)
public @interface PartnerOsStyle {}
