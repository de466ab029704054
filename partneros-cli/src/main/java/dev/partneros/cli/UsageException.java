package dev.partneros.cli;

/**
 * A command line the tool cannot run: an unknown command or option, a missing or malformed value.
 * Exit code 2, with the usage printed.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
