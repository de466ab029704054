// PartnerOS JShell start-up: the public API imported, the standard program, the sample program
// history and portfolio loaded, and the sample evaluated. Open it with the command in the README
// ("JShell"); the README lists one-liners to try.
import java.math.*;
import java.time.*;
import java.util.*;
import dev.partneros.core.*;
import dev.partneros.scoring.*;
import dev.partneros.scoring.maturity.*;
import dev.partneros.scoring.ipp.*;
import dev.partneros.scoring.scorecard.*;
import dev.partneros.scoring.health.*;
import dev.partneros.scoring.segment.*;
import dev.partneros.scoring.kpi.*;
import dev.partneros.tiers.*;
import dev.partneros.tiers.mdf.*;
import dev.partneros.attribution.*;
import dev.partneros.attribution.commission.*;
import dev.partneros.examples.*;
import dev.partneros.portfolio.*;
import dev.partneros.portfolio.report.*;

Currency USD = Currency.getInstance("USD");
ProgramDocument program = ProgramDocument.standard();
ProgramHistory history = SampleBook.history();
Portfolio portfolio = SampleBook.portfolio();
LocalDate asOf = SampleBook.AS_OF;
PortfolioEvaluation sample = SampleBook.evaluation();
Money usd(String amount) { return Money.of(amount, "USD"); }
PortfolioEvaluation evaluate(ProgramDocument... versions) { return SampleBook.evaluator().evaluate(ProgramHistory.of(List.of(versions)), portfolio, asOf); }
ProgramDocument withThreshold(ProgramDocument base, String tier, String metric, String min) { return ProgramEdits.withThreshold(base, Tier.of(tier), dev.partneros.tiers.Metric.valueOf(metric), new BigDecimal(min)); }
PortfolioDiff whatIf(ProgramDocument changed) { return PortfolioDiff.compare(SampleBook.evaluator(), program, changed, portfolio, asOf, PortfolioEvaluator.ProgressListener.NONE); }
System.out.println("PartnerOS ready: `program` is " + program + "; `sample` is " + sample + ". Try System.out.println(sample.partner(\"P-006\").get().card())");
