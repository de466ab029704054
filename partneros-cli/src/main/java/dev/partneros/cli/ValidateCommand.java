package dev.partneros.cli;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.ProgramVersions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code partneros validate}: checks program files, every problem with its path. */
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
    Inputs inputs = new Inputs(context);
    boolean failed = false;
    List<ProgramDocument> docs = new ArrayList<>();
    for (Path file : files) {
      String name = Inputs.name(file);
      ProgramDocument doc;
      try {
        doc = ProgramLoader.strict().load(file);
      } catch (InvalidProgramException e) {
        inputs.printProblems(name + ": ", e.problems());
        failed = true;
        continue;
      }
      List<Problem> problems = ProgramVersions.lint(doc);
      for (Problem p : problems) {
        context.problems().report(p.isError() ? context.err() : context.out(), name + ": " + p);
      }
      if (problems.stream().anyMatch(Problem::isError)) {
        failed = true;
      } else {
        docs.add(doc);
        context.out().println(name + ": OK, " + doc.program() + " " + doc.version() + " from "
            + doc.effectiveFrom() + ", sections " + doc.sectionNames());
      }
    }
    if (!failed && docs.size() > 1) {
      try {
        ProgramHistory history = ProgramHistory.of(docs);
        ProgramVersions.of(history);
        context.out().println("The " + docs.size() + " files form one history: " + history);
      } catch (InvalidProgramException e) {
        inputs.printProblems("history: ", e.problems());
        failed = true;
      }
    }
    if (failed) {
      throw new InputRejected();
    }
    return PartnerOsCli.OK;
  }
}
