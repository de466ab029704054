package dev.partneros.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.DateRange;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.Portfolio.CertificationRow;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.Portfolio.MetricsRow;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.tiers.DealRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The figures of the program KPIs over the 12 months ending on the as-of date
 * ({@code docs/rules/health.md#program-kpis}), added up deal by deal and partner by partner so that
 * a book evaluated in parts (a streaming run, {@link BookEvaluator}) adds up to what one evaluation
 * of the whole book gives: every figure is a sum or a count of per-deal and per-partner
 * contributions, and tallies of parts are {@linkplain #merge merged}.
 *
 * <p>Decisions: total revenue is every deal won in the window; partner-sourced revenue the won deals
 * some partner counts as sourced, partner-influenced the others some partner counts as influenced;
 * a partner is active in a 12-month window when it has revenue in its quarterly metrics or a
 * counted won deal there; QBRs and trainings are summed over the window's quarters of every
 * partner's metrics; MDF utilisation is the MDF granted on requests submitted in the window over
 * the active partners' allocations (the portfolio has no spend records; without an MDF module both
 * are zero: no data).
 *
 * <p>Mutable and not thread-safe: one tally per thread, merged at the end.
 */
final class KpiTally {

  private final DateRange year;
  private final DateRange lastYear;
  private final YearQuarter lastQuarter;
  private final LocalDate asOf;
  private Money total;
  private Money sourced;
  private Money influenced;
  private Money mdfAllocated;
  private Money mdfGranted;
  private int partners;
  private int withClosedDeal;
  private int activeNow;
  private int activeBefore;
  private int activeBoth;
  private int qbrsPlanned;
  private int qbrsHeld;
  private int trainingsAssigned;
  private int trainingsCompleted;
  private int certified;
  private int[] daysToFirstDeal = new int[16];
  private int days;

  KpiTally(LocalDate asOf, Currency currency) {
    this.asOf = asOf;
    this.year = DateRange.monthsEndingOn(12, asOf);
    this.lastYear = DateRange.monthsEndingOn(12, year.startInclusive().minusDays(1));
    YearQuarter current = YearQuarter.from(asOf);
    this.lastQuarter = current.lastDay().equals(asOf) ? current : current.previous();
    Money zero = Money.zero(currency);
    total = zero;
    sourced = zero;
    influenced = zero;
    mdfAllocated = zero;
    mdfGranted = zero;
  }

  /** Adds a deal's revenue; each deal is added once, by the part that owns it. */
  void addDeal(DealResult deal, Consumer<CsvProblem> problems) {
    if (!deal.isWon() || !year.contains(deal.closed().orElseThrow())) {
      return;
    }
    Source row = deal.deal().source();
    Money amount = deal.deal().amount();
    total = sum(total, amount, row, "the deals won in the last 12 months", problems);
    boolean anySourced = deal.credits().stream().anyMatch(c -> c.countedAs().equals(Optional.of(DealRole.SOURCED)));
    boolean anyInfluenced = deal.credits().stream()
        .anyMatch(c -> c.countedAs().equals(Optional.of(DealRole.INFLUENCED)));
    if (anySourced) {
      sourced = sum(sourced, amount, row, "the sourced deals of the last 12 months", problems);
    } else if (anyInfluenced) {
      influenced = sum(influenced, amount, row, "the influenced deals of the last 12 months", problems);
    }
  }

  /** Adds the QBR and training counts of one partner's metrics (every partner of the book, active or not). */
  void addMetrics(List<MetricsRow> metrics) {
    for (MetricsRow m : metrics) {
      long back = m.quarter().quartersUntil(lastQuarter);
      if (back >= 0 && back < 4) {
        qbrsPlanned += m.qbrsPlanned();
        qbrsHeld += m.qbrsHeld();
        trainingsAssigned += m.trainingsAssigned();
        trainingsCompleted += m.trainingsCompleted();
      }
    }
  }

  /**
   * Adds an evaluated partner: counted when active, with its activity in both windows, its days to
   * a first deal, its certification and the MDF granted on its requests submitted in the window.
   * The allocation is added apart ({@link #addAllocated}) because a pool is allocated across the book.
   */
  void addPartner(PartnerResult r, List<MetricsRow> metrics, List<CertificationRow> certifications,
      List<MdfRequestRow> requests) {
    if (!r.partner().isActive()) {
      return;
    }
    partners++;
    LocalDate first = null;
    boolean now = false;
    boolean before = false;
    for (DealResult deal : r.deals()) {
      if (!deal.isWon()) {
        continue;
      }
      Optional<PartnerCredit> credit = deal.credit(r.partner().id());
      if (credit.isEmpty() || credit.get().countedAs().isEmpty()) {
        continue;
      }
      LocalDate closed = deal.closed().orElseThrow();
      first = first == null || closed.isBefore(first) ? closed : first;
      if (year.contains(closed)) {
        now = true;
      } else if (lastYear.contains(closed)) {
        before = true;
      }
    }
    for (MetricsRow m : metrics) {
      long back = m.quarter().quartersUntil(lastQuarter);
      if (back >= 0 && back < 4 && m.revenue().isPositive()) {
        now = true;
      } else if (back >= 4 && back < 8 && m.revenue().isPositive()) {
        before = true;
      }
    }
    activeNow += now ? 1 : 0;
    activeBefore += before ? 1 : 0;
    activeBoth += now && before ? 1 : 0;
    if (first != null) {
      withClosedDeal++;
      addDays((int) Math.max(0, ChronoUnit.DAYS.between(r.partner().joined().orElseThrow(), first)));
    }
    certified += certifications.stream().anyMatch(c -> !c.earnedOn().isAfter(asOf)
        && c.validUntil().map(u -> !u.isBefore(asOf)).orElse(true)) ? 1 : 0;
    r.mdf().ifPresent(m -> {
      Map<String, LocalDate> submitted = new HashMap<>();
      requests.forEach(q -> submitted.put(q.id(), q.submitted()));
      for (MdfOutcome.RequestDecision d : m.requests()) {
        LocalDate day = submitted.get(d.requestId());
        if (day != null && year.contains(day)) {
          mdfGranted = mdfGranted.plus(d.granted());
        }
      }
    });
  }

  /** Adds an active partner's MDF allocation. */
  void addAllocated(Money allocated) {
    mdfAllocated = mdfAllocated.plus(allocated);
  }

  /** Adds another tally (of another part of the book) to this one. */
  void merge(KpiTally other) {
    total = total.plus(other.total);
    sourced = sourced.plus(other.sourced);
    influenced = influenced.plus(other.influenced);
    mdfAllocated = mdfAllocated.plus(other.mdfAllocated);
    mdfGranted = mdfGranted.plus(other.mdfGranted);
    partners += other.partners;
    withClosedDeal += other.withClosedDeal;
    activeNow += other.activeNow;
    activeBefore += other.activeBefore;
    activeBoth += other.activeBoth;
    qbrsPlanned += other.qbrsPlanned;
    qbrsHeld += other.qbrsHeld;
    trainingsAssigned += other.trainingsAssigned;
    trainingsCompleted += other.trainingsCompleted;
    certified += other.certified;
    for (int i = 0; i < other.days; i++) {
      addDays(other.daysToFirstDeal[i]);
    }
  }

  /**
   * The tally as JSON (amounts as plain strings), for a distributed evaluation that moves tallies
   * between machines ({@link BookParts}); {@link #fromJson} reads it back.
   */
  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("total", total.amount().toPlainString()).put("sourced", sourced.amount().toPlainString())
        .put("influenced", influenced.amount().toPlainString())
        .put("mdfAllocated", mdfAllocated.amount().toPlainString())
        .put("mdfGranted", mdfGranted.amount().toPlainString());
    node.put("partners", partners).put("withClosedDeal", withClosedDeal).put("activeNow", activeNow)
        .put("activeBefore", activeBefore).put("activeBoth", activeBoth).put("qbrsPlanned", qbrsPlanned)
        .put("qbrsHeld", qbrsHeld).put("trainingsAssigned", trainingsAssigned)
        .put("trainingsCompleted", trainingsCompleted).put("certified", certified);
    com.fasterxml.jackson.databind.node.ArrayNode list = node.putArray("daysToFirstDeal");
    for (int i = 0; i < days; i++) {
      list.add(daysToFirstDeal[i]);
    }
    return node;
  }

  /** Reads a tally written by {@link #toJson()}. */
  static KpiTally fromJson(LocalDate asOf, Currency currency, JsonNode node) {
    KpiTally t = new KpiTally(asOf, currency);
    t.total = Money.of(new java.math.BigDecimal(node.get("total").asText()), currency);
    t.sourced = Money.of(new java.math.BigDecimal(node.get("sourced").asText()), currency);
    t.influenced = Money.of(new java.math.BigDecimal(node.get("influenced").asText()), currency);
    t.mdfAllocated = Money.of(new java.math.BigDecimal(node.get("mdfAllocated").asText()), currency);
    t.mdfGranted = Money.of(new java.math.BigDecimal(node.get("mdfGranted").asText()), currency);
    t.partners = node.get("partners").asInt();
    t.withClosedDeal = node.get("withClosedDeal").asInt();
    t.activeNow = node.get("activeNow").asInt();
    t.activeBefore = node.get("activeBefore").asInt();
    t.activeBoth = node.get("activeBoth").asInt();
    t.qbrsPlanned = node.get("qbrsPlanned").asInt();
    t.qbrsHeld = node.get("qbrsHeld").asInt();
    t.trainingsAssigned = node.get("trainingsAssigned").asInt();
    t.trainingsCompleted = node.get("trainingsCompleted").asInt();
    t.certified = node.get("certified").asInt();
    node.get("daysToFirstDeal").forEach(d -> t.addDays(d.asInt()));
    return t;
  }

  /** Returns the KPI figures. */
  KpiFacts facts() {
    int[] sorted = Arrays.copyOf(daysToFirstDeal, days);
    Arrays.sort(sorted);
    return KpiFacts.builder().totalRevenue(total).partnerSourcedRevenue(sourced).partnerInfluencedRevenue(influenced)
        .partners(partners).partnersWithClosedDeal(withClosedDeal).activeLastYear(activeBefore)
        .activeBothYears(activeBoth).activePartners(activeNow).daysToFirstDeal(Arrays.stream(sorted).boxed().toList())
        .qbrsPlanned(qbrsPlanned).qbrsHeld(qbrsHeld).mdfAllocated(mdfAllocated).mdfSpent(mdfGranted)
        .trainingsAssigned(trainingsAssigned).trainingsCompleted(trainingsCompleted).certifiedPartners(certified)
        .build();
  }

  private void addDays(int value) {
    if (days == daysToFirstDeal.length) {
      daysToFirstDeal = Arrays.copyOf(daysToFirstDeal, days * 2);
    }
    daysToFirstDeal[days++] = value;
  }

  /**
   * Adds an amount to a running total; a total that reaches 10^15 (beyond what PartnerOS counts
   * exactly, {@code docs/rules/conventions.md#money}) is reported at the row whose amount passed
   * it, and the total is kept as it was.
   */
  private static Money sum(Money total, Money amount, Source row, String what, Consumer<CsvProblem> problems) {
    try {
      return total.plus(amount);
    } catch (PartnerOsException e) {
      problems.accept(row.problem("amount", "must keep " + what + " below 10^15, but the total passes it here"));
      return total;
    }
  }
}
