// PartnerOS JShell start-up: the public API imported and the standard program loaded.
// Open it with the command in the README ("JShell").
import java.math.*;
import java.time.*;
import java.util.*;
import dev.partneros.core.*;
import dev.partneros.scoring.*;
import dev.partneros.tiers.*;
import dev.partneros.attribution.*;
import dev.partneros.examples.*;

Currency USD = Currency.getInstance("USD");
ProgramDocument program = Demo.standardProgram();
Money usd(String amount) { return Money.of(amount, "USD"); }
System.out.println("PartnerOS ready: `program` is " + program + "; try usd(\"24000\").multipliedBy(Rate.ofPercent(20), Money.DEFAULT_ROUNDING)");
