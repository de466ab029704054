package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.internal.Inputs;
import dev.partneros.attribution.internal.TimeDecay;
import dev.partneros.attribution.internal.Touches;
import dev.partneros.core.Allocations;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a closed deal's credit across the partners that touched it before close, by a multi-touch
 * {@link AttributionPolicy.CreditModel} ({@code docs/rules/attribution.md#multi-touch-credit}): exact {@link Share}s
 * adding up to exactly 1, and the deal amount split penny-exactly with {@link Allocations}
 * ({@code docs/rules/conventions.md#allocation}).
 *
 * <p>Credited touches: dated on or before the close date (a touch on the close date counts, one the
 * day after does not) and of a kind in {@link AttributionPolicy#creditedTouchKinds()}. Each credited
 * touch gets a weight by the model; a partner's share is the sum of its touches' weights divided by
 * the sum of all weights, an exact fraction. Touches are put in a canonical order first (date,
 * partner id, kind), so nothing depends on the order they were given in.
 *
 * <p>Decisions where the blueprint is silent (see {@link AttributionPolicy.CreditModel} for each model):
 * <ul>
 *   <li>Same-day ties: touches sharing the first (or last) date share that position equally.</li>
 *   <li>{@link AttributionPolicy.CreditModel#POSITION_BASED} with one touch, or all touches on one day: equal shares
 *       (one touch gets everything). With two dates and nothing in between: the middle weight goes
 *       to first and last in proportion to their weights (40/20/40 becomes 50/50).</li>
 *   <li>{@link AttributionPolicy.CreditModel#TIME_DECAY}, whose weights {@code 2^(-age/halfLife)} are irrational:
 *       each weight is taken relative to the most recent credited touch (weight 1; a common factor
 *       leaves the shares unchanged) and computed to 20 decimal places, {@code HALF_EVEN}, without
 *       {@code double}; the shares are then the exact fractions of these decimal weights, so they
 *       add up to exactly 1 and are the same on every JVM. A whole number of half-lives is exact
 *       (1/2, 1/4...); touches more than 70 half-lives older than the latest weigh 0.</li>
 *   <li>{@link AttributionPolicy.CreditModel#CUSTOM}: the deal's {@link Deal#customWeights()} (required for this
 *       model); a weighted partner without a credited touch is dropped and the remaining weights are
 *       scaled up to add up to 1; a credited partner without a weight gets a zero share.</li>
 *   <li>Nothing to credit (no credited touch, or no remaining custom weight): an empty split.</li>
 * </ul>
 *
 * <p>Holds only the policy and what is precomputed from it (the powers of {@code 2^(-1/halfLife)});
 * every method is a pure function of its arguments and the policy. Immutable and thread-safe.
 */
public final class CreditSplitter {

  /** The rule id of the model step. */
  public static final String MODEL_RULE = "attribution.multitouch.model";
  /** The rule id of each partner's share step. */
  public static final String SHARE_RULE = "attribution.multitouch.share";
  /** The rule id of a dropped custom weight. */
  public static final String DROPPED_RULE = "attribution.multitouch.custom_weight_dropped";

  private static final String T_MODEL = "deal {deal}: {model} ({parameters}) over {creditedTouches} credited touches "
      + "up to {closed}, {ignoredTouches} ignored (after close or not a credited kind) -> {outcome}";
  private static final String T_SHARE = "{partner}: {touches} credited touches, share {share} of {dealAmount} -> "
      + "{outcome}";
  private static final String T_DROPPED = "{partner}: custom weight {weight} dropped, no credited touch up to close "
      + "-> {outcome}";

  private final AttributionPolicy policy;
  private final TimeDecay decay;
  /** The position weights as whole numbers at one common scale. */
  private final BigDecimal first;
  private final BigDecimal middle;
  private final BigDecimal last;

  private CreditSplitter(AttributionPolicy policy) {
    this.policy = policy;
    this.decay = TimeDecay.of(policy.halfLifeDays());
    AttributionPolicy.PositionWeights positions = policy.positionWeights();
    int scale = Math.max(Math.max(positions.first().value().scale(), positions.middle().value().scale()),
        positions.last().value().scale());
    this.first = positions.first().value().movePointRight(scale);
    this.middle = positions.middle().value().movePointRight(scale);
    this.last = positions.last().value().movePointRight(scale);
  }

  /**
   * Creates a splitter for a policy.
   *
   * @param policy the attribution policy, not null
   * @return never null
   */
  public static CreditSplitter of(AttributionPolicy policy) {
    return new CreditSplitter(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy this splitter applies.
   *
   * @return never null
   */
  public AttributionPolicy policy() {
    return policy;
  }

  /**
   * Splits a deal's credit by the policy's {@link AttributionPolicy#multiTouchModel() model}.
   *
   * @param deal the deal, not null, closed (won or lost)
   * @return never null
   * @throws InvalidFactsException if the deal is open (path {@code closed}), or the model is
   *     {@link AttributionPolicy.CreditModel#CUSTOM} and the deal has no custom weights (path {@code customWeights})
   */
  public CreditSplit split(Deal deal) {
    return split(deal, policy.multiTouchModel());
  }

  /**
   * Splits a deal's credit by a given model (to compare models on the same deal).
   *
   * @param deal the deal, not null, closed (won or lost)
   * @param model the model, not null
   * @return never null
   * @throws InvalidFactsException if the deal is open (path {@code closed}), or the model is
   *     {@link AttributionPolicy.CreditModel#CUSTOM} and the deal has no custom weights (path {@code customWeights})
   */
  public CreditSplit split(Deal deal, AttributionPolicy.CreditModel model) {
    requireNonNull(deal, "deal");
    requireNonNull(model, "model");
    if (deal.closed().isEmpty()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("closed"), CoreProblemCode.MISSING,
          "be present to split credit (the deal is " + deal.status() + ")", null)));
    }
    if (model == AttributionPolicy.CreditModel.CUSTOM && deal.customWeights().isEmpty()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("customWeights"), CoreProblemCode.MISSING,
          "be given for the CUSTOM model", "{}")));
    }
    LocalDate closed = deal.closed().get();
    List<Deal.PartnerTouch> credited = new ArrayList<>(deal.touches().size());
    List<Deal.PartnerTouch> ignored = new ArrayList<>();
    for (Deal.PartnerTouch touch : deal.touches()) {
      if (!touch.date().isAfter(closed) && policy.creditedTouchKinds().contains(touch.kind())) {
        credited.add(touch);
      } else {
        ignored.add(touch);
      }
    }
    credited.sort(Touches.CANONICAL);
    ignored.sort(Touches.CANONICAL);

    List<ExplanationStep> steps = new ArrayList<>();
    TreeMap<PartnerId, BigInteger> weights = new TreeMap<>();
    TreeMap<PartnerId, Integer> touchCounts = new TreeMap<>();
    for (Deal.PartnerTouch touch : credited) {
      touchCounts.merge(touch.partner(), 1, Integer::sum);
    }
    if (!credited.isEmpty()) {
      if (model == AttributionPolicy.CreditModel.CUSTOM) {
        customWeights(deal, touchCounts, weights, steps);
      } else {
        BigInteger[] touchWeights = touchWeights(credited, model, closed);
        for (int i = 0; i < credited.size(); i++) {
          weights.merge(credited.get(i).partner(), touchWeights[i], BigInteger::add);
        }
      }
    }
    BigInteger total = BigInteger.ZERO;
    for (BigInteger weight : weights.values()) {
      total = total.add(weight);
    }

    SortedMap<PartnerId, Share> shares = new TreeMap<>();
    SortedMap<PartnerId, Money> amounts = new TreeMap<>();
    if (total.signum() > 0) {
      Map<PartnerId, BigDecimal> integral = new TreeMap<>();
      for (Map.Entry<PartnerId, BigInteger> entry : weights.entrySet()) {
        shares.put(entry.getKey(), Share.of(entry.getValue(), total));
        integral.put(entry.getKey(), new BigDecimal(entry.getValue()));
      }
      amounts.putAll(Allocations.split(deal.amount(), integral));
    }

    List<ExplanationStep> all = new ArrayList<>(shares.size() + steps.size() + 1);
    all.add(ExplanationStep.builder()
        .rule(MODEL_RULE)
        .section(Inputs.SECTION)
        .putInputs("deal", deal.id())
        .putInputs("model", model.name())
        .putInputs("parameters", parameters(model))
        .putInputs("closed", closed.toString())
        .putInputs("creditedTouches", Integer.toString(credited.size()))
        .putInputs("ignoredTouches", Integer.toString(ignored.size()))
        .outcome(shares.isEmpty() ? "no credit" : shares.size() + " partners credited")
        .template(T_MODEL)
        .build());
    all.addAll(steps);
    String dealAmount = Inputs.money(deal.amount());
    for (Map.Entry<PartnerId, Share> entry : shares.entrySet()) {
      all.add(ExplanationStep.builder()
          .rule(SHARE_RULE)
          .section(Inputs.SECTION)
          .putInputs("partner", entry.getKey().value())
          .putInputs("touches", Integer.toString(touchCounts.getOrDefault(entry.getKey(), 0)))
          .putInputs("share", entry.getValue().toString())
          .putInputs("dealAmount", dealAmount)
          .outcome(Inputs.money(amounts.get(entry.getKey())))
          .template(T_SHARE)
          .build());
    }
    return new CreditSplit.Builder()
        .dealId(deal.id())
        .model(model)
        .dealAmount(deal.amount())
        .shares(shares)
        .amounts(amounts)
        .creditedTouches(credited)
        .ignoredTouches(ignored)
        .explanation(Explanation.builder()
            .subject("multi-touch credit of deal " + deal.id())
            .asOf(closed)
            .steps(all)
            .build())
        .build();
  }

  /**
   * Returns each touch's weight as a whole number: every model's weights, multiplied by a common
   * factor (which leaves the shares unchanged) so that the partner sums and the shares are exact
   * integer arithmetic.
   */
  private BigInteger[] touchWeights(List<Deal.PartnerTouch> touches, AttributionPolicy.CreditModel model, LocalDate closed) {
    int n = touches.size();
    BigInteger[] weights = new BigInteger[n];
    LocalDate firstDate = touches.get(0).date();
    LocalDate lastDate = touches.get(n - 1).date();
    switch (model) {
      case FIRST_TOUCH:
        for (int i = 0; i < n; i++) {
          weights[i] = touches.get(i).date().equals(firstDate) ? BigInteger.ONE : BigInteger.ZERO;
        }
        return weights;
      case LAST_TOUCH:
        for (int i = 0; i < n; i++) {
          weights[i] = touches.get(i).date().equals(lastDate) ? BigInteger.ONE : BigInteger.ZERO;
        }
        return weights;
      case TIME_DECAY:
        long youngest = ChronoUnit.DAYS.between(lastDate, closed);
        for (int i = 0; i < n; i++) {
          long age = ChronoUnit.DAYS.between(touches.get(i).date(), closed);
          weights[i] = decay.weight(age - youngest).unscaledValue();
        }
        return weights;
      case POSITION_BASED:
        return positionWeights(touches, firstDate, lastDate);
      default:
        Arrays.fill(weights, BigInteger.ONE);
        return weights;
    }
  }

  /**
   * First-day touches share {@code f}, last-day touches {@code l}, the others {@code m}; with
   * {@code F}, {@code M}, {@code L} touches in each group, scaled by {@code F * M * L * 10^scale}.
   * With nothing in between the middle weight goes to the ends in proportion, which leaves
   * {@code f / (f + l)} and {@code l / (f + l)}, scaled by {@code (f + l) * F * L * 10^scale}.
   */
  private BigInteger[] positionWeights(List<Deal.PartnerTouch> touches, LocalDate firstDate, LocalDate lastDate) {
    int n = touches.size();
    BigInteger[] weights = new BigInteger[n];
    long onFirst = 0;
    long onLast = 0;
    for (Deal.PartnerTouch touch : touches) {
      if (touch.date().equals(firstDate)) {
        onFirst++;
      } else if (touch.date().equals(lastDate)) {
        onLast++;
      }
    }
    long inMiddle = n - onFirst - onLast;
    if (firstDate.equals(lastDate) || (inMiddle == 0 && first.add(last).signum() == 0)) {
      Arrays.fill(weights, BigInteger.ONE);
      return weights;
    }
    BigInteger f = first.toBigInteger();
    BigInteger m = middle.toBigInteger();
    BigInteger l = last.toBigInteger();
    BigInteger bigFirst = BigInteger.valueOf(onFirst);
    BigInteger bigLast = BigInteger.valueOf(onLast);
    BigInteger eachFirst;
    BigInteger eachMiddle;
    BigInteger eachLast;
    if (inMiddle == 0) {
      eachFirst = f.multiply(bigLast);
      eachMiddle = BigInteger.ZERO;
      eachLast = l.multiply(bigFirst);
    } else {
      BigInteger bigMiddle = BigInteger.valueOf(inMiddle);
      eachFirst = f.multiply(bigMiddle).multiply(bigLast);
      eachMiddle = m.multiply(bigFirst).multiply(bigLast);
      eachLast = l.multiply(bigFirst).multiply(bigMiddle);
    }
    for (int i = 0; i < n; i++) {
      LocalDate date = touches.get(i).date();
      weights[i] = date.equals(firstDate) ? eachFirst : date.equals(lastDate) ? eachLast : eachMiddle;
    }
    return weights;
  }

  private static void customWeights(Deal deal, Map<PartnerId, Integer> touchCounts, Map<PartnerId, BigInteger> weights,
      List<ExplanationStep> steps) {
    int scale = 0;
    for (Rate weight : deal.customWeights().values()) {
      scale = Math.max(scale, weight.value().scale());
    }
    for (PartnerId partner : touchCounts.keySet()) {
      Rate weight = deal.customWeights().get(partner);
      weights.put(partner, weight == null ? BigInteger.ZERO : weight.value().setScale(scale).unscaledValue());
    }
    for (Map.Entry<PartnerId, Rate> entry : deal.customWeights().entrySet()) {
      if (!touchCounts.containsKey(entry.getKey())) {
        steps.add(ExplanationStep.builder()
            .rule(DROPPED_RULE)
            .section(Inputs.SECTION)
            .putInputs("partner", entry.getKey().value())
            .putInputs("weight", entry.getValue().value().toPlainString())
            .outcome("dropped")
            .template(T_DROPPED)
            .build());
      }
    }
  }

  private String parameters(AttributionPolicy.CreditModel model) {
    switch (model) {
      case TIME_DECAY:
        return "half-life " + policy.halfLifeDays() + " days";
      case POSITION_BASED:
        return "first " + policy.positionWeights().first() + ", middle " + policy.positionWeights().middle()
            + ", last " + policy.positionWeights().last();
      case CUSTOM:
        return "the deal's custom weights";
      case FIRST_TOUCH:
      case LAST_TOUCH:
        return "same-day touches share the position";
      default:
        return "equal weight per touch";
    }
  }

  @Override
  public String toString() {
    return "CreditSplitter[model=" + policy.multiTouchModel() + ", halfLifeDays=" + policy.halfLifeDays() + "]";
  }
}
