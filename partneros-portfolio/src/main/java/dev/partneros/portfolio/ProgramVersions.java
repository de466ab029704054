package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.CreditSplitter;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.RegistrationResolver;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.scoring.ScoringProgram;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.ipp.IppScorer;
import dev.partneros.scoring.kpi.KpiCalculator;
import dev.partneros.scoring.maturity.MaturityAssessor;
import dev.partneros.scoring.scorecard.FourCScorer;
import dev.partneros.scoring.segment.PortfolioSegmenter;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierQualifier;
import dev.partneros.tiers.TierStateMachine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engines of every version of a program history, built once: each version's sections read
 * through their modules (scoring, tiers and benefits, attribution), so that a bad section of any
 * version is refused before anything is evaluated, with the path of every problem.
 *
 * <p>The evaluator needs every version to share the currency, the tier ladder and the fiscal
 * calendar (amounts, tiers and quarter ends would not compare otherwise): {@link ProgramHistory#of}
 * refuses a history whose versions differ in them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramVersions {

  private final ProgramHistory history;
  private final Map<ProgramDocument, Engines> engines;

  private ProgramVersions(ProgramHistory history, Map<ProgramDocument, Engines> engines) {
    this.history = history;
    this.engines = engines;
  }

  /**
   * Reads every section of every version through its module.
   *
   * @param history the history, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of every version, each path prefixed with
   *     {@code versions[i]} (versions earliest first) when the history has more than one
   */
  public static ProgramVersions of(ProgramHistory history) {
    requireNonNull(history, "history");
    List<Problem> problems = new ArrayList<>();
    Map<ProgramDocument, Engines> engines = new IdentityHashMap<>();
    List<ProgramDocument> versions = history.versions();
    for (int i = 0; i < versions.size(); i++) {
      ProgramDocument version = versions.get(i);
      FieldPath prefix = versions.size() == 1 ? FieldPath.root() : FieldPath.root().field("versions").index(i);
      List<Problem> own = lint(version);
      own.stream().filter(Problem::isError).map(p -> prefix.isRoot() ? p : p.under(prefix)).forEach(problems::add);
      if (own.stream().noneMatch(Problem::isError)) {
        engines.put(version, new Engines(version));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidProgramException(problems);
    }
    return new ProgramVersions(history, engines);
  }

  /**
   * Reads every section of a program through the module that owns it and returns every problem
   * found (errors and warnings): the same check {@code ProgramLoader.load} makes when it loads a
   * file ({@link ProgramLoader#check(ProgramDocument)}, {@code docs/program-file.md#how-loading-validates}),
   * for a document built or edited in memory. The header's warnings come first, then scoring
   * ({@code maturity}, {@code ipp}, {@code selection}, {@code scorecard}, {@code health},
   * {@code segments}, {@code kpis}), tiers ({@code tiers}, {@code benefits}, {@code mdf}) and
   * attribution ({@code attribution}, {@code commission}, {@code clawback}).
   *
   * @param program the program, not null
   * @return every problem, never null; empty when the program is valid
   */
  public static List<Problem> lint(ProgramDocument program) {
    requireNonNull(program, "program");
    return ProgramLoader.strict().check(program);
  }

  /**
   * Returns the history.
   *
   * @return never null
   */
  public ProgramHistory history() {
    return history;
  }

  /**
   * Returns the first version.
   *
   * @return never null
   */
  public ProgramDocument first() {
    return history.versions().get(0);
  }

  /**
   * Returns the engines of the version in force on a day.
   *
   * @param date the day, not null
   * @return the engines, or empty before the first version
   */
  public Optional<Engines> at(LocalDate date) {
    return history.versionAt(date).map(engines::get);
  }

  /**
   * Returns the engines of a version of this history.
   *
   * @param version the version, not null, one of {@link ProgramHistory#versions()}
   * @return never null
   */
  public Engines of(ProgramDocument version) {
    Engines found = engines.get(requireNonNull(version, "version"));
    if (found == null) {
      throw new IllegalArgumentException("not a version of this history: " + version);
    }
    return found;
  }

  /**
   * The engines of one program version: every module's policy read from it, and the engine built
   * from each. Immutable and thread-safe.
   */
  public static final class Engines {
    private final ProgramDocument program;
    private final ScoringProgram scoring;
    private final HealthScorer health;
    private final FourCScorer fourC;
    private final IppScorer ipp;
    private final MaturityAssessor maturity;
    private final PortfolioSegmenter segmenter;
    private final KpiCalculator kpis;
    private final TierProgram tiers;
    private final TierStateMachine machine;
    private final BenefitsMatrix benefits;
    private final AttributionPolicy attribution;
    private final DealClassifier classifier;
    private final CreditSplitter splitter;
    private final RegistrationResolver resolver;

    Engines(ProgramDocument program) {
      this.program = program;
      this.scoring = ScoringProgram.from(program);
      this.health = HealthScorer.of(scoring.health());
      this.fourC = FourCScorer.of(scoring.scorecard());
      this.ipp = IppScorer.of(scoring.ipp());
      this.maturity = MaturityAssessor.of(scoring.maturity());
      this.segmenter = PortfolioSegmenter.of(scoring.segments());
      this.kpis = KpiCalculator.of(scoring.kpis());
      this.tiers = TierProgram.from(program);
      this.machine = TierStateMachine.of(tiers);
      this.benefits = BenefitsMatrix.from(program);
      this.attribution = AttributionPolicy.from(program);
      this.classifier = DealClassifier.of(attribution);
      this.splitter = CreditSplitter.of(attribution);
      this.resolver = RegistrationResolver.of(attribution);
    }

    /**
     * Returns the program version.
     *
     * @return never null
     */
    public ProgramDocument program() {
      return program;
    }

    /**
     * Returns the version's label.
     *
     * @return never null
     */
    public String version() {
      return program.version();
    }

    /**
     * Returns the scoring policies.
     *
     * @return never null
     */
    public ScoringProgram scoring() {
      return scoring;
    }

    /**
     * Returns the health scorer.
     *
     * @return never null
     */
    public HealthScorer health() {
      return health;
    }

    /**
     * Returns the 3C/4C scorer.
     *
     * @return never null
     */
    public FourCScorer fourC() {
      return fourC;
    }

    /**
     * Returns the IPP scorer.
     *
     * @return never null
     */
    public IppScorer ipp() {
      return ipp;
    }

    /**
     * Returns the maturity assessor.
     *
     * @return never null
     */
    public MaturityAssessor maturity() {
      return maturity;
    }

    /**
     * Returns the portfolio segmenter.
     *
     * @return never null
     */
    public PortfolioSegmenter segmenter() {
      return segmenter;
    }

    /**
     * Returns the KPI calculator.
     *
     * @return never null
     */
    public KpiCalculator kpis() {
      return kpis;
    }

    /**
     * Returns the tier program.
     *
     * @return never null
     */
    public TierProgram tiers() {
      return tiers;
    }

    /**
     * Returns the tier state machine.
     *
     * @return never null
     */
    public TierStateMachine machine() {
      return machine;
    }

    /**
     * Returns the tier qualifier.
     *
     * @return never null
     */
    public TierQualifier qualifier() {
      return machine.qualifier();
    }

    /**
     * Returns the benefits matrix.
     *
     * @return never null
     */
    public BenefitsMatrix benefits() {
      return benefits;
    }

    /**
     * Returns the attribution policy.
     *
     * @return never null
     */
    public AttributionPolicy attribution() {
      return attribution;
    }

    /**
     * Returns the deal classifier.
     *
     * @return never null
     */
    public DealClassifier classifier() {
      return classifier;
    }

    /**
     * Returns the multi-touch credit splitter.
     *
     * @return never null
     */
    public CreditSplitter splitter() {
      return splitter;
    }

    /**
     * Returns the registration-conflict resolver.
     *
     * @return never null
     */
    public RegistrationResolver resolver() {
      return resolver;
    }
  }
}
