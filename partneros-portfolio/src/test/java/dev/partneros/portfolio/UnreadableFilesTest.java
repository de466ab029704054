package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book's file or folder that cannot be read is refused at the file, with why in the words of
 * the book's files ({@code docs/problems.md#what-a-problem-carries}): never the exception's bare
 * message (the path again, "null"), never a Java class.
 */
class UnreadableFilesTest {

  private static final ProgramHistory STANDARD = ProgramHistory.of(ProgramDocument.standard());
  private static final PortfolioReader READER = PortfolioReader.of(ProgramDocument.standard());
  private static final String PARTNERS = "id,name,type,joined\nP-1,Acme,RESELLER_VAR,2026-01-01\n";

  @TempDir
  Path folder;

  private static CsvProblem refusedOnce(ThrowingCallable read) {
    InvalidInputException e = catchThrowableOfType(read, InvalidInputException.class);
    assertThat(e).as("the read is refused").isNotNull();
    return assertThat(e.problems()).singleElement().actual();
  }

  private CsvProblem streamed() {
    return refusedOnce(() -> BookEvaluator.of(PortfolioEvaluator.standard()).evaluate(STANDARD, folder,
        LocalDate.of(2026, 12, 31), folder.resolve("out"), BookEvaluator.Listener.NONE));
  }

  @Test
  void aFolderNamedLikeATable_isAFolderNotAFile() throws IOException {
    Files.writeString(folder.resolve("partners.csv"), PARTNERS);
    Files.createDirectory(folder.resolve("deals.csv"));
    assertThat(refusedOnce(() -> READER.read(folder)).toString())
        .isEqualTo("deals.csv:1: is a folder, not a file");
  }

  @Test
  void aLinkToAMissingFile_doesNotExist() throws IOException {
    Files.writeString(folder.resolve("partners.csv"), PARTNERS);
    Files.createSymbolicLink(folder.resolve("deals.csv"), folder.resolve("gone.csv"));
    assertThat(refusedOnce(() -> READER.read(folder)).toString())
        .isEqualTo("deals.csv:1: does not exist (a link to a file that is missing, or a file moved away)");
    assertThat(streamed().toString())
        .isEqualTo("deals.csv:1: does not exist (a link to a file that is missing, or a file moved away)");
  }

  @Test
  void aMissingFolder_readAsAFolder_doesNotExist() {
    Path missing = folder.resolve("book");
    CsvProblem problem = refusedOnce(() -> READER.readCsvFolder(missing));
    assertThat(problem.file()).isEqualTo(missing.toString());
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.reason()).isEqualTo("does not exist (expected a folder of CSV files)");
  }

  @Test
  void aFileReadAsAFolder_isNotAFolder() throws IOException {
    Path file = Files.writeString(folder.resolve("book.txt"), "x");
    CsvProblem problem = refusedOnce(() -> READER.readCsvFolder(file));
    assertThat(problem.file()).isEqualTo(file.toString());
    assertThat(problem.reason()).isEqualTo("is not a folder (expected a folder of CSV files)");
  }
}
