package dev.partneros.cli;

import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.ProgramValidation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code partneros validate}: checks program files, every problem with its path. It prints what the
 * library's {@link ProgramLoader#validate(List)} finds, so the command and an embedding program give
 * the same answer for the same files.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Checks program files.",
    description = {"Checks program files: every section read by its module, every problem printed with its "
        + "path (warnings on standard output, errors on standard error). Several files are also checked as "
        + "one history."})
final class ValidateCommand implements Callable<Integer> {

  private final Context context;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "A program file (YAML or JSON).")
  List<Path> files = new ArrayList<>();

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected {
    ProgramValidation validation = ProgramLoader.strict().validate(files);
    for (ProgramValidation.Source source : validation.sources()) {
      for (Problem p : source.problems()) {
        context.problems().report(p.isError() ? context.err() : context.out(), source.name() + ": " + p);
      }
      if (source.document().isPresent()) {
        ProgramDocument doc = source.document().get();
        context.out().println(source.name() + ": OK, " + doc.program() + " " + doc.version() + " from "
            + doc.effectiveFrom() + ", sections " + doc.sectionNames());
      }
    }
    new Inputs(context).printProblems("history: ", validation.historyProblems());
    if (!validation.isValid()) {
      throw new InputRejected();
    }
    if (files.size() > 1) {
      context.out().println("The " + files.size() + " files form one history: " + validation.history().orElseThrow());
    }
    return PartnerOsCli.OK;
  }
}
