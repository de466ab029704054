package dev.partneros.cli;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partneros evaluate}: evaluates a portfolio under a program history and writes the reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Evaluates a portfolio and writes the reports.",
    description = {"Evaluates a portfolio under a program history (one file per version) as of a date, as a "
        + "stream in bounded memory, and writes partners.jsonl (one partner a line), summary.json, report.txt, "
        + "report.html and CSV files (partners, tier timeline, health, attribution, KPIs, commission, MDF "
        + "requests) into the output folder.",
        "The same inputs always give byte-identical files."})
final class EvaluateCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Mixin
  ProgramOptions programs;

  @Mixin
  BookOptions book;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to write into, owned by PartnerOS: replaced as a whole, and only once every file is written "
          + "(a failed run leaves it as it was). An existing folder must be empty or written by PartnerOS, unless "
          + "--force.")
  Path out;

  @Option(names = "--explain", paramLabel = "LEVEL", defaultValue = "summary",
      description = "How much each partner's line of partners.jsonl carries: none (current decisions and totals), "
          + "summary (and the first sentence of each explanation; the default) or full (every sentence and the "
          + "histories, which the CSV files hold at every level).")
  Explain explain;

  @Option(names = "--force", description = "Replace --out even if it holds files PartnerOS did not write "
      + "(they are deleted).")
  boolean force;

  EvaluateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected, EnvironmentFailure {
    Inputs inputs = new Inputs(context);
    inputs.checkOut(out, force, spec.commandLine());
    ProgramHistory history = inputs.history(programs.files);
    inputs.checkAsOf(book.asOf, history.versions(), true, spec.commandLine());
    ProgramDocument first = history.versions().get(0);
    PortfolioEvaluator evaluator = inputs.evaluator(book.pool(), first, spec.commandLine());
    BookSummary summary;
    try (OutputFolder folder = inputs.open(out, spec.commandLine())) {
      summary = inputs.evaluateBook(BookEvaluator.of(evaluator).withExplain(explain), history, book, folder, out);
      folder.commit();
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot write to " + out + ": " + Context.describe(e)
          + "; its previous content is unchanged", e);
    }
    PrintStream stdout = context.out();
    stdout.println("Evaluated " + summary.partners() + " partners and " + summary.deals() + " deals as of "
        + book.asOf + " under " + summary.versions());
    stdout.println("Tiers:    " + summary.tiers());
    stdout.println("Health:   " + summary.bands());
    stdout.println("In grace: " + summary.inGrace());
    summary.notEvaluated().forEach(n -> stdout.println("Note:     " + n));
    long bytes = summary.files().values().stream().mapToLong(Long::longValue).sum();
    stdout.println(String.format(Locale.ROOT, "Wrote %d files (%,d bytes) to %s: %s", summary.files().size(), bytes,
        out, String.join(", ", summary.files().keySet())));
    return PartnerOsCli.OK;
  }
}
