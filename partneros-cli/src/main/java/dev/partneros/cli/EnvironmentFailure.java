package dev.partneros.cli;

/**
 * An input/output failure of the machine rather than of the input (an output folder that cannot be
 * written, a full disk): exit code {@link PartnerOsCli#ENVIRONMENT}, its message printed on one line.
 */
final class EnvironmentFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Makes a failure.
   *
   * @param message one line naming what failed and why
   * @param cause the input/output error
   */
  EnvironmentFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
