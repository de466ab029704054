package dev.partneros.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --program} option of {@code evaluate} and {@code explain}: a program history. */
final class ProgramOptions {

  @Option(names = "--program", paramLabel = "FILE",
      description = "A program version (YAML or JSON); repeat it once per version of the history, in any "
          + "order. Default: the standard program.")
  List<Path> files = new ArrayList<>();
}
