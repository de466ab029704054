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

// Every name below is documented in docs/guides/analyst.md ("The session"); the what-if methods are
// the analyst's bench, dev.partneros.examples.Bench, whose Javadoc says exactly what each compares.
Currency USD = Currency.getInstance("USD");
ProgramDocument program = ProgramDocument.standard();
Bench bench = Bench.sample();
ProgramHistory history = bench.history();
Portfolio portfolio = bench.portfolio();
LocalDate asOf = bench.asOf();
PortfolioEvaluation sample = bench.baseline();
ProgramDocument today = bench.today();
Money usd(String amount) { return Bench.usd(amount); }
PartnerResult partner(String id) { return bench.partner(id); }
PortfolioEvaluation evaluate(ProgramDocument... versions) { return bench.evaluate(ProgramHistory.of(List.of(versions))); }
ProgramDocument withThreshold(ProgramDocument base, String tier, String metric, String min) { return bench.withThreshold(base, tier, metric, min); }
PortfolioDiff whatIf(ProgramDocument changedToday) { return bench.whatIf(changedToday); }
PortfolioDiff whatIf(ProgramDocument version, LocalDate from) { return bench.whatIf(version, from); }
void help() { System.out.print(Bench.help()); }
void doc(String name) { System.out.print(Bench.doc(name)); }
void doc(Class<?> type) { System.out.print(Bench.doc(type)); }
System.out.println("PartnerOS ready: `program` is " + program + "; `sample` is " + sample + "; `today` is version " + today.version() + ". Try System.out.println(partner(\"P-006\").card()), help() for what the session declares, doc(\"whatIf\") for a Javadoc");
