/**
 * JMH benchmarks of the PartnerOS engines, each beside a hand-written baseline of the same rule
 * (checked equal by a test), and the portfolio scale runs. Each benchmark states its run command in
 * its class Javadoc; sizes are swept with {@code @Param}. Never published; see {@code BENCHMARKS.md}.
 */
package dev.partneros.benchmarks;
