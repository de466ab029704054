package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.CountBrackets;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.attribution.commission.VolumeRebate;
import dev.partneros.attribution.commission.internal.Work.Draft;
import dev.partneros.attribution.commission.internal.Work.PartnerWork;
import dev.partneros.attribution.commission.internal.Work.Row;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The price phase of a commission run, period lines: the lines a partner earns over a month, a
 * quarter or a year rather than on one deal (count brackets and their bonus, volume rebates,
 * quarterly quota bonuses), from its deals' values at the period's end.
 */
final class PeriodLines {

  /** A partner's quotas in order: quarter start, then target. */
  private static final Comparator<CommissionFacts.Quota> QUOTA_ORDER = Comparator
      .comparing((CommissionFacts.Quota q) -> q.quarter().startInclusive()).thenComparing(q -> q.target().amount());

  private final RunBook book;
  private final DealLines lines;

  PeriodLines(RunBook book, DealLines lines) {
    this.book = book;
    this.lines = lines;
  }

  void countLines(PartnerWork partner, Map<YearMonth, List<Row>> months) {
    Currency pc = book.programCurrency;
    for (Map.Entry<YearMonth, List<Row>> month : months.entrySet()) {
      LocalDate end = month.getKey().atEndOfMonth();
      if (end.isAfter(book.asOf)) {
        continue;
      }
      List<Row> eligible = new ArrayList<>();
      List<Money> values = new ArrayList<>();
      for (Row row : month.getValue()) {
        Money value = book.valueAt(row, end);
        if (value != null) {
          eligible.add(row);
          values.add(value);
        }
      }
      int count = eligible.size();
      if (count == 0) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        Row row = eligible.get(k);
        CountBrackets brackets = row.models.countBrackets().get();
        Draft draft = lines.draft(partner, row.deal.dealId() + "/" + row.deal.partner().value() + "/" + CommissionLine.Kind.COUNT_BRACKET,
            CommissionLine.Kind.COUNT_BRACKET, row, row.terms, end, Work.R_COUNT);
        Money value = values.get(k);
        BigDecimal baseP = row.toProgram(value);
        draft.base = value;
        draft.baseFx = row.baseFx;
        draft.rate = brackets.rateFor(count);
        draft.model = 1;
        draft.modelRate = draft.rate;
        BigDecimal model = draft.rate.applyTo(baseP);
        draft.steps.add(new Explain.Count(brackets, count, model, pc, month.getKey(), draft.rate, value));
        if (row.baseFx != null) {
          draft.steps.add(new Explain.FxBase(baseP, pc, value, row.baseFx));
        }
        lines.uplifts(row, draft, model, baseP);
        lines.dealTiming(row, draft);
      }
      CommissionTerms terms = book.termsOrFirst(end);
      Optional<CommissionPlan.Models> models = terms.plan().modelsFor(partner.account.type());
      if (models.isPresent() && models.get().countBrackets().isPresent()) {
        CountBrackets brackets = models.get().countBrackets().get();
        Optional<BigDecimal> bonus = brackets.bonusFor(count);
        if (bonus.isPresent() && bonus.get().signum() > 0) {
          Draft draft = lines.draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.COUNT_BONUS + "/" + month.getKey(),
              CommissionLine.Kind.COUNT_BONUS, null, terms, end, Work.R_COUNT_BONUS);
          draft.base = terms.money(bonus.get());
          draft.exact = bonus.get();
          draft.steps.add(new Explain.CountBonus(brackets, count, draft.exact, pc, month.getKey()));
          draft.payableOn = end;
        }
      }
    }
  }

  void rebateLines(PartnerWork partner, List<Row> resaleRows) {
    Currency pc = book.programCurrency;
    if (resaleRows.isEmpty()) {
      return;
    }
    LocalDate cursor = resaleRows.get(0).deal.signed();
    Map<LocalDate, BigDecimal> accruedByYear = new HashMap<>();
    while (true) {
      CommissionTerms terms = book.termsOrFirst(cursor);
      DateRange quarter = terms.fiscalCalendar().quarterOf(cursor);
      LocalDate end = quarter.endInclusive();
      if (end.isAfter(book.asOf)) {
        break;
      }
      cursor = end.plusDays(1);
      CommissionTerms atEnd = book.termsOrFirst(end);
      Optional<VolumeRebate> rebate = atEnd.plan().modelsFor(partner.account.type())
          .flatMap(CommissionPlan.Models::volumeRebate);
      if (rebate.isEmpty()) {
        continue;
      }
      DateRange year = atEnd.fiscalCalendar().yearOf(end);
      BigDecimal volume = BigDecimal.ZERO;
      boolean any = false;
      for (Row row : resaleRows) {
        if (row.deal.signed().isBefore(year.startInclusive()) || row.deal.signed().isAfter(end)) {
          continue;
        }
        any = true;
        Money value = book.valueAt(row, end);
        if (value != null) {
          volume = volume.add(row.toProgram(value));
        }
      }
      if (!any) {
        continue;
      }
      BigDecimal yearRebate;
      Rate rate;
      try {
        rate = rebate.get().bands().rateFor(volume, partner.account.customRebateRate());
        yearRebate = rate.applyTo(volume);
      } catch (InvalidFactsException e) {
        book.problems.check(false, RunBook.PARTNERS.index(partner.index).field("customRebateRate"),
            CoreProblemCode.MISSING, "be present: the annual resale volume " + book.amountP(volume) + " to " + end
                + " reached the custom rebate band " + rebate.get().bands().bracketFor(volume)
                + " (an explicit per-partner rate; never zero)", null);
        continue;
      }
      BigDecimal before = accruedByYear.getOrDefault(year.startInclusive(), BigDecimal.ZERO);
      accruedByYear.put(year.startInclusive(), yearRebate);
      Draft draft = lines.draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.VOLUME_REBATE + "/" + end,
          CommissionLine.Kind.VOLUME_REBATE, null, atEnd, end, Work.R_REBATE);
      draft.base = Money.of(volume, book.programCurrency, atEnd.rounding());
      draft.rate = rate;
      BigDecimal exact = yearRebate.subtract(before);
      BigDecimal yearVolume = volume;
      draft.exact = exact;
      draft.steps.add(new Explain.Rebate(rebate.get(), exact, yearVolume, atEnd.fiscalCalendar().fiscalYear(end), end, rate,
          yearRebate, before, pc));
      draft.payableOn = end;
    }
  }

  void quotaLines(PartnerWork partner) {
    List<CommissionFacts.Quota> quotas = partner.quotas;
    if (quotas.isEmpty()) {
      return;
    }
    quotas.sort(QUOTA_ORDER);
    Set<LocalDate> done = new HashSet<>();
    for (CommissionFacts.Quota quota : quotas) {
      LocalDate end = quota.quarter().endInclusive();
      CommissionTerms terms = book.termsOrFirst(end);
      Optional<CommissionPlan.Models> models = terms.plan().modelsFor(partner.account.type());
      Optional<CommissionFacts.SpiffWindow> window = book.window(SpiffTerms.Kind.QUARTERLY_QUOTA, end);
      if (models.isEmpty() || !models.get().spiffs() || window.isEmpty() || !done.add(end)) {
        continue;
      }
      BigDecimal volume = BigDecimal.ZERO;
      for (Row row : partner.rows) {
        if (quota.quarter().contains(row.deal.signed())) {
          Money value = book.valueAt(row, end);
          if (value != null) {
            volume = volume.add(row.toProgram(value));
          }
        }
      }
      if (volume.compareTo(quota.target().amount()) < 0) {
        continue;
      }
      Draft draft = lines.draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA + "/" + end,
          CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA, null, terms, end, Work.R_QUOTA);
      draft.rate = terms.plan().spiffs().quotaBonusRate();
      draft.quarter = quota.quarter();
      draft.quotaVolume = book.amountP(volume);
      draft.quotaTarget = Exact.money(quota.target());
      draft.payableOn = end;
    }
  }
}
