/**
 * The service interface through which the rule modules take part in loading a program file
 * ({@code docs/program-file.md#section-readers}): each module implements
 * {@link dev.partneros.core.spi.SectionReader} for the sections it owns and registers it with
 * {@link java.util.ServiceLoader} ({@code provides ... with ...} in its module descriptor and a
 * {@code META-INF/services} file for the class path), so that
 * {@link dev.partneros.core.ProgramLoader} checks every section of a file without core knowing any
 * rule family.
 */
package dev.partneros.core.spi;
