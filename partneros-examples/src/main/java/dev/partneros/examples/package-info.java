/**
 * What teaches: the runnable {@link dev.partneros.examples.Demo} (the README's first command), the
 * JShell start-up script ({@code src/main/jshell/partneros.jsh}) and small embedding examples. No
 * library module depends on it.
 */
package dev.partneros.examples;
