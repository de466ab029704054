package dev.partneros.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the source file of a class and the public types under a package, through a class loader.
 * A class's source is, in this order: the {@code X.java} resource beside its class on the class
 * path; the module's {@code src/main/java} beside the {@code target/classes} folder or the
 * {@code target/*.jar} it was loaded from (a build of this repository); the {@code -sources.jar}
 * beside its jar (a Maven repository); the JDK's {@code lib/src.zip} for a JDK class.
 *
 * <p>Immutable and thread-safe (it reads files, and keeps nothing).
 */
final class DocSources {

  private final ClassLoader loader;

  private DocSources(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * Looks through a class loader.
   *
   * @param loader the loader of the classes whose sources are read, not null
   * @return never null
   */
  static DocSources of(ClassLoader loader) {
    return new DocSources(java.util.Objects.requireNonNull(loader, "loader"));
  }

  /**
   * Returns the loader.
   *
   * @return never null
   */
  ClassLoader loader() {
    return loader;
  }

  /**
   * Returns the source text of a top-level class.
   *
   * @param type a top-level class, not null
   * @return the file's text, or empty when no source is found
   */
  Optional<String> source(Class<?> type) {
    String file = type.getName().replace('.', '/') + ".java";
    ClassLoader own = type.getClassLoader();
    URL resource = (own == null ? loader : own).getResource(file);
    if (resource != null) {
      return read(resource);
    }
    CodeSource code = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return jdk(type, file);
    }
    return path(code.getLocation()).flatMap(location -> beside(location, file));
  }

  /** The source beside a build's classes or jar, or in the sources jar beside a jar. */
  private static Optional<String> beside(Path location, String file) {
    Path target = location.getParent();
    if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
        && target.getParent() != null) {
      Path source = target.getParent().resolve("src/main/java").resolve(file);
      if (Files.isRegularFile(source)) {
        return readFile(source);
      }
    }
    String name = location.getFileName() == null ? "" : location.getFileName().toString();
    if (name.endsWith(".jar")) {
      return entry(location.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar"), file);
    }
    return Optional.empty();
  }

  /** A JDK class's source in {@code lib/src.zip}, under its module's folder. */
  private static Optional<String> jdk(Class<?> type, String file) {
    String module = type.getModule().getName();
    Path zip = Path.of(System.getProperty("java.home"), "lib", "src.zip");
    return module == null ? Optional.empty() : entry(zip, module + "/" + file);
  }

  /**
   * Returns the qualified names of the public top-level classes under a package and its
   * subpackages, on the class path of the loader, {@code internal} packages left out.
   *
   * @param root a package such as {@code dev.partneros}
   * @return the names, sorted; never null
   */
  List<String> publicTypes(String root) {
    String folder = root.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    Enumeration<URL> roots;
    try {
      roots = loader.getResources(folder);
    } catch (IOException e) {
      return List.of();
    }
    for (URL url : Collections.list(roots)) {
      classFiles(url, folder).forEach(f -> names.add(f.substring(0, f.length() - ".class".length()).replace('/', '.')));
    }
    List<String> types = new ArrayList<>();
    for (String name : names) {
      if (name.contains("$") || name.contains(".internal.") || name.endsWith("package-info")
          || name.endsWith("module-info")) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          types.add(name);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // a class file the loader cannot define (another version's, a missing dependency): no doc
      }
    }
    return types;
  }

  /** The class files under a folder of a class path entry, as paths from the entry's root. */
  private static List<String> classFiles(URL url, String folder) {
    List<String> files = new ArrayList<>();
    String spec = url.toString();
    if (spec.startsWith("jar:file:") && spec.contains("!/")) {
      Optional<Path> jar = path(url(spec.substring(4, spec.indexOf("!/"))));
      if (jar.isPresent()) {
        try (ZipFile zip = new ZipFile(jar.get().toFile())) {
          zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(folder + "/") && n.endsWith(".class"))
              .forEach(files::add);
        } catch (IOException e) {
          // unreadable jar: nothing listed from it
        }
      }
    } else if (spec.startsWith("file:")) {
      Optional<Path> dir = path(url);
      if (dir.isPresent()) {
        Path base = dir.get();
        Path entryRoot = base;
        for (int i = 0; i < folder.split("/").length; i++) {
          entryRoot = entryRoot.getParent();
        }
        Path rootOfEntry = entryRoot;
        try (Stream<Path> walk = Files.walk(base)) {
          walk.filter(p -> p.toString().endsWith(".class"))
              .forEach(p -> files.add(rootOfEntry.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | RuntimeException e) {
          // unreadable folder: nothing listed from it
        }
      }
    }
    return files;
  }

  private static URL url(String spec) {
    try {
      return new URL(spec);
    } catch (java.net.MalformedURLException e) {
      return null;
    }
  }

  private static Optional<Path> path(URL url) {
    if (url == null || !"file".equals(url.getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> read(URL url) {
    try (InputStream in = url.openStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> readFile(Path file) {
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> entry(Path zipFile, String name) {
    if (!Files.isRegularFile(zipFile)) {
      return Optional.empty();
    }
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
