package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.HealthEntry;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.tiers.TierDecision;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON file of an evaluation ({@code evaluation.json}), for other programs: the header (program,
 * versions, as-of date, currency, what was not evaluated), the portfolio's distributions, the
 * program's results, every partner (current tier decision with progress, projection and
 * explanation, the timeline, health, 4C, IPP, segment, entitlement, deals, commission and MDF) and
 * every deal's attribution.
 *
 * <p>Amounts are strings in the evaluation's currency ({@code "48000.00"}),
 * dates ISO, keys in a fixed order; two-space indentation and a final line feed. The same
 * evaluation always gives the same bytes.
 *
 * <p>Stateless; thread-safe.
 */
public final class JsonReport {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonReport() {}

  /**
   * Renders the evaluation as JSON.
   *
   * @param evaluation the evaluation, not null
   * @return never null
   */
  public static String render(PortfolioEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    try {
      return PartnerOsJson.newMapper().writeValueAsString(tree(evaluation)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the evaluation as a JSON tree.
   *
   * @param e the evaluation, not null
   * @return never null
   */
  public static ObjectNode tree(PortfolioEvaluation e) {
    ObjectNode root = JSON.objectNode();
    root.put("program", e.programName());
    root.put("asOf", e.asOf().toString());
    root.put("currency", e.currency().getCurrencyCode());
    ArrayNode versions = root.putArray("versions");
    for (VersionInfo v : e.versions()) {
      versions.addObject().put("version", v.version()).put("effectiveFrom", v.effectiveFrom().toString());
    }
    root.put("input", e.inputSummary());
    e.notEvaluated().forEach(root.putArray("notEvaluated")::add);
    ObjectNode summary = root.putObject("summary");
    counts(summary.putObject("tiers"), e.tierDistribution());
    counts(summary.putObject("healthBands"), e.bandDistribution());
    summary.put("inGrace", e.inGrace().size());
    root.set("programResults", program(e));
    ArrayNode partners = root.putArray("partners");
    e.partners().forEach(p -> partners.add(partner(p)));
    ArrayNode deals = root.putArray("deals");
    e.deals().forEach(d -> deals.add(deal(d)));
    return root;
  }

  /**
   * Returns one partner as a JSON object for a line of {@code partners.jsonl}
   * ({@code docs/streaming.md#explain}): at {@link Explain#FULL}, what {@code evaluation.json} holds
   * for the partner; below it, the current decisions and totals without the histories (timeline,
   * health history, deals, commission lines, MDF requests: each is in its CSV file), with the first
   * sentence of each explanation ({@link Explain#SUMMARY}) or none.
   *
   * @param p the partner's result, not null
   * @param level how much explanation to keep, not null
   * @return never null
   */
  public static ObjectNode partnerLine(PartnerResult p, Explain level) {
    requireNonNull(p, "p");
    requireNonNull(level, "level");
    ObjectNode node = partner(p);
    if (level == Explain.FULL) {
      return node;
    }
    for (String history : List.of("timeline", "healthHistory", "deals")) {
      node.remove(history);
    }
    if (node.get("commission") instanceof ObjectNode) {
      ((ObjectNode) node.get("commission")).remove("lines");
    }
    if (node.get("mdf") instanceof ObjectNode) {
      ((ObjectNode) node.get("mdf")).remove("requests");
    }
    for (String field : List.of("tier", "health")) {
      if (node.get(field) instanceof ObjectNode) {
        ObjectNode part = (ObjectNode) node.get(field);
        if (level == Explain.NONE || part.path("explanation").isEmpty()) {
          part.remove("explanation");
        } else {
          part.set("explanation", JSON.arrayNode().add(part.path("explanation").get(0)));
        }
      }
    }
    if (level == Explain.NONE && node.get("tier") instanceof ObjectNode) {
      ObjectNode tier = (ObjectNode) node.get("tier");
      tier.remove("projection");
      if (tier.get("progress") instanceof ObjectNode) {
        ((ObjectNode) tier.get("progress")).remove(List.of("text", "gaps"));
      }
    }
    return node;
  }

  private static void counts(ObjectNode node, Map<?, Long> counts) {
    counts.forEach((k, v) -> node.put(k.toString(), v));
  }

  private static ObjectNode program(PortfolioEvaluation e) {
    ObjectNode node = JSON.objectNode();
    node.put("version", e.program().version());
    if (e.program().maturity().isPresent()) {
      MaturityResult m = e.program().maturity().get();
      ObjectNode maturity = node.putObject("maturity");
      maturity.put("stage", m.stage().name());
      m.nextStage().ifPresent(s -> maturity.put("nextStage", s.name()));
      maturity.put("progressToNext", m.progressToNext().toPlainString());
      ArrayNode steps = maturity.putArray("nextSteps");
      m.nextSteps().forEach(s -> {
        ObjectNode step = steps.addObject().put("id", s.id()).put("text", s.text());
        s.templates().forEach(step.putArray("templates")::add);
      });
      m.weakestAreas().forEach(a -> maturity.withArray("weakestAreas").add(a.name()));
    }
    ArrayNode kpis = node.putArray("kpis");
    for (KpiValue kpi : e.program().kpis()) {
      ObjectNode k = kpis.addObject().put("kpi", kpi.kpi().name());
      kpi.value().ifPresent(v -> k.put("value", v.toPlainString()));
      kpi.target().ifPresent(t -> k.put("target", t));
      k.put("status", kpi.status().name());
    }
    ObjectNode segments = node.putObject("segments");
    e.program().segments().forEach(s -> segments.put(s.segment().name(), segments.path(s.segment().name()).asInt() + 1));
    return node;
  }

  private static ObjectNode partner(PartnerResult p) {
    ObjectNode node = JSON.objectNode();
    node.put("id", p.id());
    node.put("name", p.partner().name());
    node.put("type", p.partner().type().name());
    node.put("stage", p.partner().stage().name());
    p.partner().joined().ifPresent(j -> node.put("joined", j.toString()));
    node.put("payoutCurrency", p.partner().payoutCurrency().getCurrencyCode());
    p.current().ifPresent(c -> node.set("tier", current(c)));
    if (!p.timeline().isEmpty()) {
      ArrayNode timeline = node.putArray("timeline");
      for (TimelineEntry entry : p.timeline()) {
        TierDecision d = entry.decision();
        ObjectNode t = timeline.addObject().put("quarterEnd", entry.quarterEnd().toString())
            .put("version", entry.version()).put("tier", d.tier().name()).put("status", d.status().name());
        d.transition().ifPresent(x -> t.put("transition", x.name()));
        t.put("qualifiedTier", d.qualifiedTier().name());
      }
    }
    p.currentHealth().ifPresent(h -> node.set("health", health(h)));
    if (!p.health().isEmpty()) {
      ArrayNode history = node.putArray("healthHistory");
      for (HealthEntry h : p.health()) {
        history.addObject().put("quarter", h.quarter().toString()).put("version", h.version())
            .put("score", h.score().score().toPlainString()).put("band", h.score().band().name());
      }
    }
    p.fourC().ifPresent(c -> {
      ScorecardResult card = c.result();
      ObjectNode f = node.putObject("fourC").put("version", c.version()).put("overall", card.overall().toPlainString());
      ObjectNode criteria = f.putObject("criteria");
      card.criteria().forEach(x -> criteria.put(x.criterion(), x.score().toPlainString()));
      ArrayNode gaps = f.putArray("gaps");
      card.gaps().forEach(g -> gaps.addObject().put("criterion", g.criterion())
          .put("subCriterion", g.subCriterion().orElse("")).put("rating", g.rating().toPlainString())
          .put("target", g.target().toPlainString()));
    });
    p.ipp().ifPresent(f -> {
      ObjectNode ipp = node.putObject("ipp").put("version", f.version()).put("score", f.result().score().toPlainString())
          .put("rating", f.result().rating().name());
      f.result().disqualifiersFound().forEach(ipp.putArray("disqualifiers")::add);
      f.result().missing().forEach(ipp.putArray("notRated")::add);
    });
    p.segment().ifPresent(s -> {
      ObjectNode seg = node.putObject("segment").put("segment", s.segment().name());
      s.quadrant().ifPresent(q -> seg.put("quadrant", q.name()));
    });
    p.entitlement().ifPresent(b -> node.putObject("entitlement").put("version", b.version()).put("tier", b.tier().name())
        .put("commissionRate", b.commissionRate().value().toPlainString())
        .put("resaleMargin", b.resaleMargin().value().toPlainString()).put("mdfAnnual", amount(b.mdfAnnual()))
        .put("mdfQuarterlyCap", amount(b.mdfQuarterlyCap())));
    if (!p.deals().isEmpty()) {
      ArrayNode deals = node.putArray("deals");
      for (DealResult d : p.deals()) {
        PartnerCredit c = d.credit(p.partner().id()).orElseThrow();
        ObjectNode x = deals.addObject().put("deal", d.id()).put("attribution", c.attribution().type().name());
        c.countedAs().ifPresent(r -> x.put("countedAs", r.name()));
        c.amount().ifPresent(a -> x.put("credit", amount(a)));
      }
    }
    p.commission().ifPresent(c -> node.set("commission", commission(c)));
    p.mdf().ifPresent(m -> node.set("mdf", mdf(m)));
    return node;
  }

  private static ObjectNode current(TimelineEntry c) {
    TierDecision d = c.decision();
    ObjectNode node = JSON.objectNode().put("quarterEnd", c.quarterEnd().toString()).put("version", c.version())
        .put("tier", d.tier().name()).put("status", d.status().name());
    d.transition().ifPresent(t -> node.put("transition", t.name()));
    node.put("qualifiedTier", d.qualifiedTier().name());
    d.graceEnd().ifPresent(g -> node.put("graceEnd", g.toString()));
    d.nextReview().ifPresent(r -> node.put("nextReview", r.toString()));
    ObjectNode progress = node.putObject("progress");
    d.progress().target().ifPresent(t -> progress.put("target", t.name()));
    progress.put("percent", d.progress().fraction().percent().toBigInteger().intValue());
    progress.put("text", d.progress().render());
    d.progress().gaps().forEach(progress.putArray("gaps")::add);
    d.projection().ifPresent(p -> node.put("projection", p.render()));
    node.set("explanation", sentences(d.explanation()));
    return node;
  }

  private static ObjectNode health(HealthEntry h) {
    ObjectNode node = JSON.objectNode().put("quarter", h.quarter().toString()).put("version", h.version())
        .put("score", h.score().score().toPlainString()).put("band", h.score().band().name());
    h.score().change().ifPresent(c -> node.put("change", c.toPlainString()));
    h.score().bandMovement().ifPresent(m -> node.put("bandMovement", m));
    h.score().flags().forEach(node.withArray("flags")::add);
    node.set("explanation", sentences(h.score().explanation()));
    return node;
  }

  private static ObjectNode deal(DealResult d) {
    ObjectNode node = JSON.objectNode().put("id", d.id()).put("account", d.deal().account())
        .put("amount", amount(d.deal().amount())).put("status", d.status().name());
    d.closed().ifPresent(c -> node.put("closed", c.toString()));
    node.put("version", d.version());
    d.registrations().flatMap(r -> r.winningPartner()).ifPresent(w -> node.put("registrationWinner", w.value()));
    ArrayNode partners = node.putArray("partners");
    for (PartnerCredit c : d.credits()) {
      ObjectNode p = partners.addObject().put("partner", c.partner().value())
          .put("attribution", c.attribution().type().name())
          .put("creditFactor", c.attribution().creditFactor().value().toPlainString());
      c.attribution().notAttributedReason().ifPresent(r -> p.put("notAttributedReason", r.name()));
      ArrayNode met = p.putArray("criteriaMet");
      c.attribution().criteriaMet().forEach(x -> met.add(x.name()));
      c.countedAs().ifPresent(r -> p.put("countedAs", r.name()));
      c.share().ifPresent(s -> p.put("share", s.toString()));
      c.amount().ifPresent(a -> p.put("credit", amount(a)));
      c.note().ifPresent(n -> p.put("note", n));
    }
    return node;
  }

  private static ObjectNode commission(CommissionOutcome c) {
    ObjectNode node = JSON.objectNode().put("version", c.version()).put("earned", amount(c.earned()))
        .put("clawedBack", amount(c.clawedBack())).put("paid", amount(c.paid())).put("balance", amount(c.balance()));
    ArrayNode lines = node.putArray("lines");
    for (CommissionOutcome.Line line : c.lines()) {
      ObjectNode l = lines.addObject().put("date", line.date().toString());
      line.dealId().ifPresent(dl -> l.put("deal", dl));
      l.put("kind", line.kind()).put("amount", amount(line.amount())).put("status", line.status())
          .put("version", line.version()).put("explanation", line.explanation());
    }
    return node;
  }

  private static ObjectNode mdf(MdfOutcome m) {
    ObjectNode node = JSON.objectNode().put("version", m.version()).put("entitlement", amount(m.entitlement()))
        .put("allocated", amount(m.allocated())).put("granted", amount(m.granted()));
    ArrayNode requests = node.putArray("requests");
    for (MdfOutcome.RequestDecision r : m.requests()) {
      requests.addObject().put("request", r.requestId()).put("requested", amount(r.requested()))
          .put("granted", amount(r.granted())).put("outcome", r.outcome()).put("reason", r.reason())
          .put("version", r.version());
    }
    return node;
  }

  private static ArrayNode sentences(Explanation explanation) {
    ArrayNode node = JSON.arrayNode();
    explanation.sentences().forEach(node::add);
    return node;
  }

  private static String amount(Money money) {
    return money.amount().toPlainString();
  }
}
