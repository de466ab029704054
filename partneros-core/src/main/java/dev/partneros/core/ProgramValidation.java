package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What loading the versions of one program found ({@link ProgramLoader#validate(List)},
 * {@code docs/program-file.md#effective-dated-versions-and-program-histories}): each file's
 * problems, errors and warnings, as {@link ProgramLoader#load(Path)} finds them (the header and every
 * section), then, when every file is valid, the problems across versions that
 * {@link ProgramHistory#of(List)} finds (two versions the same day or with the same label, a
 * currency, ladder or fiscal calendar that changes between versions). The library and the command
 * line's {@code validate} give the same answer because the command prints this.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramValidation {

  private final List<Source> sources;
  private final List<Problem> historyProblems;
  private final ProgramHistory history;

  private ProgramValidation(List<Source> sources, List<Problem> historyProblems, ProgramHistory history) {
    this.sources = List.copyOf(sources);
    this.historyProblems = List.copyOf(historyProblems);
    this.history = history;
  }

  /** Loads every file, then the history when every file is valid. */
  static ProgramValidation of(ProgramLoader loader, List<Path> files) {
    requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must name at least one program file");
    }
    List<Source> sources = new ArrayList<>();
    List<ProgramDocument> documents = new ArrayList<>();
    for (Path file : files) {
      requireNonNull(file, "a file");
      try {
        ProgramDocument document = loader.load(file);
        documents.add(document);
        sources.add(new Source(file, document, document.warnings()));
      } catch (InvalidProgramException e) {
        sources.add(new Source(file, null, e.problems()));
      }
    }
    if (documents.size() < files.size()) {
      return new ProgramValidation(sources, List.of(), null);
    }
    try {
      return new ProgramValidation(sources, List.of(), ProgramHistory.of(documents));
    } catch (InvalidProgramException e) {
      return new ProgramValidation(sources, e.problems(), null);
    }
  }

  /**
   * One file of a validation: its problems, and its document when it is valid.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Source {
    private final Path file;
    private final ProgramDocument document;
    private final List<Problem> problems;

    private Source(Path file, ProgramDocument document, List<Problem> problems) {
      this.file = file;
      this.document = document;
      this.problems = List.copyOf(problems);
    }

    /**
     * Returns the file, as given.
     *
     * @return never null
     */
    public Path file() {
      return file;
    }

    /**
     * Returns the file's name, without its folder, as problems about it are prefixed.
     *
     * @return never null
     */
    public String name() {
      Path name = file.getFileName();
      return name == null ? file.toString() : name.toString();
    }

    /**
     * Returns the document the file holds, when it is valid (warnings aside).
     *
     * @return the document, or empty when the file has errors
     */
    public Optional<ProgramDocument> document() {
      return Optional.ofNullable(document);
    }

    /**
     * Returns the file's problems: its errors, or, when it is valid, its warnings.
     *
     * @return never null, paths from the top of the file
     */
    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * Returns one entry per file, in the order given.
   *
   * @return never null, never empty
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the problems across versions, found only when every file is valid.
   *
   * @return never null; paths {@code versions[i].effectiveFrom} and the like, {@code i} the file's
   *     position in the list given
   */
  public List<Problem> historyProblems() {
    return historyProblems;
  }

  /**
   * Returns the history the files form, when every file and the history are valid.
   *
   * @return the history, or empty
   */
  public Optional<ProgramHistory> history() {
    return Optional.ofNullable(history);
  }

  /**
   * Tells whether the files form a valid history (warnings allowed).
   *
   * @return true when {@link #history()} is present
   */
  public boolean isValid() {
    return history != null;
  }

  /**
   * Returns every problem, errors and warnings: each file's, then the history's. With more than one
   * file, a file's problem paths start {@code versions[i]}, {@code i} its position in the list given.
   *
   * @return never null
   */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      FieldPath prefix = sources.size() == 1 ? FieldPath.root() : FieldPath.root().field("versions").index(i);
      sources.get(i).problems().forEach(p -> all.add(prefix.isRoot() ? p : p.under(prefix)));
    }
    all.addAll(historyProblems);
    return List.copyOf(all);
  }

  /**
   * Returns the history, or throws every problem.
   *
   * @return never null
   * @throws InvalidProgramException carrying {@link #problems()} when a file or the history is invalid
   */
  public ProgramHistory requireHistory() {
    if (history == null) {
      throw new InvalidProgramException(problems());
    }
    return history;
  }
}
