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
import dev.partneros.scoring.health.HealthFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;

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
 * <p>Every partner is generated on its own: its draws come from a random generator seeded by the
 * seed and the partner's index alone, its deals are numbered after it ({@code D-0042-3} is the
 * third deal of {@code P-0042}), and a co-selling second partner is always the next partner of
 * the book (the last partner's is the first), so a book is produced partner by partner in
 * constant memory: {@link #stream} hands over each partner's rows as soon as they are drawn, and
 * {@link #generate} collects the same rows into one in-memory portfolio.
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

  /** The largest number of partners, for {@link Options}. */
  public static final int MAX_PARTNERS = 100_000_000;

  /** The largest number of quarters, for {@link Options}. */
  public static final int MAX_QUARTERS = 40;

  /** The largest fixed number of deals per partner, for {@link Options}. */
  public static final int MAX_DEALS_PER_PARTNER = 1_000;

  /** The earliest year of the first quarter, for {@link Options}. */
  public static final int FIRST_YEAR = 1900;

  /** The latest year of the last quarter, for {@link Options}. */
  public static final int LAST_YEAR = 9_000;

  private PortfolioGenerator() {}

  /**
   * What to generate.
   *
   * @param partners how many partners and prospects, 1 to 100,000,000 (beyond a few hundred
   *     thousand, {@link #stream} them rather than {@link #generate} them in memory)
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
     * @param partners 1 to 100,000,000
     * @param seed any
     * @param firstQuarter not null, in {@link #FIRST_YEAR} or later
     * @param quarters 1 to 40, ending in {@link #LAST_YEAR} at the latest
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
      if (dealsPerPartner.isPresent()
          && (dealsPerPartner.getAsInt() < 0 || dealsPerPartner.getAsInt() > MAX_DEALS_PER_PARTNER)) {
        throw new IllegalArgumentException("dealsPerPartner must be between 0 and " + MAX_DEALS_PER_PARTNER
            + ", but was " + dealsPerPartner.getAsInt());
      }
      if (partners < 1 || partners > MAX_PARTNERS) {
        throw new IllegalArgumentException("partners must be between 1 and " + MAX_PARTNERS + ", but was "
            + partners);
      }
      if (quarters < 1 || quarters > MAX_QUARTERS) {
        throw new IllegalArgumentException("quarters must be between 1 and " + MAX_QUARTERS + ", but was "
            + quarters);
      }
      int last = firstQuarter.quarter() - 1 + quarters - 1;
      int lastYear = firstQuarter.year() + last / 4;
      if (firstQuarter.year() < FIRST_YEAR || lastYear > LAST_YEAR) {
        throw new IllegalArgumentException("the period must lie within the years " + FIRST_YEAR + " to " + LAST_YEAR
            + ", but it runs from " + firstQuarter + " to " + lastYear + "-Q" + (last % 4 + 1));
      }
    }

    /**
     * Options whose deal counts follow each partner's capacity and trend.
     *
     * @param partners 1 to 100,000,000
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
   * Generates a portfolio in memory: the rows {@link #stream} hands over, collected table by table.
   * Its memory grows with the number of partners; {@link #stream} a large book instead.
   *
   * @param options what to generate, not null
   * @return never null; rows carry the source they would have in written CSV files
   */
  public static Portfolio generate(Options options) {
    requireNonNull(options, "options");
    Collector all = new Collector();
    stream(options, all);
    return all.portfolio();
  }

  /**
   * Generates a portfolio partner by partner, in constant memory: hands over one small portfolio
   * per partner, in the order of the partners' ids, holding that partner's row, metrics,
   * certifications, MDF requests and ratings and the deals it brings in (with their touches,
   * including a co-selling partner's, registrations, payments and cancellations); then one last
   * portfolio with the program's rows (the checklist). Appending each table's rows in the order
   * handed over gives exactly the tables of {@link #generate}, sources included.
   *
   * @param options what to generate, not null
   * @param sink receives the portfolios, in order, not null
   */
  public static void stream(Options options, Consumer<? super Portfolio> sink) {
    requireNonNull(options, "options");
    requireNonNull(sink, "sink");
    Run run = new Run(options);
    for (int i = 1; i <= options.partners(); i++) {
      sink.accept(run.partner(i));
    }
    sink.accept(run.program());
  }

  /** The random generator of one partner: a function of the seed and the partner's index alone. */
  static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(mix(seed ^ mix(index * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L)));
  }

  /** A bijective 64-bit mix (the finaliser of SplitMix64). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Collects streamed portfolios into one. */
  private static final class Collector implements Consumer<Portfolio> {
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
    private final List<ChecklistRow> checklist = new ArrayList<>();

    @Override
    public void accept(Portfolio p) {
      partners.addAll(p.partners());
      metrics.addAll(p.metrics());
      certifications.addAll(p.certifications());
      deals.addAll(p.deals());
      touches.addAll(p.touches());
      registrations.addAll(p.registrations());
      payments.addAll(p.payments());
      cancellations.addAll(p.cancellations());
      requests.addAll(p.mdfRequests());
      ratings.addAll(p.ratings());
      checklist.addAll(p.checklist());
    }

    Portfolio portfolio() {
      return new Portfolio(partners, metrics, certifications, deals, touches, registrations, payments,
          cancellations, requests, ratings, checklist, List.of());
    }
  }

  /** The first draws of a partner: enough to tell a prospect from an active partner. */
  private record Head(PartnerId id, String name, PartnerType type, boolean prospect, SplittableRandom random) {}

  /**
   * The state of one generation: the options and the row counts of each table (for the rows'
   * sources); the rows of the partner being generated.
   */
  private static final class Run {
    private final Options o;
    private final LocalDate start;
    private final LocalDate end;
    private final int idWidth;
    private final long[] lines = new long[PortfolioTable.values().length];
    private SplittableRandom random;
    private List<PartnerRow> partners;
    private List<MetricsRow> metrics;
    private List<CertificationRow> certifications;
    private List<DealRow> deals;
    private List<TouchRow> touches;
    private List<RegistrationRow> registrations;
    private List<PaymentRow> payments;
    private List<CancellationRow> cancellations;
    private List<MdfRequestRow> requests;
    private List<RatingRow> ratings;
    private int index;
    private int dealNumber;

    Run(Options options) {
      this.o = options;
      this.start = options.firstQuarter().firstDay();
      this.end = options.firstQuarter().plusQuarters(options.quarters() - 1L).lastDay();
      this.idWidth = Math.max(3, Integer.toString(options.partners()).length());
    }

    Portfolio program() {
      List<ChecklistRow> checklist = new ArrayList<>();
      for (String item : CHECKLIST) {
        checklist.add(new ChecklistRow(item, source(PortfolioTable.CHECKLIST)));
      }
      return new Portfolio(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of(), checklist, List.of());
    }

    /** The next row's source: its line in the table's CSV file (the header is line 1). */
    private Source source(PortfolioTable table) {
      long line = ++lines[table.ordinal()] + 1;
      return Source.csv(table.fileName(), (int) Math.min(Integer.MAX_VALUE, line));
    }

    private String digits(int value) {
      String text = Integer.toString(value);
      return text.length() >= idWidth ? text : "0".repeat(idWidth - text.length()) + text;
    }

    private Head head(int partner) {
      SplittableRandom draws = random(o.seed(), partner);
      String name = FIRST[draws.nextInt(FIRST.length)] + " " + SECOND[draws.nextInt(SECOND.length)];
      PartnerType type = TYPES[draws.nextInt(TYPES.length)];
      boolean prospect = draws.nextInt(100) < 6;
      return new Head(PartnerId.of("P-" + digits(partner)), name, type, prospect, draws);
    }

    private Money money(long whole) {
      return Money.of(whole, o.currency());
    }

    private LocalDate day(LocalDate from, int maxDays) {
      return from.plusDays(random.nextInt(maxDays + 1));
    }

    /** Generates one partner's rows. */
    Portfolio partner(int partner) {
      index = partner;
      dealNumber = 0;
      partners = new ArrayList<>(1);
      metrics = new ArrayList<>();
      certifications = new ArrayList<>();
      deals = new ArrayList<>();
      touches = new ArrayList<>();
      registrations = new ArrayList<>();
      payments = new ArrayList<>();
      cancellations = new ArrayList<>();
      requests = new ArrayList<>();
      ratings = new ArrayList<>();
      rows(head(partner));
      return new Portfolio(partners, metrics, certifications, deals, touches, registrations, payments,
          cancellations, requests, ratings, List.of(), List.of());
    }

    private void rows(Head head) {
      random = head.random();
      PartnerId id = head.id();
      String name = head.name();
      PartnerType type = head.type();
      if (head.prospect()) {
        partners.add(new PartnerRow(id, name, type, PartnerStage.PROSPECT, Optional.empty(), o.currency(),
            o.ladder().lowest(), start, Optional.empty(), Optional.empty(), source(PortfolioTable.PARTNERS)));
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
          Optional.empty(), rebate, source(PortfolioTable.PARTNERS)));
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
      HealthFacts.Cadence[] cadences = HealthFacts.Cadence.values();
      Optional<HealthFacts.Cadence> cadence = days ? Optional.empty()
          : Optional.of(cadences[Math.min(3, Math.max(0, capacity + random.nextInt(3) - 1))]);
      Optional<Integer> activeDays = days ? Optional.of(Math.min(92, capacity * 3 + random.nextInt(6 + capacity * 6)))
          : Optional.empty();
      Optional<Integer> nps = random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(Math.max(-100, Math.min(100, -20 + capacity * 15 + random.nextInt(50))));
      HealthFacts.StrategicFit fit = HealthFacts.StrategicFit.values()[Math.min(2, Math.max(0, (capacity + random.nextInt(3)) / 2))];
      int referralRate = type == PartnerType.REFERRAL || type == PartnerType.AFFILIATE ? 3 : 1;
      int referrals = (int) Math.round(random.nextDouble() * referralRate * (capacity + 0.5) * level);
      int planned = capacity >= 1 ? 1 : 0;
      int held = planned > 0 && random.nextInt(10) < 8 ? 1 : 0;
      int assigned = random.nextInt(3 + capacity);
      int completed = assigned == 0 ? 0 : random.nextInt(assigned + 1);
      metrics.add(new MetricsRow(id, quarter, money(revenue), prior, dealsRegistered, cadence, activeDays, nps, fit,
          referrals, planned, held, assigned, completed, source(PortfolioTable.METRICS)));
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
            source(PortfolioTable.CERTIFICATIONS)));
      }
    }

    private void deal(PartnerId partner, int capacity, YearQuarter quarter) {
      dealNumber++;
      String id = "D-" + partner.value().substring(2) + "-" + dealNumber;
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
      Source touchSource = source(PortfolioTable.TOUCHES);
      if (kind < 55) { // sourced
        touches.add(new TouchRow(id, partner, created, TouchKind.REFERRAL, true, true, touchSource));
        touches.add(new TouchRow(id, partner, created.plusDays(10 + random.nextInt(10)), TouchKind.DEMO, false, true,
            source(PortfolioTable.TOUCHES)));
        registrations.add(new RegistrationRow(id, partner, created.plusDays(random.nextInt(6)), Optional.empty(),
            source(PortfolioTable.REGISTRATIONS)));
      } else if (kind < 85) { // influenced
        direct = Optional.of(created.plusDays(1));
        touches.add(new TouchRow(id, partner, created.plusDays(5 + random.nextInt(10)), TouchKind.MEETING, false, true,
            touchSource));
        dependent.add(partner);
      } else { // direct, a mere mention
        direct = Optional.of(created);
        touches.add(new TouchRow(id, partner, created.plusDays(3), TouchKind.MENTION, false, false, touchSource));
      }
      if (random.nextInt(100) < 8 && o.partners() > 1) { // the next partner of the book co-sells
        Head other = head(index % o.partners() + 1);
        if (!other.prospect()) {
          touches.add(new TouchRow(id, other.id(), created.plusDays(12), TouchKind.CO_SELL, false, true,
              source(PortfolioTable.TOUCHES)));
          if (random.nextBoolean()) {
            registrations.add(new RegistrationRow(id, other.id(), created.plusDays(3), Optional.empty(),
                source(PortfolioTable.REGISTRATIONS)));
          }
        }
      }
      Optional<LocalDate> customerStart = status == CloseStatus.WON ? closed.map(c -> c.plusDays(random.nextInt(15)))
          : Optional.empty();
      deals.add(new DealRow(id, ACCOUNTS[random.nextInt(ACCOUNTS.length)], money(amount), created, Optional.of(created),
          status, closed, customerStart, direct, dependent, Optional.of(random.nextBoolean() ? "Platform" : "Analytics"),
          source(PortfolioTable.DEALS)));
      if (status == CloseStatus.WON) {
        LocalDate first = customerStart.orElseThrow();
        int installments = 1 + random.nextInt(4);
        long part = amount / 4;
        for (int i = 0; i < installments; i++) {
          LocalDate paid = first.plusDays(10 + 91L * i);
          if (!paid.isAfter(end)) {
            payments.add(new PaymentRow(id, paid, money(part), source(PortfolioTable.PAYMENTS)));
          }
        }
        if (random.nextInt(100) < 5) {
          LocalDate effective = first.plusDays(random.nextInt(200));
          boolean refund = random.nextBoolean();
          cancellations.add(new CancellationRow(id, effective, refund ? CancellationKind.REFUND
              : CancellationKind.CANCELLATION, refund ? Optional.of(money(amount / 2)) : Optional.empty(),
              Optional.empty(), Optional.of(refund ? "partial refund" : "customer churned"),
              source(PortfolioTable.CANCELLATIONS)));
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
            source(PortfolioTable.MDF_REQUESTS)));
      }
    }

    private void fourC(PartnerId id, int capacity) {
      for (String[] item : FOUR_C) {
        int value = Math.max(0, Math.min(5, capacity + 1 + random.nextInt(3) - 1));
        ratings.add(new RatingRow(id, RatingKind.FOUR_C, item[0], Optional.of(item[1]), Integer.toString(value),
            Optional.of("QBR " + start.getYear() + ": " + item[1] + " reviewed"),
            source(PortfolioTable.RATINGS)));
      }
    }

    private void prospectRatings(PartnerId id) {
      String[] levels = {"LOW", "MEDIUM", "HIGH"};
      for (String attribute : IPP) {
        if (random.nextInt(5) > 0) {
          ratings.add(new RatingRow(id, RatingKind.IPP, attribute, Optional.empty(), levels[random.nextInt(3)],
              Optional.empty(), source(PortfolioTable.RATINGS)));
        }
      }
      ratings.add(new RatingRow(id, RatingKind.IPP_DISQUALIFIER, "directCompetitiveOffering", Optional.empty(),
          Boolean.toString(random.nextInt(8) == 0), Optional.empty(), source(PortfolioTable.RATINGS)));
    }
  }
}
