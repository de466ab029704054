package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Portfolio.CancellationRow;
import dev.partneros.portfolio.Portfolio.CertificationRow;
import dev.partneros.portfolio.Portfolio.ChecklistRow;
import dev.partneros.portfolio.Portfolio.DealRow;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.Portfolio.MetricsRow;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.Portfolio.PaymentRow;
import dev.partneros.portfolio.Portfolio.RatingRow;
import dev.partneros.portfolio.Portfolio.RegistrationRow;
import dev.partneros.portfolio.Portfolio.TouchRow;
import dev.partneros.scoring.EngagementCadence;
import dev.partneros.scoring.StrategicFit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generates a synthetic portfolio for trials and benchmarks (every partner paid in the program's
 * currency, so no FX rate is needed): a pure function of its {@link Options}
 * (the seed fixes every draw, so the same options always give the same portfolio, row for row).
 *
 * <p>Each active partner gets a capacity (the tier its business supports, Registered to Platinum)
 * and a trend (growing, steady, declining), which drive its quarterly revenue, deals, referrals and
 * certifications, so tiers move over the period: some partners climb, some enter grace and recover,
 * some are downgraded. Deals are partner-sourced (a channel lead registered within days, no direct
 * engagement before), partner-influenced (direct sales first, a documented partner meeting, marked
 * dependent) or direct with a mere mention, some with a second partner co-selling or a competing
 * registration; won deals get payments, and a few are cancelled. Silver and better partners file MDF
 * requests; about a third are rated on the 4C scorecard; about 6 % are prospects with an IPP
 * assessment. The program's maturity checklist is completed up to the Emerging stage but one item.
 *
 * <p>Stateless; thread-safe.
 */
public final class PortfolioGenerator {

  private static final String[] FIRST = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum",
    "Proseware", "Wingtip", "Woodgrove", "Fourth Coffee", "Lucerne", "Margie's", "Alpine", "Coho", "Trey",
    "Blue Yonder", "Humongous", "Wide World", "Graphic Design", "Relecloud", "VanArsdel", "Bellows", "Lamna",
    "Nod", "Tailwind", "Consolidated", "Datum", "Southridge", "Woodland", "Fineartschool"};
  private static final String[] SECOND = {"Traders", "Systems", "Partners", "Consulting", "Labs", "Group",
    "Solutions", "Digital", "Networks", "Advisors"};
  private static final String[] ACCOUNTS = {"Alpine Ski House", "Coho Winery", "Fourth Coffee", "Best For You",
    "City Power", "Contoso Pharma", "Munson's Pickles", "Proseware Health", "Relecloud Air", "School of Art",
    "Wingtip Toys", "Woodgrove Bank", "Lucerne Publishing", "Margie's Travel", "Trey Research"};
  private static final PartnerType[] TYPES = {PartnerType.SYSTEM_INTEGRATOR, PartnerType.SYSTEM_INTEGRATOR,
    PartnerType.RESELLER_VAR, PartnerType.RESELLER_VAR, PartnerType.REFERRAL, PartnerType.TECHNOLOGY_ISV,
    PartnerType.MANAGED_SERVICE_PROVIDER, PartnerType.STRATEGIC_ALLIANCE, PartnerType.AFFILIATE, PartnerType.OEM};
  private static final String[][] FOUR_C = {{"CAPACITY", "dedicatedHeadcount"}, {"CAPACITY", "financialHealth"},
    {"CAPABILITY", "certifications"}, {"CAPABILITY", "similarDeployments"}, {"COMMITMENT", "executiveSponsorship"},
    {"COMMITMENT", "jointInvestment"}, {"CUSTOMERS", "icpBookOfBusiness"}, {"CUSTOMERS", "referenceableAccounts"}};
  private static final String[] IPP = {"verticalAlignment", "geographicCoverage", "icpMatch", "targetAccountOverlap",
    "technicalExpertise", "certifications", "gtmModelMatch", "willingnessToInvest", "executiveSponsorship",
    "jointPipelineCommitment", "dealSizePotential", "marginAttractiveness"};
  private static final String[] USES = {"events", "content", "advertising", "webinars", "campaigns"};
  private static final String[] CHECKLIST = {"foundational.business_case", "foundational.ipp",
    "foundational.one_pager", "foundational.onboarding_checklist", "foundational.revenue_tracking",
    "emerging.tiers", "emerging.agreements", "emerging.onboarding_program", "emerging.prm_reporting",
    "scaled.mdf"};

  private PortfolioGenerator() {}

  /**
   * What to generate.
   *
   * @param partners how many partners and prospects, 1 to 1,000,000
   * @param seed the seed of every random draw
   * @param firstQuarter the first quarter with metrics and deals
   * @param quarters how many quarters, 1 to 40
   * @param currency the currency of every amount
   * @param ladder the tier ladder (capacities map onto its tiers)
   * @param dealsPerPartner how many deals each active partner brings in over the whole period
   *     (spread evenly over the quarters), or empty for a number that follows its capacity and trend
   */
  public record Options(int partners, long seed, YearQuarter firstQuarter, int quarters, Currency currency,
      TierLadder ladder, OptionalInt dealsPerPartner) {
    /**
     * Checks the options.
     *
     * @param partners 1 to 1,000,000
     * @param seed any
     * @param firstQuarter not null
     * @param quarters 1 to 40
     * @param currency not null
     * @param ladder not null
     * @param dealsPerPartner empty, or 0 to 1,000
     * @throws IllegalArgumentException if a count is out of range
     */
    public Options {
      requireNonNull(firstQuarter, "firstQuarter");
      requireNonNull(currency, "currency");
      requireNonNull(ladder, "ladder");
      requireNonNull(dealsPerPartner, "dealsPerPartner");
      if (dealsPerPartner.isPresent() && (dealsPerPartner.getAsInt() < 0 || dealsPerPartner.getAsInt() > 1_000)) {
        throw new IllegalArgumentException("dealsPerPartner must be between 0 and 1000, but was "
            + dealsPerPartner.getAsInt());
      }
      if (partners < 1 || partners > 1_000_000) {
        throw new IllegalArgumentException("partners must be between 1 and 1000000, but was " + partners);
      }
      if (quarters < 1 || quarters > 40) {
        throw new IllegalArgumentException("quarters must be between 1 and 40, but was " + quarters);
      }
    }

    /**
     * Options whose deal counts follow each partner's capacity and trend.
     *
     * @param partners 1 to 1,000,000
     * @param seed any
     * @param firstQuarter not null
     * @param quarters 1 to 40
     * @param currency not null
     * @param ladder not null
     * @throws IllegalArgumentException if a count is out of range
     */
    public Options(int partners, long seed, YearQuarter firstQuarter, int quarters, Currency currency,
        TierLadder ladder) {
      this(partners, seed, firstQuarter, quarters, currency, ladder, OptionalInt.empty());
    }

    /**
     * Returns a copy in which every active partner brings in exactly this many deals.
     *
     * @param deals 0 to 1,000
     * @return never null
     * @throws IllegalArgumentException if out of range
     */
    public Options withDealsPerPartner(int deals) {
      return new Options(partners, seed, firstQuarter, quarters, currency, ladder, OptionalInt.of(deals));
    }

    /**
     * Returns options for the standard program: USD, the standard ladder, 8 quarters from 2026-Q1.
     *
     * @param partners how many partners
     * @param seed the seed
     * @return never null
     */
    public static Options standard(int partners, long seed) {
      return new Options(partners, seed, YearQuarter.of(2026, 1), 8, Currency.getInstance("USD"),
          TierLadder.standard());
    }
  }

  /**
   * Generates a portfolio.
   *
   * @param options what to generate, not null
   * @return never null; rows carry the source they would have in written CSV files
   */
  public static Portfolio generate(Options options) {
    requireNonNull(options, "options");
    return new Run(options).generate();
  }

  /** The state of one generation. */
  private static final class Run {
    private final Options o;
    private final SplittableRandom random;
    private final List<PartnerRow> partners = new ArrayList<>();
    private final List<MetricsRow> metrics = new ArrayList<>();
    private final List<CertificationRow> certifications = new ArrayList<>();
    private final List<DealRow> deals = new ArrayList<>();
    private final List<TouchRow> touches = new ArrayList<>();
    private final List<RegistrationRow> registrations = new ArrayList<>();
    private final List<PaymentRow> payments = new ArrayList<>();
    private final List<CancellationRow> cancellations = new ArrayList<>();
    private final List<MdfRequestRow> requests = new ArrayList<>();
    private final List<RatingRow> ratings = new ArrayList<>();
    private final LocalDate start;
    private final LocalDate end;
    private final String idFormat;
    private int dealNumber;

    Run(Options options) {
      this.o = options;
      this.random = new SplittableRandom(options.seed());
      this.start = options.firstQuarter().firstDay();
      this.end = options.firstQuarter().plusQuarters(options.quarters() - 1L).lastDay();
      this.idFormat = "P-%0" + Math.max(3, Integer.toString(options.partners()).length()) + "d";
    }

    Portfolio generate() {
      for (int i = 1; i <= o.partners(); i++) {
        partner(i);
      }
      List<ChecklistRow> checklist = new ArrayList<>();
      for (int i = 0; i < CHECKLIST.length; i++) {
        checklist.add(new ChecklistRow(CHECKLIST[i], source(PortfolioTable.CHECKLIST, i)));
      }
      return new Portfolio(partners, metrics, certifications, deals, touches, registrations, payments,
          cancellations, requests, ratings, checklist, List.of());
    }

    private Source source(PortfolioTable table, int index) {
      return Source.csv(table.fileName(), index + 2);
    }

    private Money money(long whole) {
      return Money.of(whole, o.currency());
    }

    private LocalDate day(LocalDate from, int maxDays) {
      return from.plusDays(random.nextInt(maxDays + 1));
    }

    private void partner(int index) {
      PartnerId id = PartnerId.of(String.format(java.util.Locale.ROOT, idFormat, index));
      String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
      PartnerType type = TYPES[random.nextInt(TYPES.length)];
      boolean prospect = random.nextInt(100) < 6;
      if (prospect) {
        partners.add(new PartnerRow(id, name, type, PartnerStage.PROSPECT, Optional.empty(), o.currency(),
            o.ladder().lowest(), start, Optional.empty(), Optional.empty(), source(PortfolioTable.PARTNERS,
            partners.size())));
        prospectRatings(id);
        return;
      }
      int top = o.ladder().size() - 1;
      int capacity = Math.min(top, pick(new int[] {35, 35, 22, 8}));
      int trend = random.nextInt(3) - 1; // -1 declining, 0 steady, +1 growing
      LocalDate joined = start.minusDays(30 + random.nextInt(400));
      int startRank = Math.max(0, Math.min(top, capacity + (trend < 0 ? 1 : 0) - (trend > 0 ? 1 : 0)));
      Tier tier = o.ladder().atRank(startRank);
      LocalDate since = joined;
      if (startRank > 0) { // reached in the last two quarters before the period: its first review has data
        YearQuarter q = YearQuarter.from(start).minusQuarters(1 + random.nextInt(2));
        since = q.lastDay().isBefore(joined) ? joined : q.lastDay();
      }
      Optional<dev.partneros.core.Rate> rebate = type == PartnerType.RESELLER_VAR
          ? Optional.of(dev.partneros.core.Rate.of("0.07")) : Optional.empty(); // the 1M+ band is custom
      partners.add(new PartnerRow(id, name, type, PartnerStage.ACTIVE, Optional.of(joined), o.currency(), tier, since,
          Optional.empty(), rebate, source(PortfolioTable.PARTNERS, partners.size())));
      certifications(id, capacity, trend, joined);
      for (int q = 0; q < o.quarters(); q++) {
        quarter(id, type, capacity, level(capacity, trend, q), q);
      }
      if (startRank >= 1 && random.nextInt(100) < 80) {
        mdfRequests(id, capacity);
      }
      if (random.nextInt(3) == 0) {
        fourC(id, capacity);
      }
    }

    private int pick(int[] weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int draw = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        draw -= weights[i];
        if (draw < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    /** The partner's activity level in quarter q: 1 is its capacity, the trend moves it. */
    private double level(int capacity, int trend, int q) {
      double drift = trend * 0.12 * q;
      return Math.max(0.1, 1 + drift + (random.nextDouble() - 0.5) * 0.3);
    }

    private void quarter(PartnerId id, PartnerType type, int capacity, double level, int q) {
      YearQuarter quarter = o.firstQuarter().plusQuarters(q);
      long[] base = {8_000, 30_000, 90_000, 260_000};
      long revenue = Math.round(base[Math.min(3, capacity)] * level * (0.8 + random.nextDouble() * 0.4) / 100) * 100;
      Optional<Money> prior = Optional.empty();
      if (q < 4) {
        prior = Optional.of(money(Math.round(revenue / (0.85 + random.nextDouble() * 0.4) / 100) * 100));
      }
      int dealsRegistered = (int) Math.round((capacity + 1) * 1.6 * level * random.nextDouble() + random.nextInt(3));
      boolean days = random.nextBoolean();
      EngagementCadence[] cadences = EngagementCadence.values();
      Optional<EngagementCadence> cadence = days ? Optional.empty()
          : Optional.of(cadences[Math.min(3, Math.max(0, capacity + random.nextInt(3) - 1))]);
      Optional<Integer> activeDays = days ? Optional.of(Math.min(92, capacity * 3 + random.nextInt(6 + capacity * 6)))
          : Optional.empty();
      Optional<Integer> nps = random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(Math.max(-100, Math.min(100, -20 + capacity * 15 + random.nextInt(50))));
      StrategicFit fit = StrategicFit.values()[Math.min(2, Math.max(0, (capacity + random.nextInt(3)) / 2))];
      int referralRate = type == PartnerType.REFERRAL || type == PartnerType.AFFILIATE ? 3 : 1;
      int referrals = (int) Math.round(random.nextDouble() * referralRate * (capacity + 0.5) * level);
      int planned = capacity >= 1 ? 1 : 0;
      int held = planned > 0 && random.nextInt(10) < 8 ? 1 : 0;
      int assigned = random.nextInt(3 + capacity);
      int completed = assigned == 0 ? 0 : random.nextInt(assigned + 1);
      metrics.add(new MetricsRow(id, quarter, money(revenue), prior, dealsRegistered, cadence, activeDays, nps, fit,
          referrals, planned, held, assigned, completed, source(PortfolioTable.METRICS, metrics.size())));
      int dealCount = (int) Math.floor(random.nextDouble() * (capacity + 0.8) * level * 1.6);
      if (o.dealsPerPartner().isPresent()) { // spread evenly: quarter q gets the deals numbered into it
        int total = o.dealsPerPartner().getAsInt();
        dealCount = (int) ((long) total * (q + 1) / o.quarters() - (long) total * q / o.quarters());
      }
      for (int d = 0; d < dealCount; d++) {
        deal(id, capacity, quarter);
      }
    }

    private void certifications(PartnerId id, int capacity, int trend, LocalDate joined) {
      int[] people = {0, 1, 2, 5};
      int count = people[Math.min(3, capacity)] + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        LocalDate earned = day(joined, 500);
        Optional<LocalDate> until = Optional.empty();
        if (trend < 0 && i % 2 == 0) {
          until = Optional.of(start.plusDays(random.nextInt(500)));
          if (until.get().isBefore(earned)) {
            until = Optional.of(earned.plusDays(365));
          }
        } else if (random.nextInt(4) == 0) {
          until = Optional.of(earned.plusYears(2));
        }
        certifications.add(new CertificationRow(id, id.value().toLowerCase(java.util.Locale.ROOT) + "-person-" + (i + 1),
            earned, until, Optional.of(i == 0 ? "Solution Architect" : "Sales Professional"),
            source(PortfolioTable.CERTIFICATIONS, certifications.size())));
      }
    }

    private void deal(PartnerId partner, int capacity, YearQuarter quarter) {
      dealNumber++;
      String id = String.format(java.util.Locale.ROOT, "D-%06d", dealNumber);
      long[] size = {9_000, 24_000, 45_000, 120_000};
      long amount = Math.round(size[Math.min(3, capacity)] * (0.5 + random.nextDouble()) / 100) * 100;
      LocalDate created = day(quarter.firstDay(), 60);
      LocalDate closeDay = created.plusDays(20 + random.nextInt(70));
      int outcome = random.nextInt(100);
      CloseStatus status = outcome < 68 ? CloseStatus.WON : outcome < 85 ? CloseStatus.LOST : CloseStatus.OPEN;
      if (closeDay.isAfter(end) || status == CloseStatus.OPEN && closeDay.isAfter(end.minusDays(200))) {
        status = CloseStatus.OPEN;
      } else if (status == CloseStatus.OPEN) {
        status = CloseStatus.WON;
      }
      Optional<LocalDate> closed = status == CloseStatus.OPEN ? Optional.empty() : Optional.of(closeDay);
      int kind = random.nextInt(100);
      Optional<LocalDate> direct = Optional.empty();
      TreeSet<PartnerId> dependent = new TreeSet<>();
      Source touchSource = source(PortfolioTable.TOUCHES, touches.size());
      if (kind < 55) { // sourced
        touches.add(new TouchRow(id, partner, created, TouchKind.REFERRAL, true, true, touchSource));
        touches.add(new TouchRow(id, partner, created.plusDays(10 + random.nextInt(10)), TouchKind.DEMO, false, true,
            source(PortfolioTable.TOUCHES, touches.size())));
        registrations.add(new RegistrationRow(id, partner, created.plusDays(random.nextInt(6)), Optional.empty(),
            source(PortfolioTable.REGISTRATIONS, registrations.size())));
      } else if (kind < 85) { // influenced
        direct = Optional.of(created.plusDays(1));
        touches.add(new TouchRow(id, partner, created.plusDays(5 + random.nextInt(10)), TouchKind.MEETING, false, true,
            touchSource));
        dependent.add(partner);
      } else { // direct, a mere mention
        direct = Optional.of(created);
        touches.add(new TouchRow(id, partner, created.plusDays(3), TouchKind.MENTION, false, false, touchSource));
      }
      if (random.nextInt(100) < 8 && partners.size() > 1) { // a second partner co-sells
        PartnerRow other = partners.get(random.nextInt(partners.size() - 1));
        if (other.isActive() && !other.id().equals(partner)) {
          touches.add(new TouchRow(id, other.id(), created.plusDays(12), TouchKind.CO_SELL, false, true,
              source(PortfolioTable.TOUCHES, touches.size())));
          if (random.nextBoolean()) {
            registrations.add(new RegistrationRow(id, other.id(), created.plusDays(3), Optional.empty(),
                source(PortfolioTable.REGISTRATIONS, registrations.size())));
          }
        }
      }
      Optional<LocalDate> customerStart = status == CloseStatus.WON ? closed.map(c -> c.plusDays(random.nextInt(15)))
          : Optional.empty();
      deals.add(new DealRow(id, ACCOUNTS[random.nextInt(ACCOUNTS.length)], money(amount), created, Optional.of(created),
          status, closed, customerStart, direct, dependent, Optional.of(random.nextBoolean() ? "Platform" : "Analytics"),
          source(PortfolioTable.DEALS, deals.size())));
      if (status == CloseStatus.WON) {
        LocalDate first = customerStart.orElseThrow();
        int installments = 1 + random.nextInt(4);
        long part = amount / 4;
        for (int i = 0; i < installments; i++) {
          LocalDate paid = first.plusDays(10 + 91L * i);
          if (!paid.isAfter(end)) {
            payments.add(new PaymentRow(id, paid, money(part), source(PortfolioTable.PAYMENTS, payments.size())));
          }
        }
        if (random.nextInt(100) < 5) {
          LocalDate effective = first.plusDays(random.nextInt(200));
          boolean refund = random.nextBoolean();
          cancellations.add(new CancellationRow(id, effective, refund ? CancellationKind.REFUND
              : CancellationKind.CANCELLATION, refund ? Optional.of(money(amount / 2)) : Optional.empty(),
              Optional.empty(), Optional.of(refund ? "partial refund" : "customer churned"),
              source(PortfolioTable.CANCELLATIONS, cancellations.size())));
        }
      }
    }

    private void mdfRequests(PartnerId id, int capacity) {
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        LocalDate submitted = day(start, (int) (end.toEpochDay() - start.toEpochDay()) - 30);
        long amount = (1 + random.nextInt(4 + capacity * 4)) * 1_000L;
        String use = random.nextInt(20) == 0 ? "swag" : USES[random.nextInt(USES.length)];
        requests.add(new MdfRequestRow("M-" + id.value().substring(2) + "-" + (i + 1), id, submitted, money(amount),
            use, Optional.of(submitted.plusDays(14 + random.nextInt(30))), i > 0 && random.nextInt(6) == 0,
            source(PortfolioTable.MDF_REQUESTS, requests.size())));
      }
    }

    private void fourC(PartnerId id, int capacity) {
      for (String[] item : FOUR_C) {
        int value = Math.max(0, Math.min(5, capacity + 1 + random.nextInt(3) - 1));
        ratings.add(new RatingRow(id, RatingKind.FOUR_C, item[0], Optional.of(item[1]), Integer.toString(value),
            Optional.of("QBR " + start.getYear() + ": " + item[1] + " reviewed"),
            source(PortfolioTable.RATINGS, ratings.size())));
      }
    }

    private void prospectRatings(PartnerId id) {
      String[] levels = {"LOW", "MEDIUM", "HIGH"};
      for (String attribute : IPP) {
        if (random.nextInt(5) > 0) {
          ratings.add(new RatingRow(id, RatingKind.IPP, attribute, Optional.empty(), levels[random.nextInt(3)],
              Optional.empty(), source(PortfolioTable.RATINGS, ratings.size())));
        }
      }
      ratings.add(new RatingRow(id, RatingKind.IPP_DISQUALIFIER, "directCompetitiveOffering", Optional.empty(),
          Boolean.toString(random.nextInt(8) == 0), Optional.empty(), source(PortfolioTable.RATINGS, ratings.size())));
    }
  }
}
