package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.HealthEntry;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.ProgramResult;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.portfolio.internal.CsvWriter;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.tiers.TierDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
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
    Currency currency = evaluation.currency();
    Map<String, String> files = new LinkedHashMap<>();
    for (String file : PARTNER_FILES) {
      boolean module = file.equals(COMMISSION) ? evaluation.partners().stream().anyMatch(p -> p.commission().isPresent())
          : !file.equals(MDF_REQUESTS) || evaluation.partners().stream().anyMatch(p -> p.mdf().isPresent());
      if (!module) {
        continue;
      }
      StringBuilder text = new StringBuilder(CsvWriter.line(header(file, currency)));
      evaluation.partners().forEach(p -> partnerRows(file, p).forEach(r -> text.append(CsvWriter.line(r))));
      files.put(file, text.toString());
      if (file.equals(HEALTH)) {
        StringBuilder deals = new StringBuilder(CsvWriter.line(header(ATTRIBUTION, currency)));
        evaluation.deals().forEach(d -> dealRows(d).forEach(r -> deals.append(CsvWriter.line(r))));
        files.put(ATTRIBUTION, deals.toString());
        files.put(KPIS, kpis(evaluation.program()));
      }
    }
    return files;
  }

  /** The file of one row per partner. */
  public static final String PARTNERS = "partners.csv";
  /** The file of every quarter-end tier decision. */
  public static final String TIMELINE = "tier-timeline.csv";
  /** The file of every scored quarter. */
  public static final String HEALTH = "health.csv";
  /** The file of every deal and partner. */
  public static final String ATTRIBUTION = "attribution.csv";
  /** The file of the program KPIs. */
  public static final String KPIS = "kpis.csv";
  /** The file of every commission line (with a commission module). */
  public static final String COMMISSION = "commission.csv";
  /** The file of every MDF request decision (with an MDF module). */
  public static final String MDF_REQUESTS = "mdf-requests.csv";
  /** The files whose rows come partner by partner, in file order. */
  public static final List<String> PARTNER_FILES = List.of(PARTNERS, TIMELINE, HEALTH, COMMISSION, MDF_REQUESTS);
  /** The column of {@link #PARTNERS} holding the segment; the quadrant follows it. */
  public static final int SEGMENT_COLUMN = 22;

  /**
   * Returns the header of a CSV file.
   *
   * @param file one of the file names of this class, not null
   * @param currency the evaluation's currency, named in amount columns, not null
   * @return never null
   */
  public static List<String> header(String file, Currency currency) {
    String code = currency.getCurrencyCode();
    switch (file) {
      case PARTNERS:
        return List.of("id", "name", "type", "stage", "tier", "status", "transition", "qualifiedTier", "graceEnd",
            "nextReview", "progressPercent", "progress", "tierVersion", "healthQuarter", "health", "band",
            "healthChange", "bandMovement", "healthVersion", "fourC", "ipp", "ippRating", "segment", "quadrant",
            "commissionRate", "mdfAnnual" + code, "mdfQuarterlyCap" + code, "commissionEarned" + code,
            "commissionBalance" + code, "mdfGranted" + code);
      case TIMELINE:
        return List.of("partner", "name", "quarterEnd", "version", "tier", "status", "transition", "qualifiedTier",
            "graceEnd", "review", "steps");
      case HEALTH:
        List<String> header = new ArrayList<>(List.of("partner", "quarter", "version", "score", "band", "change",
            "bandMovement"));
        for (HealthScore.Dimension dimension : HealthScore.Dimension.values()) {
          header.add(dimension.name().toLowerCase(Locale.ROOT));
        }
        header.add("flags");
        return header;
      case ATTRIBUTION:
        return List.of("deal", "account", "amount" + code, "status", "closed", "version", "partner", "attribution",
            "creditFactor", "countedAs", "share", "credit", "registration", "note");
      case KPIS:
        return List.of("kpi", "value", "target", "status", "version");
      case COMMISSION:
        return List.of("partner", "date", "deal", "kind", "amount", "status", "version", "explanation");
      case MDF_REQUESTS:
        return List.of("partner", "request", "requested", "granted", "outcome", "reason", "version");
      default:
        throw new IllegalArgumentException("not a CSV file of an evaluation: " + file);
    }
  }

  /**
   * Returns a partner's rows of one of the {@link #PARTNER_FILES}, cells unescaped.
   *
   * @param file one of {@link #PARTNER_FILES}, not null
   * @param p the partner's result, not null
   * @return the rows, in order; never null
   */
  public static List<List<String>> partnerRows(String file, PartnerResult p) {
    switch (file) {
      case PARTNERS:
        return List.of(partnerRow(p));
      case TIMELINE:
        return timelineRows(p);
      case HEALTH:
        return healthRows(p);
      case COMMISSION:
        return commissionRows(p);
      case MDF_REQUESTS:
        return mdfRows(p);
      default:
        throw new IllegalArgumentException("not a partner file of an evaluation: " + file);
    }
  }

  private static List<String> partnerRow(PartnerResult p) {
    Optional<TierDecision> d = p.current().map(TimelineEntry::decision);
    Optional<HealthEntry> h = p.currentHealth();
    return Arrays.asList(p.id(), p.partner().name(), p.partner().type().name(), p.partner().stage().name(),
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

  private static List<List<String>> timelineRows(PartnerResult p) {
    List<List<String>> rows = new ArrayList<>();
    for (TimelineEntry entry : p.timeline()) {
      TierDecision d = entry.decision();
      rows.add(List.of(p.id(), p.partner().name(), entry.quarterEnd().toString(), entry.version(), d.tier().name(),
          d.status().name(), d.transition().map(Enum::name).orElse(""), d.qualifiedTier().name(),
          d.graceEnd().map(Object::toString).orElse(""), Boolean.toString(d.review()),
          String.join(" ", d.steps().stream().map(Enum::name).toArray(String[]::new))));
    }
    return rows;
  }

  private static List<List<String>> healthRows(PartnerResult p) {
    List<List<String>> rows = new ArrayList<>();
    for (HealthEntry h : p.health()) {
      List<String> row = new ArrayList<>(List.of(p.id(), h.quarter().toString(), h.version(),
          plain(h.score().score()), h.score().band().name(), h.score().change().map(CsvReport::plain).orElse(""),
          h.score().bandMovement().orElse("")));
      for (HealthScore.Dimension dimension : HealthScore.Dimension.values()) {
        row.add(plain(h.score().component(dimension).points()));
      }
      row.add(String.join(" ", h.score().flags()));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns a deal's rows of {@link #ATTRIBUTION}: one per partner named on it.
   *
   * @param d the deal, not null
   * @return never null
   */
  public static List<List<String>> dealRows(DealResult d) {
    List<List<String>> rows = new ArrayList<>();
    for (PartnerCredit c : d.credits()) {
      String registration = d.registrations().map(r -> r.outcomes().stream()
          .filter(o -> o.registration().partner().equals(c.partner())).map(o -> o.status().name()).findFirst()
          .orElse("")).orElse("");
      rows.add(List.of(d.id(), d.deal().account(), money(d.deal().amount()), d.status().name(),
          d.closed().map(Object::toString).orElse(""), d.version(), c.partner().value(), c.attribution().type().name(),
          plain(c.attribution().creditFactor().value()), c.countedAs().map(Enum::name).orElse(""),
          c.share().map(Object::toString).orElse(""), c.amount().map(CsvReport::money).orElse(""), registration,
          c.note().orElse("")));
    }
    return rows;
  }

  /**
   * Renders {@link #KPIS}.
   *
   * @param program the program's results, not null
   * @return the file's text
   */
  public static String kpis(ProgramResult program) {
    StringBuilder t = new StringBuilder(CsvWriter.line(List.of("kpi", "value", "target", "status", "version")));
    for (KpiValue kpi : program.kpis()) {
      t.append(CsvWriter.line(List.of(kpi.kpi().name(), kpi.value().map(CsvReport::plain).orElse(""),
          kpi.target().orElse(""), kpi.status().name(), program.version())));
    }
    return t.toString();
  }

  private static List<List<String>> commissionRows(PartnerResult p) {
    List<List<String>> rows = new ArrayList<>();
    p.commission().ifPresent(c -> {
      for (CommissionOutcome.Line line : c.lines()) {
        rows.add(List.of(p.id(), line.date().toString(), line.dealId().orElse(""), line.kind(), money(line.amount()),
            line.status(), line.version(), line.explanation()));
      }
    });
    return rows;
  }

  private static List<List<String>> mdfRows(PartnerResult p) {
    List<List<String>> rows = new ArrayList<>();
    p.mdf().ifPresent(m -> {
      for (MdfOutcome.RequestDecision r : m.requests()) {
        rows.add(List.of(p.id(), r.requestId(), money(r.requested()), money(r.granted()), r.outcome(), r.reason(),
            r.version()));
      }
    });
    return rows;
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String money(Money money) {
    return money.amount().toPlainString();
  }
}
