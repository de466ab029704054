package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.portfolio.internal.CsvWriter;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.HealthEntry;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.scoring.HealthDimension;
import dev.partneros.scoring.KpiValue;
import dev.partneros.tiers.TierDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV files of an evaluation, for spreadsheets and other tools: {@code partners.csv} (one row
 * per partner: tier, standing, progress, health, 4C, IPP, segment, entitlement, commission and MDF),
 * {@code tier-timeline.csv} (every quarter-end decision with its version), {@code health.csv}
 * (every scored quarter with its points per dimension), {@code attribution.csv} (every deal and
 * partner) and {@code kpis.csv}; {@code commission.csv} and {@code mdf-requests.csv} when the
 * modules are installed.
 *
 * <p>Every cell goes through {@link CsvWriter}, so a value starting with {@code =}, {@code +},
 * {@code -} or {@code @} (a partner named {@code =HYPERLINK(...)}) is neutralised and never run as a
 * formula; plain numbers, negative ones included, are written as numbers. Amounts are plain decimals
 * in the currency named in the header. LF line ends, rows in partner-id and deal-id order.
 *
 * <p>Stateless; thread-safe.
 */
public final class CsvReport {

  private CsvReport() {}

  /**
   * Renders every CSV file.
   *
   * @param evaluation the evaluation, not null
   * @return the files by name, in a fixed order, never null
   */
  public static Map<String, String> render(PortfolioEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("partners.csv", partners(evaluation));
    files.put("tier-timeline.csv", timeline(evaluation));
    files.put("health.csv", health(evaluation));
    files.put("attribution.csv", attribution(evaluation));
    files.put("kpis.csv", kpis(evaluation));
    if (evaluation.partners().stream().anyMatch(p -> p.commission().isPresent())) {
      files.put("commission.csv", commission(evaluation));
    }
    if (evaluation.partners().stream().anyMatch(p -> p.mdf().isPresent())) {
      files.put("mdf-requests.csv", mdf(evaluation));
    }
    return files;
  }

  private static String partners(PortfolioEvaluation e) {
    String currency = e.currency().getCurrencyCode();
    Table t = new Table("id", "name", "type", "stage", "tier", "status", "transition", "qualifiedTier", "graceEnd",
        "nextReview", "progressPercent", "progress", "tierVersion", "healthQuarter", "health", "band", "healthChange",
        "bandMovement", "healthVersion", "fourC", "ipp", "ippRating", "segment", "quadrant", "commissionRate",
        "mdfAnnual" + currency, "mdfQuarterlyCap" + currency, "commissionEarned" + currency,
        "commissionBalance" + currency, "mdfGranted" + currency);
    for (PartnerResult p : e.partners()) {
      Optional<TierDecision> d = p.current().map(TimelineEntry::decision);
      Optional<HealthEntry> h = p.currentHealth();
      t.row(p.id(), p.partner().name(), p.partner().type().name(), p.partner().stage().name(),
          p.partner().isActive() ? p.tier().name() : "", d.map(x -> x.status().name()).orElse(""),
          d.flatMap(TierDecision::transition).map(Enum::name).orElse(""),
          d.map(x -> x.qualifiedTier().name()).orElse(""), d.flatMap(TierDecision::graceEnd).map(Object::toString)
              .orElse(""), d.flatMap(TierDecision::nextReview).map(Object::toString).orElse(""),
          d.map(x -> x.progress().fraction().percent().toBigInteger().toString()).orElse(""),
          d.map(x -> x.progress().render()).orElse(""), p.current().map(TimelineEntry::version).orElse(""),
          h.map(x -> x.quarter().toString()).orElse(""), h.map(x -> plain(x.score().score())).orElse(""),
          h.map(x -> x.score().band().name()).orElse(""),
          h.flatMap(x -> x.score().change()).map(CsvReport::plain).orElse(""),
          h.flatMap(x -> x.score().bandMovement()).orElse(""), h.map(HealthEntry::version).orElse(""),
          p.fourC().map(c -> plain(c.result().overall())).orElse(""),
          p.ipp().map(f -> plain(f.result().score())).orElse(""), p.ipp().map(f -> f.result().rating().name())
              .orElse(""), p.segment().map(s -> s.segment().name()).orElse(""),
          p.segment().flatMap(s -> s.quadrant()).map(Enum::name).orElse(""),
          p.entitlement().map(b -> plain(b.commissionRate().value())).orElse(""),
          p.entitlement().map(b -> money(b.mdfAnnual())).orElse(""),
          p.entitlement().map(b -> money(b.mdfQuarterlyCap())).orElse(""),
          p.commission().map(c -> money(c.earned())).orElse(""), p.commission().map(c -> money(c.balance()))
              .orElse(""), p.mdf().map(m -> money(m.granted())).orElse(""));
    }
    return t.toString();
  }

  private static String timeline(PortfolioEvaluation e) {
    Table t = new Table("partner", "name", "quarterEnd", "version", "tier", "status", "transition", "qualifiedTier",
        "graceEnd", "review", "steps");
    for (PartnerResult p : e.partners()) {
      for (TimelineEntry entry : p.timeline()) {
        TierDecision d = entry.decision();
        t.row(p.id(), p.partner().name(), entry.quarterEnd().toString(), entry.version(), d.tier().name(),
            d.status().name(), d.transition().map(Enum::name).orElse(""), d.qualifiedTier().name(),
            d.graceEnd().map(Object::toString).orElse(""), Boolean.toString(d.review()),
            String.join(" ", d.steps().stream().map(Enum::name).toArray(String[]::new)));
      }
    }
    return t.toString();
  }

  private static String health(PortfolioEvaluation e) {
    List<String> header = new ArrayList<>(List.of("partner", "quarter", "version", "score", "band", "change",
        "bandMovement"));
    for (HealthDimension dimension : HealthDimension.values()) {
      header.add(dimension.name().toLowerCase(Locale.ROOT));
    }
    header.add("flags");
    Table t = new Table(header.toArray(String[]::new));
    for (PartnerResult p : e.partners()) {
      for (HealthEntry h : p.health()) {
        List<String> row = new ArrayList<>(List.of(p.id(), h.quarter().toString(), h.version(),
            plain(h.score().score()), h.score().band().name(), h.score().change().map(CsvReport::plain).orElse(""),
            h.score().bandMovement().orElse("")));
        for (HealthDimension dimension : HealthDimension.values()) {
          row.add(plain(h.score().component(dimension).points()));
        }
        row.add(String.join(" ", h.score().flags()));
        t.row(row.toArray(String[]::new));
      }
    }
    return t.toString();
  }

  private static String attribution(PortfolioEvaluation e) {
    Table t = new Table("deal", "account", "amount" + e.currency().getCurrencyCode(), "status", "closed", "version",
        "partner", "attribution", "creditFactor", "countedAs", "share", "credit", "registration", "note");
    for (DealResult d : e.deals()) {
      for (PartnerCredit c : d.credits()) {
        String registration = d.registrations().map(r -> r.outcomes().stream()
            .filter(o -> o.registration().partner().equals(c.partner())).map(o -> o.status().name()).findFirst()
            .orElse("")).orElse("");
        t.row(d.id(), d.deal().account(), money(d.deal().amount()), d.status().name(),
            d.closed().map(Object::toString).orElse(""), d.version(), c.partner().value(), c.attribution().type().name(),
            plain(c.attribution().creditFactor().value()), c.countedAs().map(Enum::name).orElse(""),
            c.share().map(Object::toString).orElse(""), c.amount().map(CsvReport::money).orElse(""), registration,
            c.note().orElse(""));
      }
    }
    return t.toString();
  }

  private static String kpis(PortfolioEvaluation e) {
    Table t = new Table("kpi", "value", "target", "status", "version");
    for (KpiValue kpi : e.program().kpis()) {
      t.row(kpi.kpi().name(), kpi.value().map(CsvReport::plain).orElse(""), kpi.target().orElse(""),
          kpi.status().name(), e.program().version());
    }
    return t.toString();
  }

  private static String commission(PortfolioEvaluation e) {
    Table t = new Table("partner", "date", "deal", "kind", "amount", "status", "version", "explanation");
    for (PartnerResult p : e.partners()) {
      if (p.commission().isEmpty()) {
        continue;
      }
      CommissionOutcome c = p.commission().get();
      for (CommissionOutcome.Line line : c.lines()) {
        t.row(p.id(), line.date().toString(), line.dealId().orElse(""), line.kind(), money(line.amount()),
            line.status(), c.version(), line.explanation());
      }
    }
    return t.toString();
  }

  private static String mdf(PortfolioEvaluation e) {
    Table t = new Table("partner", "request", "requested", "granted", "outcome", "reason", "version");
    for (PartnerResult p : e.partners()) {
      if (p.mdf().isEmpty()) {
        continue;
      }
      MdfOutcome m = p.mdf().get();
      for (MdfOutcome.RequestDecision r : m.requests()) {
        t.row(p.id(), r.requestId(), money(r.requested()), money(r.granted()), r.outcome(), r.reason(), m.version());
      }
    }
    return t.toString();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String money(Money money) {
    return money.amount().toPlainString();
  }

  /** A CSV table: a header and rows, every cell through {@link CsvWriter}. */
  private static final class Table {
    private final StringBuilder text = new StringBuilder();

    Table(String... header) {
      text.append(CsvWriter.line(List.of(header)));
    }

    void row(String... cells) {
      text.append(CsvWriter.line(List.of(cells)));
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
