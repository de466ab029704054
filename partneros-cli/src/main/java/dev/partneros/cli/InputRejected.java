package dev.partneros.cli;

/**
 * Thrown once every problem of an invalid input has been printed: exit code
 * {@link PartnerOsCli#INVALID_INPUT}, nothing more to print.
 */
final class InputRejected extends Exception {

  private static final long serialVersionUID = 1L;

  InputRejected() {
    super("invalid input, every problem printed", null, false, false);
  }
}
