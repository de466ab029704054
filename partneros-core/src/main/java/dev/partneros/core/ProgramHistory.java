package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective-dated versions of one program
 * ({@code docs/rules/program-changes.md#no-retroactive-change}: no retroactive change). Each
 * version applies from its {@code effectiveFrom} up to the day before the next version's; facts
 * dated before a version are evaluated under the version then in force, so a deal closed in March
 * is paid under March's terms.
 *
 * <p>Two versions with the same {@code effectiveFrom} would overlap and are refused, as are two
 * versions with the same label, and versions whose currency, tier ladder or fiscal calendar differ
 * (amounts, tiers and quarter ends must compare from one version to the next:
 * {@code docs/rules/program-changes.md#versions}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramHistory {

  private final List<ProgramDocument> versions;

  private ProgramHistory(List<ProgramDocument> versions) {
    this.versions = versions;
  }

  /**
   * Creates a history from its versions, in any order.
   *
   * @param versions the versions, not null, at least one
   * @return never null
   * @throws InvalidProgramException naming every version whose date or label repeats another's,
   *     at paths {@code versions[i].effectiveFrom} and {@code versions[i].version}, and every version
   *     whose currency, ladder or fiscal year start differs from the first one's
   *     ({@code inconsistent} at {@code versions[i].currency}, {@code versions[i].ladder},
   *     {@code versions[i].fiscalYearStartMonth}); indices in the order given
   */
  public static ProgramHistory of(List<ProgramDocument> versions) {
    requireNonNull(versions, "versions");
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("versions");
    problems.check(!versions.isEmpty(), path, CoreProblemCode.EMPTY, "have at least one version", "[]");
    Map<LocalDate, Integer> byDate = new HashMap<>();
    Map<String, Integer> byLabel = new HashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      ProgramDocument version = versions.get(i);
      if (!problems.requirePresent(path.index(i), version)) {
        continue;
      }
      Integer sameDate = byDate.putIfAbsent(version.effectiveFrom(), i);
      problems.check(sameDate == null, path.index(i).field("effectiveFrom"), CoreProblemCode.DUPLICATE,
          "differ from every other version's (versions[" + sameDate + "] starts the same day)",
          version.effectiveFrom());
      Integer sameLabel = byLabel.putIfAbsent(version.version(), i);
      problems.check(sameLabel == null, path.index(i).field("version"), CoreProblemCode.DUPLICATE,
          "be unique (versions[" + sameLabel + "] has it too)", version.version());
      ProgramDocument first = versions.get(0);
      if (i > 0 && first != null) {
        same(problems, path.index(i).field("currency"), first.currency().getCurrencyCode(),
            version.currency().getCurrencyCode());
        same(problems, path.index(i).field("ladder"), first.ladder().toString(), version.ladder().toString());
        same(problems, path.index(i).field("fiscalYearStartMonth"),
            String.valueOf(first.fiscalCalendar().startMonth().getValue()),
            String.valueOf(version.fiscalCalendar().startMonth().getValue()));
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    List<ProgramDocument> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(ProgramDocument::effectiveFrom));
    return new ProgramHistory(List.copyOf(sorted));
  }

  /** A header value every version shares (docs/rules/program-changes.md#versions). */
  private static void same(ProblemCollector problems, FieldPath path, String expected, String actual) {
    problems.check(expected.equals(actual), path, CoreProblemCode.INCONSISTENT, "be " + expected
        + " as in versions[0] (amounts, tiers and quarters must compare across versions)", actual);
  }

  /**
   * Creates a history of one version.
   *
   * @param version the version, not null
   * @return never null
   */
  public static ProgramHistory of(ProgramDocument version) {
    return of(List.of(requireNonNull(version, "version")));
  }

  /**
   * Returns the versions, earliest first.
   *
   * @return never null, never empty
   */
  public List<ProgramDocument> versions() {
    return versions;
  }

  /**
   * Returns the version in force on a date: the latest whose {@code effectiveFrom} is on or before
   * it.
   *
   * @param date the date, not null
   * @return the version, or empty when the date is before the first version
   */
  public Optional<ProgramDocument> versionAt(LocalDate date) {
    requireNonNull(date, "date");
    ProgramDocument found = null;
    for (ProgramDocument version : versions) {
      if (version.effectiveFrom().isAfter(date)) {
        break;
      }
      found = version;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the version in force on a date, or fails.
   *
   * @param date the date, not null
   * @return never null
   * @throws InvalidFactsException if the date is before the first version
   */
  public ProgramDocument requireVersionAt(LocalDate date) {
    return versionAt(date).orElseThrow(() -> new InvalidFactsException(List.of(Problem.error(
        FieldPath.root().field("date"), CoreProblemCode.BEFORE_FIRST_VERSION,
        "be on or after the first program version's effectiveFrom " + versions.get(0).effectiveFrom(), date))));
  }

  /**
   * Returns the latest version.
   *
   * @return never null
   */
  public ProgramDocument latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * Returns a history with one more version.
   *
   * @param version the version, not null
   * @return never null
   * @throws InvalidProgramException if it overlaps or repeats an existing version
   */
  public ProgramHistory with(ProgramDocument version) {
    List<ProgramDocument> all = new ArrayList<>(versions);
    all.add(requireNonNull(version, "version"));
    return of(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProgramHistory && ((ProgramHistory) other).versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  /**
   * Renders the versions and their dates.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ProgramHistory[");
    for (int i = 0; i < versions.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(versions.get(i).version()).append(" from ")
          .append(versions.get(i).effectiveFrom());
    }
    return out.append(']').toString();
  }
}
