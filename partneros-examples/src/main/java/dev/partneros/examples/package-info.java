/**
 * The reference integration of PartnerOS: the runnable {@link dev.partneros.examples.Demo} (the
 * README's main job), the bundled standard program ({@code standard-program.yaml}), the JShell
 * start-up script and, in {@code dev.partneros.examples.bench}, the JMH benchmarks. No library
 * module depends on it.
 */
package dev.partneros.examples;
