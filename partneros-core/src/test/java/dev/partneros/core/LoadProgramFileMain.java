package dev.partneros.core;

import java.nio.file.Path;

/**
 * Loads one program file through the real loader and prints the outcome, for tests that need a
 * child JVM (a small heap): {@code LoadProgramFileMain <file> <JSON|YAML>}. Exits 0 when the file
 * loads, 1 with one line per problem ({@code <code> <message>}) when it is refused.
 */
public final class LoadProgramFileMain {

  private LoadProgramFileMain() {}

  /**
   * Runs the load.
   *
   * @param args the file and the format
   */
  public static void main(String[] args) {
    try {
      ProgramDocument document = ProgramLoader.strict().load(Path.of(args[0]), ProgramLoader.Format.valueOf(args[1]));
      System.out.println("loaded " + document.version());
    } catch (InvalidProgramException e) {
      for (Problem problem : e.problems()) {
        System.out.println(problem.code() + " " + problem.message());
      }
      System.exit(1);
    }
  }
}
