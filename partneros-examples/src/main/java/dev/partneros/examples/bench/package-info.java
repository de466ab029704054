/**
 * JMH benchmarks of the PartnerOS engines. Each benchmark states its run command in its class
 * Javadoc; sizes are swept with {@code @Param}.
 */
package dev.partneros.examples.bench;
