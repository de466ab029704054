package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** docs/formats.md#values: every public value round-trips through JSON, compared as trees. */
class JsonRoundTripProperties {

  static <T> void roundTrips(T value, Class<T> type) {
    String json = PartnerOsJson.write(value);
    T back = PartnerOsJson.read(json, type);
    assertThat(back).isEqualTo(value);
    JsonNode tree = PartnerOsJson.toTree(value);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(tree);
  }

  @Provide
  Arbitrary<Money> money() {
    return MoneyDomain.anyCurrencyMoney();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(0, 60_000).map(LocalDate::ofEpochDay);
  }

  @Property
  void money(@ForAll("money") Money money) {
    roundTrips(money, Money.class);
    assertThat(PartnerOsJson.toTree(money).get("amount").isTextual()).isTrue();
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }

  @Property
  void roundingIsIdempotent(@ForAll("money") Money money, @ForAll RoundingMode mode) {
    net.jqwik.api.Assume.that(mode != RoundingMode.UNNECESSARY);
    assertThat(Money.of(money.amount(), money.currency(), mode)).isEqualTo(money);
    BigDecimal exact = money.amount().add(new BigDecimal("0.0049"));
    Money once = Money.of(exact, money.currency(), mode);
    assertThat(Money.of(once.amount(), money.currency(), mode)).isEqualTo(once);
  }

  @Property
  void rates(@ForAll("rates") Rate rate) {
    roundTrips(rate, Rate.class);
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(5).map(Rate::of);
  }

  @Property
  void quartersRangesAndCalendars(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month) {
    roundTrips(YearQuarter.from(a), YearQuarter.class);
    roundTrips(DateRange.ofClosed(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a), DateRange.class);
    roundTrips(FiscalCalendar.startingIn(month), FiscalCalendar.class);
  }

  @Property
  void partnerIdsTiersAndLadders(@ForAll("ids") String id, @ForAll("tierNames") List<String> names) {
    roundTrips(PartnerId.of(id), PartnerId.class);
    roundTrips(Tier.of(names.get(0)), Tier.class);
    roundTrips(TierLadder.of(names.stream().map(Tier::of).collect(java.util.stream.Collectors.toList())),
        TierLadder.class);
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(128);
  }

  @Provide
  Arbitrary<List<String>> tierNames() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10)
        .list().ofMinSize(2).ofMaxSize(6).uniqueElements();
  }

  @Property
  void fxRatesAndConversions(@ForAll("money") Money money, @ForAll("dates") LocalDate day,
      @ForAll("positive") BigDecimal rate) {
    java.util.Currency other = money.currency().getCurrencyCode().equals("CHF")
        ? java.util.Currency.getInstance("USD") : java.util.Currency.getInstance("CHF");
    FxRate fx = FxRate.of(money.currency(), other, rate, day, "test source");
    roundTrips(fx, FxRate.class);
    roundTrips(fx.convert(money, RoundingMode.HALF_EVEN), FxRate.Conversion.class);
  }

  @Provide
  Arbitrary<BigDecimal> positive() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1000")).ofScale(4);
  }

  @Property
  void explanationsAndProblems(@ForAll("words") String rule, @ForAll("words") String outcome,
      @ForAll("words") String input, @ForAll("dates") LocalDate day, @ForAll CoreProblemCode code) {
    ExplanationStep step = ExplanationStep.builder().rule(rule).outcome(outcome).putInputs("x", input)
        .threshold(">= 1").template("{x} -> {outcome}").section("0").build();
    Explanation explanation = Explanation.builder().subject(rule).addSteps(step, ExplanationStep.of(rule, outcome))
        .asOf(day).programVersion(outcome).build();
    roundTrips(explanation, Explanation.class);
    roundTrips(Problem.error(FieldPath.root().field("a").index(2), code, outcome, input), Problem.class);
    roundTrips(Problem.warning(FieldPath.root(), code, outcome, null), Problem.class);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '.', '%', '"', '\\').ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 1000)
  void programDocuments(@ForAll("dates") LocalDate from, @ForAll("tierNames") List<String> ladder,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month) {
    String json = "{\"program\":\"P\",\"version\":\"v\",\"effectiveFrom\":\"" + from + "\",\"currency\":\"EUR\","
        + "\"fiscalYearStartMonth\":" + month + ",\"ladder\":" + PartnerOsJson.write(ladder)
        + ",\"health\":{\"weights\":{\"revenue\":\"0.3\"}}}";
    ProgramDocument doc = ProgramLoader.strict().loadJson(json);
    assertThat(ProgramLoader.strict().loadJson(doc.toTree().toString())).isEqualTo(doc);
    assertThat(ProgramLoader.strict().loadYaml(
        PartnerOsJson.newYamlMapper().valueToTree(doc.toTree()).toString())).isEqualTo(doc);
  }

  @Property(tries = 1000)
  void jsonAndYamlGiveTheSameDocument(@ForAll("dates") LocalDate from) throws Exception {
    String json = "{\"program\":\"P\",\"version\":\"v\",\"effectiveFrom\":\"" + from + "\",\"currency\":\"USD\","
        + "\"tiers\":{\"levels\":[{\"tier\":\"GOLD\",\"min\":100000.50}]}}";
    ProgramDocument fromJson = ProgramLoader.strict().loadJson(json);
    String yaml = PartnerOsJson.newYamlMapper().writeValueAsString(PartnerOsJson.newMapper().readTree(json));
    assertThat(ProgramLoader.strict().loadYaml(yaml)).isEqualTo(fromJson);
  }
}
