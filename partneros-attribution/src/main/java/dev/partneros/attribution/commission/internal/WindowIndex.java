package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SPIFF windows of one kind as an interval index: the dates where some window starts or ends
 * split the calendar into segments, and each segment holds the windows covering it in the order of
 * the facts. Finding the windows of a date is a binary search, whatever the number of windows;
 * building the index sorts the windows' bounds once and sweeps them. Immutable.
 */
final class WindowIndex {

  private static final WindowIndex EMPTY = new WindowIndex(List.of(), List.of());

  /** Segment {@code i} runs from {@code starts[i]} to the day before {@code starts[i + 1]}. */
  private final List<LocalDate> starts;
  private final List<List<CommissionFacts.SpiffWindow>> covering;

  private WindowIndex(List<LocalDate> starts, List<List<CommissionFacts.SpiffWindow>> covering) {
    this.starts = starts;
    this.covering = covering;
  }

  /**
   * Indexes windows.
   *
   * @param windows the windows of one kind, in the order of the facts
   * @return the index
   */
  static WindowIndex of(List<CommissionFacts.SpiffWindow> windows) {
    if (windows.isEmpty()) {
      return EMPTY;
    }
    int n = windows.size();
    List<Integer> byStart = new ArrayList<>(n);
    List<Integer> byEnd = new ArrayList<>(n);
    TreeSet<LocalDate> bounds = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      byStart.add(i);
      byEnd.add(i);
      bounds.add(windows.get(i).period().startInclusive());
      LocalDate end = windows.get(i).period().endInclusive();
      if (!end.equals(LocalDate.MAX)) {
        bounds.add(end.plusDays(1));
      }
    }
    byStart.sort(Comparator.comparing(i -> windows.get(i).period().startInclusive()));
    byEnd.sort(Comparator.comparing(i -> windows.get(i).period().endInclusive()));
    // one sweep over the bounds: the windows active in a segment, kept in the order of the facts
    TreeMap<Integer, CommissionFacts.SpiffWindow> active = new TreeMap<>();
    List<List<CommissionFacts.SpiffWindow>> covering = new ArrayList<>(bounds.size());
    int started = 0;
    int ended = 0;
    for (LocalDate start : bounds) {
      while (started < n && !windows.get(byStart.get(started)).period().startInclusive().isAfter(start)) {
        active.put(byStart.get(started), windows.get(byStart.get(started)));
        started++;
      }
      while (ended < n && windows.get(byEnd.get(ended)).period().endInclusive().isBefore(start)) {
        active.remove(byEnd.get(ended));
        ended++;
      }
      covering.add(List.copyOf(active.values()));
    }
    return new WindowIndex(List.copyOf(bounds), List.copyOf(covering));
  }

  /**
   * Returns the windows containing a date, in the order of the facts.
   *
   * @param date the date
   * @return the windows, often empty
   */
  List<CommissionFacts.SpiffWindow> containing(LocalDate date) {
    int at = Collections.binarySearch(starts, date);
    int segment = at >= 0 ? at : -at - 2;
    return segment < 0 ? List.of() : covering.get(segment);
  }
}
