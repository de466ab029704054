package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.ipp.IppFit;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.tiers.Progress;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the evaluator decided about one partner or prospect as of the evaluation date, each
 * part naming the program version that decided it: the tier timeline (one decision per quarter end)
 * whose last entry is the current decision with its progress and projection, the health of every
 * scored quarter (with change and band movement), the 4C scorecard and the IPP fit where ratings are
 * given, the partner's deals and their attribution, its segment, what its tier entitles it to, and,
 * when the modules are installed, its commission statement and MDF.
 *
 * <p>A prospect has no timeline, health, deals or entitlement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner's row
 * @param timeline the tier decisions, one per quarter end, oldest first
 * @param towards the progress towards each tier above the currently qualified one, lowest first
 *     (for "why is this partner not Gold?")
 * @param health the health of every scored quarter, oldest first
 * @param fourC the 4C scorecard, when ratings are given
 * @param ipp the IPP fit, when IPP ratings are given
 * @param deals the deals the partner is named on, in deal-id order
 * @param segment the portfolio segment and value quadrant, when the partner has health
 * @param entitlement what the current tier entitles it to (benefits matrix), for an active partner
 * @param commission the commission statement, when a commission module is installed
 * @param mdf the MDF outcome, when an MDF module is installed
 */
public record PartnerResult(PartnerRow partner, List<TimelineEntry> timeline, List<Progress> towards,
    List<HealthEntry> health, Optional<Assessed<ScorecardResult>> fourC, Optional<Assessed<IppFit>> ipp,
    List<DealResult> deals, Optional<SegmentAssignment> segment, Optional<Entitlement> entitlement,
    Optional<CommissionOutcome> commission, Optional<MdfOutcome> mdf) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param partner not null
   * @param timeline not null
   * @param towards not null
   * @param health not null
   * @param fourC not null
   * @param ipp not null
   * @param deals not null
   * @param segment not null
   * @param entitlement not null
   * @param commission not null
   * @param mdf not null
   */
  public PartnerResult {
    requireNonNull(partner, "partner");
    timeline = List.copyOf(timeline);
    towards = List.copyOf(towards);
    health = List.copyOf(health);
    requireNonNull(fourC, "fourC");
    requireNonNull(ipp, "ipp");
    deals = List.copyOf(deals);
    requireNonNull(segment, "segment");
    requireNonNull(entitlement, "entitlement");
    requireNonNull(commission, "commission");
    requireNonNull(mdf, "mdf");
  }

  /**
   * Returns a copy with the commission and MDF outcomes set.
   *
   * @param newCommission the commission outcome, not null
   * @param newMdf the MDF outcome, not null
   * @return never null
   */
  public PartnerResult withModules(Optional<CommissionOutcome> newCommission, Optional<MdfOutcome> newMdf) {
    return new PartnerResult(partner, timeline, towards, health, fourC, ipp, deals, segment, entitlement,
        newCommission, newMdf);
  }

  /**
   * Returns a copy with the segment set.
   *
   * @param newSegment the segment, not null
   * @return never null
   */
  public PartnerResult withSegment(Optional<SegmentAssignment> newSegment) {
    return new PartnerResult(partner, timeline, towards, health, fourC, ipp, deals, newSegment, entitlement,
        commission, mdf);
  }

  /**
   * Returns the partner's id as text.
   *
   * @return never null
   */
  public String id() {
    return partner.id().value();
  }

  /**
   * Returns the current tier decision: the last quarter end evaluated.
   *
   * @return the entry, or empty for a prospect or a partner with no quarter end evaluated yet
   */
  public Optional<TimelineEntry> current() {
    return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(timeline.size() - 1));
  }

  /**
   * Returns the tier held: the current decision's, or the starting tier when nothing was evaluated.
   *
   * @return never null
   */
  public Tier tier() {
    return current().map(e -> e.decision().tier()).orElse(partner.tier());
  }

  /**
   * Tells whether the partner is in grace on the evaluation date.
   *
   * @return true when in grace
   */
  public boolean inGrace() {
    return current().map(e -> e.decision().status() == TierState.Status.IN_GRACE).orElse(false);
  }

  /**
   * Returns the latest scored quarter's health.
   *
   * @return the entry, or empty
   */
  public Optional<HealthEntry> currentHealth() {
    return health.isEmpty() ? Optional.empty() : Optional.of(health.get(health.size() - 1));
  }

  /**
   * Returns the latest health score, or zero without one (for sorting).
   *
   * @return never null
   */
  public BigDecimal healthScore() {
    return currentHealth().map(h -> h.score().score()).orElse(BigDecimal.ZERO);
  }

  /**
   * Returns the latest health band.
   *
   * @return the band, or empty
   */
  public Optional<HealthScore.Band> band() {
    return currentHealth().map(h -> h.score().band());
  }

  /**
   * Returns the quarter ends where something changed (a transition), oldest first.
   *
   * @return never null
   */
  public List<TimelineEntry> changes() {
    return timeline.stream().filter(e -> e.decision().transition().isPresent()).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Renders one line: id, name, tier and standing, health and band, progress.
   *
   * @return never null
   */
  public String summary() {
    StringBuilder out = new StringBuilder(id()).append(' ').append(partner.name()).append(": ");
    if (!partner.isActive()) {
      out.append("prospect");
      ipp.ifPresent(f -> out.append(", IPP ").append(f.result().score().toPlainString()).append(' ')
          .append(f.result().rating()));
      return out.toString();
    }
    Optional<TimelineEntry> now = current();
    out.append(tier());
    now.ifPresent(e -> out.append(' ').append(e.decision().status()));
    now.flatMap(e -> e.decision().graceEnd()).ifPresent(g -> out.append(" until ").append(g));
    currentHealth().ifPresent(h -> out.append("; health ").append(plain(h.score().score())).append(' ')
        .append(h.score().band()).append(change(h.score())));
    now.ifPresent(e -> out.append("; ").append(e.decision().progress().render()));
    return out.toString();
  }

  /**
   * Explains why the partner does not hold a tier: its criteria as measured on the last quarter end
   * and the progress towards it ("why is X not Gold?").
   *
   * @param target the tier, not null
   * @return never null
   */
  public String whyNot(Tier target) {
    requireNonNull(target, "target");
    Optional<TimelineEntry> now = current();
    if (now.isEmpty()) {
      return id() + " " + partner.name() + " has no tier decision yet ("
          + (partner.isActive() ? "no quarter end evaluated" : "a prospect") + ")";
    }
    TierDecision decision = now.get().decision();
    StringBuilder out = new StringBuilder(id()).append(' ').append(partner.name()).append(" holds ")
        .append(decision.tier()).append(' ').append(decision.status()).append(" and qualifies for ")
        .append(decision.qualifiedTier()).append(" on ").append(decision.asOf()).append(" [")
        .append(now.get().version()).append("].");
    String rule = "tiers.qualify." + target.name().toLowerCase(Locale.ROOT);
    Optional<ExplanationStep> check = decision.qualification().explanation().steps().stream()
        .filter(s -> s.rule().equals(rule)).findFirst();
    if (check.isEmpty()) {
      return out.append(' ').append(target).append(" is not a tier of the program's ladder.").toString();
    }
    out.append(System.lineSeparator()).append("  ").append(check.get().render());
    towards.stream().filter(p -> p.target().map(target::equals).orElse(false)).findFirst()
        .ifPresent(p -> out.append(System.lineSeparator()).append("  ").append(p.render()));
    decision.projection().ifPresent(p -> out.append(System.lineSeparator()).append("  ").append(p.render()));
    return out.toString();
  }

  /**
   * Renders the partner's card: every result, several lines.
   *
   * @return never null
   */
  public String card() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(id()).append(' ').append(partner.name()).append(" (").append(partner.type()).append(", ")
        .append(partner.stage());
    partner.joined().ifPresent(j -> out.append(", joined ").append(j));
    out.append(", payouts in ").append(partner.payoutCurrency().getCurrencyCode()).append(')').append(nl);
    current().ifPresent(e -> {
      TierDecision d = e.decision();
      out.append("  tier      ").append(d.summary()).append(" [").append(e.version()).append(']');
      d.nextReview().ifPresent(r -> out.append("; next review ").append(r));
      out.append(nl).append("  progress  ").append(d.progress().render()).append(nl);
      d.projection().ifPresent(p -> out.append("  outlook   ").append(p.render()).append(nl));
    });
    for (TimelineEntry change : changes()) {
      out.append("  change    ").append(change).append(nl);
    }
    currentHealth().ifPresent(h -> {
      out.append("  health    ").append(h.quarter()).append(' ').append(plain(h.score().score())).append(' ')
          .append(h.score().band()).append(change(h.score())).append(" [").append(h.version()).append(']')
          .append(nl);
      h.score().explanation().sentences().forEach(s -> out.append("            ").append(s).append(nl));
    });
    fourC.ifPresent(c -> {
      out.append("  4C        ").append(c.result().overall().toPlainString()).append(" of 100 [").append(c.version())
          .append(']').append(nl);
      for (ScorecardResult.Gap gap : c.result().gaps()) {
        out.append("            gap ").append(gap.criterion()).append(gap.subCriterion().map(s -> "." + s).orElse(""))
            .append(": rated ").append(gap.rating().toPlainString()).append(", target ")
            .append(gap.target().toPlainString()).append(nl);
      }
    });
    ipp.ifPresent(f -> out.append("  IPP fit   ").append(f.result().score().toPlainString()).append(' ')
        .append(f.result().rating()).append(f.result().disqualifiersFound().isEmpty() ? ""
            : " (disqualified: " + String.join(", ", f.result().disqualifiersFound()) + ")")
        .append(" [").append(f.version()).append(']').append(nl));
    segment.ifPresent(s -> out.append("  segment   ").append(s.segment())
        .append(s.quadrant().map(q -> ", " + q).orElse("")).append(nl));
    for (DealResult deal : deals) {
      PartnerCredit credit = deal.credit(partner.id()).orElseThrow();
      out.append("  deal      ").append(deal.id()).append(' ').append(deal.deal().account()).append(' ')
          .append(deal.deal().amount()).append(' ').append(deal.status())
          .append(deal.closed().map(c -> " " + c).orElse("")).append(": ").append(credit.attribution().type())
          .append(credit.countedAs().map(r -> ", counted as " + r.name().toLowerCase(Locale.ROOT) + " ARR")
              .orElse(", not counted"))
          .append(credit.amount().map(a -> ", credit " + a).orElse(""))
          .append(credit.note().map(n -> " (" + n + ")").orElse("")).append(" [").append(deal.version()).append(']')
          .append(nl);
    }
    entitlement.ifPresent(b -> out.append("  benefits  commission rate ").append(b.commissionRate())
        .append(", MDF ").append(b.mdfAnnual()).append(" a year (").append(b.mdfQuarterlyCap())
        .append(" a quarter) [").append(b.version()).append(']').append(nl));
    commission.ifPresent(c -> {
      out.append("  commission earned ").append(c.earned()).append(", clawed back ").append(c.clawedBack())
          .append(", paid ").append(c.paid()).append(", balance ").append(c.balance()).append(nl);
      c.lines().forEach(l -> out.append("            ").append(l.date()).append(' ')
          .append(l.dealId().map(d -> d + " ").orElse("")).append(l.kind()).append(' ').append(l.amount()).append(' ')
          .append(l.status()).append(nl));
    });
    mdf.ifPresent(m -> {
      out.append("  MDF       entitlement ").append(m.entitlement()).append(" a year, allocated ").append(m.allocated())
          .append(", granted ").append(m.granted()).append(" [").append(m.version()).append(']').append(nl);
      m.requests().forEach(r -> out.append("            request ").append(r.requestId()).append(' ')
          .append(r.requested()).append(" -> ").append(r.granted()).append(' ').append(r.outcome()).append(": ")
          .append(r.reason()).append(nl));
    });
    return out.toString().stripTrailing();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String change(HealthScore score) {
    StringBuilder out = new StringBuilder();
    score.change().ifPresent(c -> out.append(" (").append(c.signum() == 0 ? "unchanged" : (c.signum() > 0 ? "+" : "")
        + plain(c)).append(score.bandMovement().map(m -> "; " + m).orElse("")).append(')'));
    return out.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
