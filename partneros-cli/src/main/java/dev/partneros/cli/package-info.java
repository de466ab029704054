/**
 * The evaluator's command line, {@link dev.partneros.cli.PartnerOsCli}: {@code evaluate},
 * {@code diff}, {@code validate} and {@code generate}, with exit codes 0 (success), 1 (invalid input,
 * every problem printed) and 2 (usage).
 */
package dev.partneros.cli;
