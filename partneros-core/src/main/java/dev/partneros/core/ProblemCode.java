package dev.partneros.core;

/**
 * One entry of the problem catalogue: the stable machine-readable code a {@link Problem} carries
 * and what it means. Every module keeps its codes in one enum implementing this interface
 * ({@link CoreProblemCode} for the codes every module shares); {@code docs/problems.md} lists every
 * code with its meaning and an example, so that an embedder can map a problem to its own UI or
 * translate it without parsing the English message.
 *
 * <p>A code names a kind of rule broken, never a particular field: the problem's path says where
 * and its message says which bound or reference was broken ({@code docs/problems.md#how-codes-are-chosen}).
 * Codes are snake_case and unique across all catalogues; once published, a code keeps its spelling.
 *
 * <p>Implementations must be enums ({@link Problem} refuses any other), hence immutable and
 * thread-safe.
 */
public interface ProblemCode {

  /**
   * Returns the code as it appears in {@link Problem#code()}, in JSON and in CSV outputs, such as
   * {@code out_of_range}.
   *
   * @return never null, snake_case
   */
  String code();

  /**
   * Returns what the code means, in one line, as listed in {@code docs/problems.md}.
   *
   * @return never null, never blank
   */
  String meaning();
}
