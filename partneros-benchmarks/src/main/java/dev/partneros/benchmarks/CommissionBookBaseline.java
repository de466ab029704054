package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hand-written baseline of a whole-book commission run ({@code docs/rules/commission.md} and
 * {@code docs/rules/clawback.md}): the standard plan's default rules for the two partner types of
 * the {@link CommissionBookBenchmark} book, written with if/else and {@code BigDecimal} money, no
 * configuration and no explanation.
 *
 * <p>What it covers, and so what the benchmark's book holds (the engine runs the standard plan on
 * it, and these are the only line kinds that plan gives for that book):
 * <ul>
 *   <li>system integrators: the tier rate (10 / 15 / 20 / 25 %) times the attribution factor
 *       (sourced 100 %, influenced 50 %);</li>
 *   <li>OEM partners: marginal volume brackets {@code [0, 100K) 20 %, [100K, 250K) 25 %,
 *       [250K, inf) 30 %} over the partner's calendar-year volume, deals in signature order then
 *       deal id, a deal's line being the increase it makes, times its factor;</li>
 *   <li>payout timing: a line becomes payable 30 days after the deal's first payment (not before it
 *       accrues); on each month end a payout run pays the whole net payable when it is at least
 *       50.00, else it carries over;</li>
 *   <li>full cancellations and fraud findings (effective on or before the as-of date, at most one
 *       per deal): the clawback schedule on paid plus unpaid, the unpaid part cancelled first, the
 *       rest a negative adjustment netted against later payouts.</li>
 * </ul>
 * Not covered, and absent from the book: SPIFF windows, caps, FX, downgrades and refunds, other
 * partner types. Every line is rounded once, {@code HALF_EVEN} to cents. Events of a partner are
 * replayed in date order: accruals (deal-id order), lines becoming payable, cancellations, payout
 * runs.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class CommissionBookBaseline {

  private static final BigDecimal MINIMUM = new BigDecimal("50.00");
  private static final int HOLDBACK_DAYS = 30;
  private static final int ACCRUE = 0;
  private static final int PAYABLE = 1;
  private static final int CANCEL = 2;
  private static final int RUN = 3;

  private CommissionBookBaseline() {}

  /**
   * A commission line as of the as-of date.
   *
   * @param dealId the deal
   * @param partner the partner paid
   * @param amount the amount accrued, rounded to cents
   * @param clawedBack the part of it cancelled by a clawback
   * @param paidOn the payout run that paid it, empty when unpaid
   */
  public record Line(String dealId, PartnerId partner, BigDecimal amount, BigDecimal clawedBack, Optional<LocalDate> paidOn) {}

  /**
   * A payout run with something owed either way.
   *
   * @param partner the partner
   * @param date the run's date, a month end
   * @param netPayable the net payable before the run (negative for a debit)
   * @param paid what the run paid: the net payable, or 0 when below the minimum
   */
  public record Payout(PartnerId partner, LocalDate date, BigDecimal netPayable, BigDecimal paid) {}

  /**
   * The result of the book.
   *
   * @param lines one line per deal, by partner then signature date and deal id
   * @param clawbacks one clawback per cancelled deal that earned something, by partner then date
   * @param payouts the payout runs, by partner then date
   */
  public record Book(List<Line> lines, List<CommissionBaseline.Clawback> clawbacks, List<Payout> payouts) {}

  /** A line in the making; local to one call. */
  private static final class Work {
    private final CommissionDeal deal;
    private final BigDecimal amount;
    private final LocalDate payableOn;
    private BigDecimal cancelled = BigDecimal.ZERO.setScale(2);
    private boolean payableReached;
    private LocalDate paidOn;

    private Work(CommissionDeal deal, BigDecimal amount, LocalDate payableOn) {
      this.deal = deal;
      this.amount = amount;
      this.payableOn = payableOn;
    }

    private BigDecimal net() {
      return amount.subtract(cancelled);
    }
  }

  private record Event(LocalDate date, int type, String dealId, Work work, CommissionFacts.Cancellation cancel) {}

  private static final Comparator<Event> ORDER = Comparator.comparing(Event::date).thenComparingInt(Event::type)
      .thenComparing(Event::dealId);

  /**
   * Calculates the book as of a date.
   *
   * @param facts the facts: system-integrator and OEM partners paid in the program's currency,
   *     their deals (each with a tier), payments and full cancellations or fraud findings
   * @param asOf the as-of date
   * @return the lines, clawbacks and payout runs
   */
  public static Book calculate(CommissionFacts facts, LocalDate asOf) {
    Map<PartnerId, PartnerType> types = new HashMap<>();
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      types.put(account.id(), account.type());
    }
    Map<String, LocalDate> firstPayments = new HashMap<>();
    for (CommissionFacts.Payment payment : facts.payments()) {
      if (!payment.date().isAfter(asOf)) {
        firstPayments.merge(payment.dealId(), payment.date(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<String, CommissionFacts.Cancellation> cancellations = new HashMap<>();
    for (CommissionFacts.Cancellation cancellation : facts.cancellations()) {
      if (!cancellation.effective().isAfter(asOf)) {
        cancellations.put(cancellation.dealId(), cancellation);
      }
    }
    TreeMap<PartnerId, List<CommissionDeal>> byPartner = new TreeMap<>();
    for (CommissionDeal deal : facts.deals()) {
      if (!deal.signed().isAfter(asOf)) {
        byPartner.computeIfAbsent(deal.partner(), p -> new ArrayList<>()).add(deal);
      }
    }
    Book book = new Book(new ArrayList<>(facts.deals().size()), new ArrayList<>(), new ArrayList<>());
    for (Map.Entry<PartnerId, List<CommissionDeal>> entry : byPartner.entrySet()) {
      partner(entry.getKey(), types.get(entry.getKey()), entry.getValue(), firstPayments, cancellations, asOf, book);
    }
    return book;
  }

  private static void partner(PartnerId partner, PartnerType type, List<CommissionDeal> deals,
      Map<String, LocalDate> firstPayments, Map<String, CommissionFacts.Cancellation> cancellations, LocalDate asOf,
      Book book) {
    deals.sort(Comparator.comparing(CommissionDeal::signed).thenComparing(CommissionDeal::dealId));
    List<Event> events = new ArrayList<>(deals.size() * 2 + 12);
    List<Work> works = new ArrayList<>(deals.size());
    Map<Integer, BigDecimal> volumes = new HashMap<>();
    for (CommissionDeal deal : deals) {
      BigDecimal amount;
      if (type == PartnerType.OEM) {
        int year = deal.signed().getYear();
        BigDecimal before = volumes.getOrDefault(year, BigDecimal.ZERO);
        BigDecimal after = before.add(deal.amount().amount());
        volumes.put(year, after);
        amount = CommissionBaseline.bracketCommission(after).subtract(CommissionBaseline.bracketCommission(before));
      } else {
        amount = deal.amount().amount().multiply(tierRate(deal.tier().orElseThrow()));
      }
      if (deal.attribution().type() == AttributionType.PARTNER_INFLUENCED) {
        amount = amount.multiply(CommissionBaseline.HALF);
      }
      LocalDate firstPayment = firstPayments.get(deal.dealId());
      LocalDate payableOn = null;
      if (firstPayment != null) {
        LocalDate payable = firstPayment.plusDays(HOLDBACK_DAYS);
        payableOn = payable.isBefore(deal.signed()) ? deal.signed() : payable;
      }
      Work work = new Work(deal, amount.setScale(2, RoundingMode.HALF_EVEN), payableOn);
      works.add(work);
      events.add(new Event(deal.signed(), ACCRUE, deal.dealId(), work, null));
      if (payableOn != null && !payableOn.isAfter(asOf)) {
        events.add(new Event(payableOn, PAYABLE, deal.dealId(), work, null));
      }
      CommissionFacts.Cancellation cancellation = cancellations.get(deal.dealId());
      if (cancellation != null) {
        events.add(new Event(cancellation.effective(), CANCEL, deal.dealId(), work, cancellation));
      }
    }
    if (!deals.isEmpty()) {
      for (YearMonth month = YearMonth.from(deals.get(0).signed()); !month.atEndOfMonth().isAfter(asOf);
          month = month.plusMonths(1)) {
        events.add(new Event(month.atEndOfMonth(), RUN, "", null, null));
      }
    }
    events.sort(ORDER);
    BigDecimal payable = BigDecimal.ZERO.setScale(2);
    List<Work> queue = new ArrayList<>();
    for (Event event : events) {
      Work work = event.work();
      if (event.type() == PAYABLE) {
        if (work.amount.signum() > 0 && work.paidOn == null) {
          work.payableReached = true;
          if (work.net().signum() > 0) {
            payable = payable.add(work.net());
            queue.add(work);
          }
        }
      } else if (event.type() == CANCEL) {
        payable = payable.subtract(cancel(work, event.cancel(), book));
      } else if (event.type() == RUN) {
        if (payable.signum() > 0 && payable.compareTo(MINIMUM) >= 0) {
          for (Work paid : queue) {
            if (paid.paidOn == null && paid.net().signum() > 0) {
              paid.paidOn = event.date();
            }
          }
          queue.clear();
          book.payouts().add(new Payout(partner, event.date(), payable, payable));
          payable = BigDecimal.ZERO.setScale(2);
        } else if (payable.signum() != 0) {
          book.payouts().add(new Payout(partner, event.date(), payable, BigDecimal.ZERO.setScale(2)));
        }
      }
    }
    for (Work work : works) {
      book.lines().add(new Line(work.deal.dealId(), partner, work.amount, work.cancelled, Optional.ofNullable(work.paidOn)));
    }
  }

  /** Claws a deal's line back; returns what leaves the payable bucket (payable cancelled and adjustment). */
  private static BigDecimal cancel(Work work, CommissionFacts.Cancellation cancellation, Book book) {
    if (work.amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal paid = work.paidOn != null ? work.net() : BigDecimal.ZERO.setScale(2);
    BigDecimal unpaid = work.paidOn != null ? BigDecimal.ZERO.setScale(2) : work.net();
    BigDecimal commission = paid.add(unpaid);
    long days = ChronoUnit.DAYS.between(work.deal.startDate(), cancellation.effective());
    BigDecimal clawback = CommissionBaseline.scheduled(commission, days,
        cancellation.kind() == CommissionFacts.Cancellation.Kind.FRAUD).min(commission);
    BigDecimal cancelled = clawback.min(unpaid);
    BigDecimal adjustment = clawback.subtract(cancelled);
    book.clawbacks().add(new CommissionBaseline.Clawback(work.deal.dealId(), clawback, cancelled, adjustment));
    BigDecimal fromPayable = adjustment;
    if (cancelled.signum() > 0) {
      work.cancelled = work.cancelled.add(cancelled);
      if (work.payableReached) {
        fromPayable = fromPayable.add(cancelled);
      }
    }
    return fromPayable;
  }

  private static BigDecimal tierRate(Tier tier) {
    if (tier.equals(Tier.PLATINUM)) {
      return CommissionBaseline.RATE_PLATINUM;
    } else if (tier.equals(Tier.GOLD)) {
      return CommissionBaseline.RATE_GOLD;
    } else if (tier.equals(Tier.SILVER)) {
      return CommissionBaseline.RATE_SILVER;
    }
    return CommissionBaseline.RATE_REGISTERED;
  }
}
