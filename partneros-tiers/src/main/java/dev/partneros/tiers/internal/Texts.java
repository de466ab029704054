package dev.partneros.tiers.internal;

import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Criterion;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.RequirementCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Renders tier results as text, on demand only (explanations are data; sentences are rendered when
 * asked for). Every rendering is deterministic and uses {@link Locale#ROOT}.
 */
public final class Texts {

  private Texts() {}

  /**
   * Renders a tier's name for sentences: {@code GOLD} gives {@code Gold}, {@code STRATEGIC_PARTNER}
   * gives {@code Strategic partner}.
   *
   * @param tier the tier, not null
   * @return never null
   */
  public static String tierName(Tier tier) {
    switch (tier.name()) {
      case "REGISTERED":
        return "Registered";
      case "SILVER":
        return "Silver";
      case "GOLD":
        return "Gold";
      case "PLATINUM":
        return "Platinum";
      default:
        break;
    }
    String lower = tier.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * Renders a fraction as a whole percentage rounded down, so that anything short of 100 % never
   * reads 100 %: {@code 0.9999} gives {@code 99 %}.
   *
   * @param fraction the fraction, not null
   * @return never null
   */
  public static String percent(Rate fraction) {
    return fraction.value().movePointRight(2).setScale(0, RoundingMode.DOWN).toPlainString() + " %";
  }

  /**
   * Returns a threshold's metric name: the metric's label, or a custom metric's own name.
   *
   * @param check a threshold, not null
   * @return never null
   */
  public static String label(RequirementCheck check) {
    return label(check.metric().get(), check);
  }

  /** The label of a threshold whose metric has been read. */
  private static String label(Metric metric, RequirementCheck check) {
    return metric == Metric.CUSTOM ? check.name().orElse("") : metric.label();
  }

  /**
   * Renders a metric's value: money with its currency, a flag as yes or no, a missing value as
   * {@code none}, other numbers plainly.
   *
   * @param metric the metric, not null
   * @param value the value, or null when not measured
   * @param currency the program's currency, not null
   * @return never null
   */
  public static String value(Metric metric, BigDecimal value, Currency currency) {
    if (value == null) {
      return "none";
    }
    switch (metric.kind()) {
      case MONEY:
        return appendMoney(new StringBuilder(24), value, currency).toString();
      case FLAG:
        return value.signum() > 0 ? "yes" : "no";
      default:
        return plain(value);
    }
  }

  /**
   * Appends an amount as {@code Money.of(value, currency, HALF_EVEN).toString()} renders it. An amount
   * needing no rounding (at most the currency's decimals) and under 10^15 in magnitude (every
   * measured amount and bound) is written straight from its unscaled digits, grouped by thousands
   * and padded to the currency's decimals, without building the {@link Money}; any other goes
   * through {@link Money}, which rounds it or refuses it.
   */
  private static StringBuilder appendMoney(StringBuilder out, BigDecimal value, Currency currency) {
    int scale = currency.getDefaultFractionDigits();
    int own = value.scale();
    if (scale < 0 || own < 0 || own > scale || value.precision() > 18 || value.precision() - own > 15) {
      return out.append(Money.of(value, currency, RoundingMode.HALF_EVEN).toString());
    }
    long unscaled = own == 0 ? value.longValue() : value.unscaledValue().longValue();
    long abs = Math.abs(unscaled);
    long unit = tenTo(own);
    if (unscaled < 0) {
      out.append('-');
    }
    appendGrouped(out, abs / unit);
    if (scale > 0) {
      out.append('.');
      long fraction = abs % unit;
      for (long place = unit / 10; place > 0; place /= 10) {
        out.append((char) ('0' + fraction / place % 10));
      }
      for (int digit = own; digit < scale; digit++) {
        out.append('0');
      }
    }
    return out.append(' ').append(currency.getCurrencyCode());
  }

  /** Appends what {@link #value(Metric, BigDecimal, Currency)} returns. */
  private static StringBuilder appendValue(StringBuilder out, Metric metric, BigDecimal value, Currency currency) {
    if (value != null && metric.kind() == Metric.Kind.MONEY) {
      return appendMoney(out, value, currency);
    }
    return out.append(value(metric, value, currency));
  }

  /** Returns 10^n, for 0 <= n <= 18. */
  private static long tenTo(int n) {
    long power = 1;
    for (int i = 0; i < n; i++) {
      power *= 10;
    }
    return power;
  }

  /** Appends a non-negative whole number with a comma between groups of three digits. */
  private static void appendGrouped(StringBuilder out, long whole) {
    if (whole < 1000) {
      out.append(whole);
      return;
    }
    appendGrouped(out, whole / 1000);
    int group = (int) (whole % 1000);
    out.append(',');
    if (group < 100) {
      out.append('0');
    }
    if (group < 10) {
      out.append('0');
    }
    out.append(group);
  }

  private static String plain(BigDecimal value) {
    if (value.scale() == 0) {
      return value.toPlainString();
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Renders the requirement's bounds, such as
   * {@code (sourced ARR >= 100,000.00 USD or qualified referrals >= 20) and certified people >= 2}.
   *
   * @param check the requirement, not null
   * @param currency the program's currency, not null
   * @return never null
   */
  public static String bounds(RequirementCheck check, Currency currency) {
    StringBuilder out = new StringBuilder(128);
    bounds(check, currency, true, out);
    return out.toString();
  }

  /** Appends the bounds; a nested group of other than one child is parenthesised. */
  private static void bounds(RequirementCheck check, Currency currency, boolean top, StringBuilder out) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      Metric metric = check.metric().get();
      BigDecimal required = check.required().get();
      out.append(label(metric, check));
      if (metric.kind() == Metric.Kind.FLAG) {
        out.append(required.signum() > 0 ? " required" : " not required");
      } else {
        appendValue(out.append(" >= "), metric, required, currency);
      }
      return;
    }
    List<RequirementCheck> children = check.children();
    boolean wrap = !top && children.size() != 1;
    String separator = check.form() == Criterion.Form.ALL_OF ? " and " : " or ";
    if (wrap) {
      out.append('(');
    }
    for (int i = 0; i < children.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      bounds(children.get(i), currency, false, out);
    }
    if (wrap) {
      out.append(')');
    }
  }

  /**
   * Renders the requirement as a sentence template: the current values are placeholders named by
   * the metric's label (put into {@code inputs}), the bounds and comparisons are literal. A met
   * {@code anyOf} shows only its met alternatives (the reason it holds); an unmet one shows every
   * alternative. At the top level, {@code allOf} children are separated by {@code "; "}, as in
   * {@code sourced ARR {sourced ARR} >= 100,000.00 USD; certified people {certified people} < 2}.
   *
   * @param check the requirement, not null
   * @param currency the program's currency, not null
   * @param inputs where the current values are put, by label, not null
   * @return never null
   */
  public static String template(RequirementCheck check, Currency currency, Map<String, String> inputs) {
    return template(check, currency, (BiConsumer<String, String>) inputs::put);
  }

  /**
   * Renders the requirement as {@link #template(RequirementCheck, Currency, Map)} does, handing each
   * current value to {@code inputs} (label, rendered value) in the same order, so that a step's
   * builder can take them without an intermediate map.
   *
   * @param check the requirement, not null
   * @param currency the program's currency, not null
   * @param inputs receives the current values, by label, not null
   * @return never null
   */
  public static String template(RequirementCheck check, Currency currency, BiConsumer<String, String> inputs) {
    return appendTemplate(new StringBuilder(128), check, currency, inputs).toString();
  }

  /**
   * Appends the template {@link #template(RequirementCheck, Currency, BiConsumer)} returns.
   *
   * @param out where the template is appended, not null
   * @param check the requirement, not null
   * @param currency the program's currency, not null
   * @param inputs receives the current values, by label, not null
   * @return {@code out}
   */
  public static StringBuilder appendTemplate(StringBuilder out, RequirementCheck check, Currency currency,
      BiConsumer<String, String> inputs) {
    template(check, currency, inputs, true, out);
    return out;
  }

  /** Appends the template; a nested group showing other than one part is parenthesised. */
  private static void template(RequirementCheck check, Currency currency, BiConsumer<String, String> inputs,
      boolean top, StringBuilder out) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      Metric metric = check.metric().get();
      String label = label(metric, check);
      boolean met = check.met();
      inputs.accept(label, value(metric, check.current().orElse(null), currency));
      out.append(label).append(" {").append(label).append('}');
      if (metric.kind() == Metric.Kind.FLAG) {
        if (!met) {
          out.append(" (required)");
        }
      } else {
        appendValue(out.append(met ? " >= " : " < "), metric, check.required().get(), currency);
      }
      return;
    }
    List<RequirementCheck> children = check.children();
    boolean onlyMet = check.form() == Criterion.Form.ANY_OF && check.met();
    int parts = 0;
    for (int i = 0; i < children.size(); i++) {
      if (!onlyMet || children.get(i).met()) {
        parts++;
      }
    }
    boolean wrap = !top && parts != 1;
    String separator = check.form() == Criterion.Form.ANY_OF ? " or " : top ? "; " : " and ";
    if (wrap) {
      out.append('(');
    }
    boolean first = true;
    for (int i = 0; i < children.size(); i++) {
      RequirementCheck child = children.get(i);
      if (onlyMet && !child.met()) {
        collectInputs(child, currency, inputs);
        continue;
      }
      if (!first) {
        out.append(separator);
      }
      first = false;
      template(child, currency, inputs, false, out);
    }
    if (wrap) {
      out.append(')');
    }
  }

  private static void collectInputs(RequirementCheck check, Currency currency, BiConsumer<String, String> inputs) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      Metric metric = check.metric().get();
      inputs.accept(label(metric, check), value(metric, check.current().orElse(null), currency));
    } else {
      for (RequirementCheck child : check.children()) {
        collectInputs(child, currency, inputs);
      }
    }
  }

  /**
   * Renders what is missing to meet a requirement, such as {@code 2 more certified people} or
   * {@code 30,000.00 USD more sourced ARR or 5 more referrals}; empty when it is met.
   *
   * @param check the requirement, not null
   * @param currency the program's currency, not null
   * @return never null
   */
  public static String gap(RequirementCheck check, Currency currency) {
    return check.met() ? "" : gap(check, currency, true);
  }

  private static String gap(RequirementCheck check, Currency currency, boolean top) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      return thresholdGap(check, currency);
    }
    List<String> parts = new ArrayList<>();
    for (RequirementCheck child : check.children()) {
      if (!child.met()) {
        parts.add(gap(child, currency, false));
      }
    }
    String joined = String.join(check.form() == Criterion.Form.ALL_OF ? " and " : " or ", parts);
    return top || parts.size() == 1 ? joined : "(" + joined + ")";
  }

  private static String thresholdGap(RequirementCheck check, Currency currency) {
    Metric metric = check.metric().get();
    String label = label(check);
    BigDecimal required = check.required().get();
    if (metric.kind() == Metric.Kind.FLAG) {
      return "an " + label;
    }
    if (check.current().isEmpty()) {
      String article = metric == Metric.NPS ? "an " : "a ";
      return article + label + " of at least " + value(metric, required, currency) + " (none measured)";
    }
    BigDecimal gap = check.gap().get();
    switch (metric.kind()) {
      case MONEY:
        return value(metric, gap, currency) + " more " + label;
      case NUMBER:
        return plain(gap) + " more " + label;
      default:
        String noun = gap.compareTo(BigDecimal.ONE) == 0 ? metric.singular() : metric.plural();
        return plain(gap) + " more " + noun;
    }
  }
}
