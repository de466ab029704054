package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@link DocSources} finds a class's source, on classes compiled here into a folder of their own,
 * loaded by a loader of their own: the source on the class path, in the {@code -sources.jar} beside
 * the class's jar, in {@code src/main/java} beside a {@code target} folder, or nowhere.
 */
class DocSourcesTest {

  private static final String SOURCE = """
      package p;

      /** A type, see {@link #twice(int)}. */
      public class A {
        /**
         * Doubles.
         *
         * @param n a number
         * @return {@code 2 * n}
         */
        public static int twice(int n) {
          return 2 * n;
        }
      }
      """;

  private static final String TWICE = """
      p.A.twice

      static int twice(int n)
        Doubles.
        @param n a number
        @return 2 * n
      """;

  @TempDir
  Path folder;

  @Test
  void source_onTheClassPath_isRead() throws Exception {
    Path classes = compile(folder.resolve("classes"));
    Files.writeString(classes.resolve("p/A.java"), SOURCE);
    try (URLClassLoader loader = loader(classes)) {
      DocLookup lookup = DocLookup.of(loader, 100);
      assertThat(lookup.doc(loader.loadClass("p.A"))).isEqualTo("public class p.A\n  A type, see twice(int).\n\n"
          + "  Members: twice\n");
      assertThat(lookup.doc("p.A.twice")).isEqualTo(TWICE);
    }
  }

  @Test
  void source_inTheSourcesJarBesideTheJar_isRead() throws Exception {
    Path classes = compile(folder.resolve("classes"));
    Path jar = folder.resolve("repository/a-1.0.jar");
    Files.createDirectories(jar.getParent());
    jar(jar, "p/A.class", Files.readAllBytes(classes.resolve("p/A.class")));
    jar(folder.resolve("repository/a-1.0-sources.jar"), "p/A.java", SOURCE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (URLClassLoader loader = loader(jar)) {
      assertThat(DocLookup.of(loader, 100).doc("p.A.twice")).isEqualTo(TWICE);
    }
  }

  @Test
  void source_inSrcMainJavaBesideTheTargetFolder_isRead() throws Exception {
    Path classes = compile(folder.resolve("module/target/classes"));
    Path source = folder.resolve("module/src/main/java/p/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE);
    try (URLClassLoader loader = loader(classes)) {
      assertThat(DocLookup.of(loader, 100).doc("p.A.twice")).isEqualTo(TWICE);
    }
  }

  @Test
  void source_nowhere_isSaid() throws Exception {
    Path classes = compile(folder.resolve("classes"));
    try (URLClassLoader loader = loader(classes)) {
      assertThat(DocSources.of(loader).source(loader.loadClass("p.A"))).isEmpty();
      assertThat(DocLookup.of(loader, 100).doc("p.A.twice"))
          .isEqualTo("p.A.twice\n  (no source of p.A found: looked on the class path, beside its classes or jar, and in the JDK's\n"
              + "  lib/src.zip)\n");
    }
  }

  @Test
  void publicTypes_listsThePublicTopLevelTypesOfAPackageOutsideInternal() throws Exception {
    List<String> types = DocSources.of(DocSourcesTest.class.getClassLoader()).publicTypes("dev.partneros.examples");
    assertThat(types).contains("dev.partneros.examples.Bench", "dev.partneros.examples.Demo")
        .doesNotContain("dev.partneros.examples.DocLookup", "dev.partneros.examples.DocSourcesTest")
        .allMatch(n -> !n.contains("$") && !n.contains(".internal."));
    assertThat(DocSources.of(DocSourcesTest.class.getClassLoader()).publicTypes("dev.partneros"))
        .contains("dev.partneros.core.Money", "dev.partneros.portfolio.PartnerResult")
        .noneMatch(n -> n.contains(".internal."));
  }

  /** Compiles the source into a folder (without the source). */
  private Path compile(Path classes) throws IOException {
    Path sources = folder.resolve("in/p/A.java");
    Files.createDirectories(sources.getParent());
    Files.writeString(sources, SOURCE);
    Files.createDirectories(classes);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), sources.toString());
    assertThat(status).isZero();
    return classes;
  }

  private static void jar(Path jar, String name, byte[] content) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
  }

  /** A loader of the class path entry alone (with the platform's classes, not the tests'). */
  private static URLClassLoader loader(Path entry) throws IOException {
    return new URLClassLoader(new URL[] {entry.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }
}
