package dev.partneros.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code --version} text: PartnerOS's version, written by Maven into the resource
 * {@code version.properties} when the module is built, else the jar manifest's
 * {@code Implementation-Version}, and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {

  static final String UNKNOWN = "unknown (not built by Maven)";

  @Override
  public String[] getVersion() {
    return new String[] {"partneros " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }

  /** Returns the version of this build: never hard-coded, never null. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall back to the manifest
    }
    String manifest = VersionProvider.class.getPackage().getImplementationVersion();
    return manifest == null ? UNKNOWN : manifest;
  }
}
