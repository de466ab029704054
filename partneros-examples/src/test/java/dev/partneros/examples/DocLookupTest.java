package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.portfolio.PartnerResult;
import org.junit.jupiter.api.Test;

/**
 * {@link Bench#doc(String)} and {@link DocLookup}: the sources are those of this repository, found
 * beside the classes the tests load (each module's {@code src/main/java} beside its {@code target}).
 */
class DocLookupTest {

  @Test
  void doc_ofAType_givesItsKindNameJavadocAndMembers() {
    String doc = Bench.doc("Bench");
    assertThat(doc).startsWith("""
        public final class dev.partneros.examples.Bench
          The analyst's bench of the JShell session (docs/guides/analyst.md): a book, its program history
          and its date, evaluated once (the baseline()), and the what-if questions asked of it, each
        """);
    assertThat(doc).contains("\n\n  Immutable and thread-safe.\n")
        .containsPattern("\n  Members: adding, asOf, baseline, doc, evaluate, help, history, [^\n]*\n  [^\n]*whatIf, withThreshold\n$")
        .doesNotContain("{@").doesNotContain("<p>");
  }

  @Test
  void doc_ofAClass_isTheDocOfItsSimpleAndQualifiedName() {
    String doc = Bench.doc(PartnerResult.class);
    assertThat(doc).startsWith("public record dev.partneros.portfolio.PartnerResult\n  Everything the evaluator decided")
        .contains("\n  @param timeline the tier decisions, one per quarter end, oldest first\n");
    assertThat(Bench.doc("PartnerResult")).isEqualTo(doc);
    assertThat(Bench.doc("dev.partneros.portfolio.PartnerResult")).isEqualTo(doc);
  }

  @Test
  void doc_ofASimpleNameOfTwoPackages_givesBoth() {
    assertThat(Bench.doc("Qualification")).startsWith("public abstract class dev.partneros.scoring.ipp.Qualification\n")
        .contains("\n\npublic abstract class dev.partneros.tiers.Qualification\n");
  }

  @Test
  void doc_ofAMethod_showsEveryOverloadWithItsSignature() {
    String doc = Bench.doc("Bench.whatIf");
    assertThat(doc).startsWith("dev.partneros.examples.Bench.whatIf: 2 overloads\n\nPortfolioDiff whatIf(ProgramDocument changed)\n"
        + "  Compares the baseline with the book under the history whose today's version is replaced by changed\n"
        + "  (replacingToday): \"lower today's Gold threshold to 60,000\".\n"
        + "  @param changed the changed version of today's program, not null, such as withThreshold(today(),\n"
        + "      \"GOLD\", \"SOURCED_ARR\", \"60000\")\n");
    assertThat(doc).contains("\nPortfolioDiff whatIf(ProgramDocument version, LocalDate from)\n")
        .contains("\n  @return the diff, its \"before\" the baseline; never null\n");
    assertThat(Bench.doc("Bench#whatIf(ProgramDocument)")).isEqualTo(doc);
    assertThat(Bench.doc("dev.partneros.examples.Bench.whatIf()")).isEqualTo(doc);
  }

  @Test
  void doc_ofAStaticMethod_hasItsThrowsLines() {
    assertThat(Bench.doc("Money.of")).startsWith("dev.partneros.core.Money.of: 4 overloads\n\nstatic Money of(")
        .contains("\nstatic Money of(String amount, String currencyCode)\n")
        .contains("\n  @throws InvalidFactsException if the text is not a plain decimal");
  }

  @Test
  void doc_ofASessionName_isTheDocOfTheBenchMethodBehindIt() {
    assertThat(Bench.doc("whatIf")).isEqualTo("whatIf in the session is " + Bench.doc("Bench.whatIf"));
    assertThat(Bench.doc("usd")).startsWith("usd in the session is dev.partneros.examples.Bench.usd\n\n"
        + "static Money usd(String amount)\n  Returns an amount in US dollars");
    assertThat(Bench.doc("sample")).isEqualTo("sample in the session is Bench.baseline\n\n" + Bench.doc("Bench.baseline"));
    assertThat(Bench.doc("doc")).contains("\nstatic String doc(Class<?> type)\n");
  }

  @Test
  void doc_ofARecordComponent_givesItsParamText() {
    assertThat(Bench.doc("PartnerResult.timeline")).isEqualTo("""
        dev.partneros.portfolio.PartnerResult.timeline

        List<TimelineEntry> timeline()
          the tier decisions, one per quarter end, oldest first (a component of the record PartnerResult)
        """);
  }

  @Test
  void doc_ofANestedTypeAndOfAConstant() {
    assertThat(Bench.doc("PortfolioDiff.PartnerChange"))
        .startsWith("public record dev.partneros.portfolio.PortfolioDiff.PartnerChange\n  One partner's change.\n");
    assertThat(Bench.doc("Tier.GOLD")).isEqualTo("""
        dev.partneros.core.Tier.GOLD

        static Tier GOLD
          The third tier of the standard ladder.
        """);
  }

  @Test
  void doc_ofAnInheritedMethod_isTheDocWhereItIsDeclared() {
    assertThat(Bench.doc("InvalidFactsException.problems")).isEqualTo(
        "dev.partneros.core.InvalidFactsException.problems is inherited from PartnerOsException\n\n"
        + Bench.doc("PartnerOsException.problems"));
    assertThat(Bench.doc("PartnerOsException.problems")).startsWith("dev.partneros.core.PartnerOsException.problems\n\n"
        + "List<Problem> problems()\n");
  }

  @Test
  void doc_ofAnUnknownName_givesTheNearestNames() {
    assertThat(Bench.doc("whatiff")).isEqualTo("no PartnerOS type or session name whatiff; did you mean whatIf?\n");
    assertThat(Bench.doc("PartnerResult.crad")).isEqualTo("no member PartnerResult.crad; did you mean PartnerResult.card?\n");
    assertThat(Bench.doc("PartnerResul")).startsWith("no PartnerOS type or session name PartnerResul; did you mean PartnerResult");
    assertThat(Bench.doc("Bench.zzzzzzzz")).startsWith("no member Bench.zzzzzzzz; Bench has: adding, asOf, baseline,");
    assertThat(Bench.doc("Xyzzy")).isEqualTo(
        "no PartnerOS type or session name Xyzzy; help() lists the session's names, doc(\"Bench\") the bench's\nmethods\n");
  }

  @Test
  void doc_ofSomethingNotAName_saysWhatItTakes() {
    assertThat(Bench.doc("  ")).startsWith("doc(...) takes a type or a method, such as doc(\"PartnerResult\")");
    assertThat(Bench.doc("whatIf today")).endsWith("not \"whatIf today\"\n");
  }

  @Test
  void doc_ofAClassWithoutSource_saysWhereItLooked() {
    // the test classes' sources are in src/test/java, where no lookup goes
    assertThat(Bench.doc(DocLookupTest.class)).isEqualTo("class dev.partneros.examples.DocLookupTest\n"
        + "  (no source of dev.partneros.examples.DocLookupTest found: looked on the class path, beside its\n"
        + "  classes or jar, and in the JDK's lib/src.zip)\n");
  }

  @Test
  void lookup_throughAnotherLoader_seesOnlyItsTypes() {
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    assertThat(DocLookup.of(platform, 100).doc("PartnerResult")).startsWith("no PartnerOS type or session name PartnerResult");
  }

  @Test
  void help_namesDoc() {
    assertThat(Bench.help()).containsPattern("(?m)^doc\\(\"whatIf\"\\) +the Javadoc of a type, a method");
  }

  @Test
  void usd_isAnAmountInUsDollarsAndRefusesRounding() {
    assertThat(Bench.usd("24000")).isEqualTo(Money.of("24000.00", "USD"));
    assertThatThrownBy(() -> Bench.usd("12.345")).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("amount must have at most 2 decimals for USD (round it explicitly), but was 12.345")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.path()).isEqualTo("amount");
              assertThat(p.code()).isEqualTo("invalid_value");
            }));
  }

  @Test
  void simple_leavesThePackagesOut() {
    assertThat(DocLookup.simple("java.util.List<dev.partneros.portfolio.PortfolioDiff$PartnerChange>"))
        .isEqualTo("List<PortfolioDiff.PartnerChange>");
  }
}
