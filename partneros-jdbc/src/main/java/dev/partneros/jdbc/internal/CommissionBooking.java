package dev.partneros.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramHistory;
import dev.partneros.jdbc.PeriodCloseException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a close books in one partner's commission ledger ({@code docs/jdbc.md#guarantees}): a pure
 * function of the engine's entries as of the period's end and the entries already stored.
 *
 * <ul>
 *   <li>The engine's entries dated after the last closed period are the period's own.</li>
 *   <li>Its entries dated in a closed period are matched, one for one, with the stored entries still
 *       in force (by date, kind, amount and line); one it gives that is not stored (a fact that
 *       arrived late) is booked {@code LATE}, and a stored one it no longer gives is cancelled by a
 *       {@code REVERSAL}. Nothing stored is ever changed.</li>
 *   <li>A stored payout the engine no longer gives is refused: a payout made is never undone.</li>
 * </ul>
 * So the stored entries in force always equal the engine's entries, entry for entry.
 */
public final class CommissionBooking {

  private CommissionBooking() {}

  /**
   * Books one partner's period.
   *
   * @param partner the partner
   * @param result the engine's result as of the period's end
   * @param closedThrough the last day of the last closed period, or empty before the first close
   * @param stored the partner's stored entries, in id order
   * @param history the program history (the version of an entry without a line)
   * @return the entries to book, in order: reversals, late entries, the period's entries
   * @throws PeriodCloseException ({@code INCONSISTENT}) if a stored payout would be reversed
   */
  public static List<BookedEntry> book(PartnerId partner, CommissionResult result, Optional<LocalDate> closedThrough,
      List<StoredEntry> stored, ProgramHistory history) {
    Map<String, CommissionLine> lines = new HashMap<>();
    result.lines(partner).forEach(l -> lines.put(l.id(), l));
    Set<Long> reversed = new HashSet<>();
    stored.forEach(s -> s.reverses().ifPresent(reversed::add));
    Map<String, List<StoredEntry>> inForce = new HashMap<>();
    for (StoredEntry s : stored) {
      if (!s.correction().equals(Optional.of("REVERSAL")) && !reversed.contains(s.id())) {
        inForce.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
      }
    }
    List<BookedEntry> late = new ArrayList<>();
    List<BookedEntry> own = new ArrayList<>();
    for (LedgerEntry e : result.entries(partner)) {
      boolean closed = closedThrough.isPresent() && !e.date().isAfter(closedThrough.get());
      if (!closed) {
        own.add(booked(e, lines, result, history, Optional.empty(), Optional.empty()));
        continue;
      }
      List<StoredEntry> same = inForce.get(key(e));
      if (same != null && !same.isEmpty()) {
        same.remove(0);
      } else {
        late.add(booked(e, lines, result, history, Optional.of("LATE"), Optional.empty()));
      }
    }
    List<BookedEntry> reversals = new ArrayList<>();
    for (StoredEntry s : stored) {
      List<StoredEntry> left = inForce.get(s.key());
      if (left != null && left.remove(s)) {
        if (s.kind().equals(LedgerEntry.Kind.PAYOUT.name())) {
          throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, "partner " + partner + " was paid "
              + s.amount().stripTrailingZeros().toPlainString() + " on " + s.date() + " in a closed quarter, but the "
              + "book no longer gives that payout: a fact dated before it changed after the quarter closed (such as a "
              + "cancellation back-dated before the payout). A payout made is never undone: give the fact an effective "
              + "date after the last closed quarter, where the engine claws the amount back; nothing was written");
        }
        LedgerEntry.Builder entry = LedgerEntry.builder().partner(partner).date(s.date())
            .kind(LedgerEntry.Kind.valueOf(s.kind())).amount(Money.of(s.amount(), s.currency()));
        s.lineId().ifPresent(entry::lineId);
        BookedEntry original = booked(entry.build(), lines, result, history, Optional.empty(), Optional.empty());
        ObjectNode why = Json.object().put("reversal", "the engine no longer gives this entry of a closed period "
            + "(a fact of that period changed after its close): it is cancelled here, never updated");
        why.set("original", original.explanation());
        reversals.add(new BookedEntry(original.entry(), original.dealId(), original.version(), why,
            Optional.of("REVERSAL"), Optional.of(s.id())));
      }
    }
    List<BookedEntry> all = new ArrayList<>(reversals);
    all.addAll(late);
    all.addAll(own);
    return all;
  }

  private static String key(LedgerEntry e) {
    BigDecimal amount = e.amount().amount();
    return e.date() + "|" + e.kind().name() + "|" + amount.stripTrailingZeros().toPlainString() + " "
        + e.amount().currency().getCurrencyCode() + "|" + e.lineId().orElse("");
  }

  private static BookedEntry booked(LedgerEntry e, Map<String, CommissionLine> lines, CommissionResult result,
      ProgramHistory history, Optional<String> correction, Optional<Long> reverses) {
    Optional<CommissionLine> line = e.lineId().map(lines::get);
    String version;
    JsonNode explanation;
    if (line.isPresent()) {
      CommissionLine l = line.get();
      version = l.programVersion();
      ObjectNode why = Json.object().put("line", l.id()).put("lineKind", l.kind().name())
          .put("base", l.base().toString()).put("amount", l.amount().toString())
          .put("attributionFactor", l.attributionFactor().toString());
      l.rate().ifPresent(r -> why.put("rate", r.toString()));
      why.set("sentences", Json.array(l.explanation().sentences()));
      why.set("steps", Json.tree(l.explanation().steps()));
      explanation = why;
    } else {
      version = history.requireVersionAt(e.date()).version();
      ObjectNode why = Json.object().put("entry", e.toString());
      result.payoutRuns().stream().filter(r -> r.partner().equals(e.partner()) && r.runDate().equals(e.date()))
          .findFirst().ifPresent(r -> why.put("payoutRun", r.runDate().toString())
              .put("netPayable", r.netPayable().toString()).put("minimumPayout", r.minimumPayout().toString())
              .put("paid", r.paid().toString())
              .set("sentences", Json.array(List.of("Payout run on " + r.runDate() + ": net payable "
                  + r.netPayable() + " against a minimum of " + r.minimumPayout() + ", paid " + r.paid()))));
      explanation = why;
    }
    if (correction.equals(Optional.of("LATE"))) {
      ((ObjectNode) explanation).put("late", "dated in a closed period, given by a fact that arrived after its "
          + "close: booked in the period being closed");
    }
    return new BookedEntry(e, line.flatMap(CommissionLine::dealId), version, explanation, correction, reverses);
  }
}
