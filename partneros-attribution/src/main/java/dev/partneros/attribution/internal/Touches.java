package dev.partneros.attribution.internal;

import dev.partneros.attribution.Deal;
import java.util.Comparator;

/** The canonical order of touches, so that no result depends on the order the caller gave them in. */
public final class Touches {

  /** By date, then partner id, then kind, then the flags (false first). */
  public static final Comparator<Deal.PartnerTouch> CANONICAL = Touches::compare;

  private Touches() {}

  private static int compare(Deal.PartnerTouch a, Deal.PartnerTouch b) {
    int order = a.date().compareTo(b.date());
    if (order != 0) {
      return order;
    }
    order = a.partner().compareTo(b.partner());
    if (order != 0) {
      return order;
    }
    order = a.kind().compareTo(b.kind());
    if (order != 0) {
      return order;
    }
    order = Boolean.compare(a.channelLead(), b.channelLead());
    return order != 0 ? order : Boolean.compare(a.documented(), b.documented());
  }
}
