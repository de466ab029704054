package dev.partneros.jdbc;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.jdbc.internal.CloseStore;
import dev.partneros.jdbc.internal.FactsHash;
import dev.partneros.jdbc.internal.Json;
import dev.partneros.jdbc.internal.PartnerClose;
import dev.partneros.jdbc.internal.RunStore;
import dev.partneros.jdbc.internal.StoredTierStates;
import dev.partneros.portfolio.AttributionCommissionModule;
import dev.partneros.portfolio.KnownTierStates;
import dev.partneros.portfolio.ModuleContext;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.TiersMdfModule;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a partner program's quarter on PostgreSQL, exactly once ({@code docs/jdbc.md}).
 *
 * <p>A close takes the close's advisory lock, reads the book (given, or through a
 * {@link BookReader} over the embedder's tables, as one snapshot), evaluates it as of the quarter's last day with the
 * engines ({@link PortfolioEvaluator} for tier timelines and MDF, {@link AttributionCommissionModule}
 * for the commission ledger: no rule is implemented here), and writes, partner batch by partner
 * batch, each in one transaction: the tier state at the quarter's end, the commission ledger
 * entries of the quarter and the payouts among them, the commission statement, and the MDF
 * decisions. What is stored at the end of the previous quarter is the state the quarter starts
 * from: each partner's tier timeline continues from its stored tier states
 * ({@link dev.partneros.portfolio.KnownTierStates}, read in the book's snapshot), and what the engine
 * gives for closed quarters' ledgers is matched against the stored ledger, only differences being
 * booked, as new adjusting entries ({@code LATE} or {@code REVERSAL}); a stored entry is never
 * updated.
 *
 * <p>Guarantees ({@code docs/jdbc.md#guarantees}): a closed quarter closed again changes nothing
 * and says so; a close that died part-way is resumed by the next close of the quarter, which skips
 * the committed partners (unique keys make a duplicate impossible); two closes at once are
 * serialised by the lock (the second waits or stops, {@link WhenLocked}); an invalid fact stops the
 * close before anything is written; quarters are closed in order.
 *
 * <p>Immutable and thread-safe; it holds no connection between calls. It gives each connection back
 * rolled back, unlocked and with its auto-commit restored, or aborts it when that fails.
 */
public final class PeriodClose {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodClose.class);

  /** What a close does when another one holds the lock. */
  public enum WhenLocked {
    /** Wait for the other close to finish (then, usually, find the quarter closed). */
    WAIT,
    /** Stop at once with {@link PeriodCloseException.Reason#LOCKED}. */
    FAIL
  }

  private final DataSource dataSource;
  private final ProgramHistory history;
  private final int batchSize;
  private final WhenLocked whenLocked;
  private final CloseListener listener;

  private PeriodClose(DataSource dataSource, ProgramHistory history, int batchSize, WhenLocked whenLocked,
      CloseListener listener) {
    this.dataSource = dataSource;
    this.history = history;
    this.batchSize = batchSize;
    this.whenLocked = whenLocked;
    this.listener = listener;
  }

  /**
   * Returns a close over a database already migrated ({@link PartnerOsSchema#migrate}), committing 50
   * partners a transaction and stopping when another close holds the lock.
   *
   * @param dataSource the database, not null
   * @param history the program's versions, not null
   * @return never null
   */
  public static PeriodClose of(DataSource dataSource, ProgramHistory history) {
    return new PeriodClose(requireNonNull(dataSource, "dataSource"), requireNonNull(history, "history"), 50,
        WhenLocked.FAIL, CloseListener.NONE);
  }

  /**
   * Returns a copy committing a given number of partners a transaction.
   *
   * @param partners the batch size, at least 1
   * @return never null
   * @throws IllegalArgumentException if below 1
   */
  public PeriodClose withBatchSize(int partners) {
    if (partners < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, but was " + partners);
    }
    return new PeriodClose(dataSource, history, partners, whenLocked, listener);
  }

  /**
   * Returns a copy that does this when another close holds the lock.
   *
   * @param policy wait or fail, not null
   * @return never null
   */
  public PeriodClose whenLocked(WhenLocked policy) {
    return new PeriodClose(dataSource, history, batchSize, requireNonNull(policy, "policy"), listener);
  }

  /**
   * Returns a copy telling a listener of each committed batch.
   *
   * @param newListener the listener, not null
   * @return never null
   */
  public PeriodClose withListener(CloseListener newListener) {
    return new PeriodClose(dataSource, history, batchSize, whenLocked, requireNonNull(newListener, "newListener"));
  }

  /**
   * Closes a quarter over a book the caller gives.
   *
   * @param period the quarter, not null
   * @param book the book known on the quarter's last day, not null
   * @return what happened, never null
   * @throws PeriodCloseException if the close cannot run or stopped part-way (see its reason)
   * @throws dev.partneros.portfolio.InvalidInputException naming every invalid fact; nothing is written
   * @throws dev.partneros.core.InvalidProgramException naming every problem of the program
   */
  public CloseResult close(YearQuarter period, Portfolio book) {
    requireNonNull(book, "book");
    return close(period, (connection, knownOn) -> book);
  }

  /**
   * Closes a quarter over a book read from the embedder's tables, on the close's connection, in one
   * read-only repeatable-read transaction (one snapshot of every table the reader reads).
   *
   * @param period the quarter, not null
   * @param reader reads the book, not null
   * @return what happened, never null
   * @throws PeriodCloseException if the close cannot run or stopped part-way (see its reason)
   * @throws dev.partneros.portfolio.InvalidInputException naming every invalid fact; nothing is written
   * @throws dev.partneros.core.InvalidProgramException naming every problem of the program
   */
  public CloseResult close(YearQuarter period, BookReader reader) {
    requireNonNull(period, "period");
    requireNonNull(reader, "reader");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      RunStore store = new RunStore(c);
      boolean locked = false;
      try {
        locked = store.lock(whenLocked == WhenLocked.WAIT);
        c.commit();
        if (!locked) {
          throw new PeriodCloseException(PeriodCloseException.Reason.LOCKED, "another close of this schema is running "
              + "(it holds the PostgreSQL advisory lock of the period close): " + period + " was not closed by this "
              + "call; close it again once the other close has finished");
        }
        return closeLocked(c, store, period, reader);
      } finally {
        release(c, store, locked, autoCommit);
      }
    } catch (SQLException e) {
      throw new PeriodCloseException(PeriodCloseException.Reason.DATABASE, "the close of " + period + " stopped on a "
          + "database error (" + e.getMessage() + "): what was committed stays, the next close of " + period
          + " resumes after it", e);
    }
  }

  private CloseResult closeLocked(Connection c, RunStore store, YearQuarter period, BookReader reader)
      throws SQLException {
    String name = period.toString();
    List<RunStore.Run> runs = store.runs();
    Optional<RunStore.Run> mine = runs.stream().filter(r -> r.period().equals(name)).findFirst();
    if (mine.isPresent() && mine.get().status().equals("COMPLETED")) {
      RunStore.Run run = mine.get();
      c.commit();
      return new CloseResult(period, run.id(), CloseResult.Outcome.ALREADY_CLOSED, 0, 0, 0, List.of(),
          name + " was already closed by run " + run.id() + " (completed " + run.completedAt().orElse("") + "): nothing "
              + "was changed; a correction is booked by the next quarter's close as adjusting entries");
    }
    Optional<LocalDate> closedThrough = checkOrder(runs, period);
    LocalDate end = period.lastDay();
    Snapshot snapshot = readSnapshot(c, reader, end, closedThrough);
    Portfolio book = snapshot.book();
    PortfolioEvaluation evaluation = evaluate(book, end, snapshot.known());
    Map<PartnerId, CommissionResult> commission = AttributionCommissionModule.standard()
        .results(new ModuleContext(history, book, end, evaluation.partners(), evaluation.deals()));
    List<PartnerResult> partners = evaluation.partners().stream().filter(p -> p.partner().isActive()).toList();
    String factsHash = FactsHash.of(book, snapshot.known());
    String programHash = programHash();
    Optional<RunStore.Run> resuming = mine;
    if (resuming.isPresent()) {
      RunStore.Run run = resuming.get();
      if (!run.factsHash().equals(factsHash) || !run.programHash().equals(programHash)) {
        throw new PeriodCloseException(PeriodCloseException.Reason.INPUT_CHANGED, "run " + run.id() + " of " + name
            + " stopped part-way and must be finished with the book and program it started with, but the "
            + (run.factsHash().equals(factsHash) ? "program" : "book or a stored tier state of a closed quarter") + " differs: restore them to finish " + name
            + ", and enter the change afterwards (it is booked by the next quarter's close)");
      }
    }
    Set<String> done = resuming.isPresent() ? store.closedPartners(resuming.get().id()) : Set.of();
    PartnerClose partnerClose = new PartnerClose(new CloseStore(c), history, name, period, closedThrough, book);
    List<PartnerResult> todo = partners.stream().filter(p -> !done.contains(p.partner().id().value())).toList();
    for (PartnerResult p : todo) {
      partnerClose.verify(p, commission.get(p.partner().id()));
    }
    storeVersions(store);
    c.commit();
    boolean resumed = resuming.isPresent();
    long runId;
    if (resumed) {
      runId = resuming.get().id();
      store.restartRun(runId);
    } else {
      runId = store.insertRun(name, period.firstDay(), end, factsHash, programHash, partners.size());
    }
    c.commit();
    int entries = 0;
    int payouts = 0;
    List<PartnerId> restated = new ArrayList<>();
    int batch = 0;
    for (int from = 0; from < todo.size(); from += batchSize) {
      List<PartnerResult> slice = todo.subList(from, Math.min(todo.size(), from + batchSize));
      batch++;
      List<PartnerId> ids = new ArrayList<>();
      for (PartnerResult p : slice) {
        PartnerClose.Written written = partnerClose.close(p, commission.get(p.partner().id()), runId, batch);
        entries += written.entries();
        payouts += written.payouts();
        if (written.restated()) {
          restated.add(p.partner().id());
        }
        ids.add(p.partner().id());
      }
      c.commit();
      listener.batchCommitted(period, batch, List.copyOf(ids));
    }
    store.completeRun(runId);
    c.commit();
    LOG.debug("closed {} as run {}: {} partners in {} batches", name, runId, todo.size(), batch);
    return new CloseResult(period, runId, resumed ? CloseResult.Outcome.RESUMED : CloseResult.Outcome.CLOSED,
        todo.size(), entries, payouts, restated, name + (resumed ? " was closed by resuming run " : " was closed by run ")
            + runId + ": " + todo.size() + " partners (" + (partners.size() - todo.size())
            + " committed earlier), " + entries + " commission entries, " + payouts + " payouts");
  }

  /**
   * Evaluates the book from the stored tier states; a stored state the next quarter end cannot
   * continue from (a tier off the ladder, a date past that quarter end) is the database's
   * inconsistency, not the caller's fact, so it stops the close as {@code INCONSISTENT}.
   */
  private PortfolioEvaluation evaluate(Portfolio book, LocalDate end, KnownTierStates known) {
    try {
      return PortfolioEvaluator.withoutModules().withMdf(TiersMdfModule.withoutPool()).evaluate(history, book, end, known);
    } catch (InvalidFactsException e) {
      List<Problem> stored = e.problems().stream().filter(p -> p.path().startsWith("tierStates")).toList();
      if (stored.isEmpty()) {
        throw e;
      }
      throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, "the stored tier states cannot be "
          + "continued from: " + stored.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; "))
          + ": correct them in tier_state; nothing was written", e);
    }
  }

  /** The book and the tier states stored by the closed quarters for its partners, read as of one snapshot. */
  private record Snapshot(Portfolio book, KnownTierStates known) {}

  /**
   * Reads the book, then the tier states the closed quarters stored for its partners (the state the
   * quarter continues from, {@code docs/jdbc.md#what-the-state-at-the-end-of-the-previous-quarter-is}),
   * in one read-only, repeatable-read transaction, so that every table is read as of one snapshot,
   * then restores the connection's isolation and read-only settings.
   */
  private static Snapshot readSnapshot(Connection c, BookReader reader, LocalDate knownOn,
      Optional<LocalDate> closedThrough) throws SQLException {
    c.commit();
    int isolation = c.getTransactionIsolation();
    boolean readOnly = c.isReadOnly();
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setReadOnly(true);
    try {
      Portfolio book = reader.read(c, knownOn);
      KnownTierStates known = closedThrough.isEmpty() ? KnownTierStates.none() : StoredTierStates.read(c,
          book.partners().stream().map(Portfolio.PartnerRow::id).toList(), closedThrough.get());
      c.commit();
      return new Snapshot(book, known);
    } finally {
      c.rollback();
      c.setReadOnly(readOnly);
      c.setTransactionIsolation(isolation);
    }
  }

  /** The last day of the last closed quarter, after checking that this quarter is the next to close. */
  private static Optional<LocalDate> checkOrder(List<RunStore.Run> runs, YearQuarter period) throws SQLException {
    Optional<RunStore.Run> last = Optional.empty();
    for (RunStore.Run run : runs) {
      if (run.status().equals("RUNNING") && !run.period().equals(period.toString())) {
        throw new PeriodCloseException(PeriodCloseException.Reason.OUT_OF_ORDER, "run " + run.id() + " of "
            + run.period() + " stopped part-way: close " + run.period() + " again to finish it before closing "
            + period);
      }
      if (run.status().equals("COMPLETED")) {
        last = Optional.of(run);
      }
    }
    if (last.isEmpty()) {
      return Optional.empty();
    }
    YearQuarter lastClosed = YearQuarter.parse(last.get().period());
    if (!lastClosed.next().equals(period)) {
      throw new PeriodCloseException(PeriodCloseException.Reason.OUT_OF_ORDER, "quarters are closed in order: the "
          + "last closed quarter is " + lastClosed + ", so the next one to close is " + lastClosed.next() + ", not "
          + period);
    }
    return Optional.of(last.get().end());
  }

  /** Stores the versions not stored yet; refuses a version stored with other content. */
  private void storeVersions(RunStore store) throws SQLException {
    for (ProgramDocument version : history.versions()) {
      String json = Json.text(version.toTree());
      String hash = Json.sha256(json);
      Optional<String> stored = store.versionHash(version.version());
      if (stored.isEmpty()) {
        store.insertVersion(version, hash, json);
      } else if (!stored.get().equals(hash)) {
        throw new PeriodCloseException(PeriodCloseException.Reason.VERSION_CHANGED, "program version "
            + version.version() + " is stored with other content (hash " + stored.get().substring(0, 12)
            + "..., given " + hash.substring(0, 12) + "...): a stored version never changes; give the change a new "
            + "version with its own effectiveFrom");
      }
    }
  }

  /** The hash of the history: of each version's label and content hash. */
  private String programHash() {
    StringBuilder all = new StringBuilder();
    for (ProgramDocument version : history.versions()) {
      all.append(version.version()).append('=').append(Json.sha256(Json.text(version.toTree()))).append('\n');
    }
    return Json.sha256(all.toString());
  }

  /**
   * Hands the connection back as it was given: rolled back, unlocked, with its auto-commit restored.
   * If any of that fails, the physical connection is aborted, so that a pool never hands out a
   * connection still holding the lock or an open transaction.
   */
  private static void release(Connection c, RunStore store, boolean locked, boolean autoCommit) {
    try {
      if (c.isClosed()) {
        return;
      }
      c.rollback();
      if (locked) {
        store.unlock();
        c.commit();
      }
      c.setAutoCommit(autoCommit);
    } catch (SQLException | RuntimeException e) {
      LOG.warn("the close could not release its connection ({}): aborting the connection, which releases the lock",
          e.getMessage());
      try {
        c.abort(Runnable::run);
      } catch (SQLException | RuntimeException abortFailed) {
        LOG.warn("aborting the close's connection failed too ({}): the lock is held until the server drops it",
            abortFailed.getMessage());
      }
    }
  }
}
