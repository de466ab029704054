package dev.partneros.cli;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partneros explain}: one partner's decisions as a text card, and why it does not hold a tier. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Prints one partner's decisions, and why it does not hold a tier.",
    description = {"Evaluates the portfolio (the whole book: an MDF pool is shared) and prints one partner's "
        + "card: its tier with progress and outlook, tier changes, health, 4C scorecard, IPP fit, segment, "
        + "deals with their attribution, benefits, commission statement and MDF, each with the program "
        + "version that decided it. With --why-not also the criteria of that tier as measured on the last "
        + "quarter end."})
final class ExplainCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PARTNER", description = "The partner's id, such as P-004.")
  String partner;

  @Mixin
  ProgramOptions programs;

  @Mixin
  BookOptions book;

  @Option(names = "--why-not", paramLabel = "TIER", converter = Converters.TierName.class,
      description = "A tier of the program's ladder, such as GOLD: why the partner does not hold it.")
  Tier whyNot;

  ExplainCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected {
    Inputs inputs = new Inputs(context);
    ProgramHistory history = inputs.history(programs.files);
    inputs.checkAsOf(book.asOf, history.versions(), true, spec.commandLine());
    ProgramDocument first = history.versions().get(0);
    Optional<Tier> target = Optional.ofNullable(whyNot);
    if (target.isPresent() && !first.ladder().tiers().contains(target.get())) {
      throw new ParameterException(spec.commandLine(), "--why-not must be a tier of the program's ladder "
          + first.ladder().tiers() + ", but was " + target.get());
    }
    PortfolioEvaluator evaluator = inputs.evaluator(book.pool(), first, spec.commandLine());
    Portfolio portfolio = inputs.read(first, book.portfolio);
    if (portfolio.partner(partner).isEmpty()) {
      List<String> ids = portfolio.partners().stream().map(p -> p.id().value()).sorted().toList();
      context.err().println("error: PARTNER must be a partner id of the portfolio (" + ids.size() + " partners"
          + (ids.isEmpty() ? "" : ", " + ids.get(0) + " to " + ids.get(ids.size() - 1)) + "), but was " + partner);
      throw new InputRejected();
    }
    PortfolioEvaluation evaluation = inputs.evaluate(evaluator, history, portfolio, book);
    Optional<PartnerResult> result = evaluation.partner(partner);
    if (result.isEmpty()) {
      context.err().println("error: " + partner + " joined after the as-of date " + book.asOf
          + ", so it has no decisions yet");
      throw new InputRejected();
    }
    context.out().println(result.get().card());
    target.ifPresent(t -> {
      context.out().println();
      context.out().println(result.get().whyNot(t));
    });
    return PartnerOsCli.OK;
  }
}
