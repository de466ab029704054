package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import dev.partneros.portfolio.PortfolioEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every output file of an evaluation: the text report ({@code report.txt}), the HTML report
 * ({@code report.html}), the JSON ({@code evaluation.json}) and the CSV files of {@link CsvReport}.
 * Rendering is pure; {@link #write(Map, Path)} is the only place that touches the file system.
 *
 * <p>Stateless; thread-safe.
 */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Renders every output file.
   *
   * @param evaluation the evaluation, not null
   * @return the files' contents by name, in a fixed order, never null
   */
  public static Map<String, String> render(PortfolioEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.txt", TextReport.render(evaluation));
    files.put("report.html", HtmlReport.render(evaluation));
    files.put("evaluation.json", JsonReport.render(evaluation));
    files.putAll(CsvReport.render(evaluation));
    return files;
  }

  /**
   * Writes rendered files into a folder, creating it if needed and replacing files of the same
   * names (UTF-8).
   *
   * @param files the files by name, not null
   * @param folder the folder, not null
   * @return the paths written, in order, never null
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Map<String, String> files, Path folder) throws IOException {
    requireNonNull(files, "files");
    requireNonNull(folder, "folder");
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }
}
