package dev.partneros.core;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The API listing of a module ({@code docs/api.md#api-listing}): every public type of its exported
 * packages (top-level and nested) with its public and protected constructors, methods and fields,
 * one per line, sorted, so the committed {@code api/<module>.api} file changes exactly when the API
 * does. Each module's {@code ApiListingTest} compares the listing with its file; run with
 * {@value #UPDATE_PROPERTY}{@code =true} to rewrite the file instead.
 *
 * <p>Public methods a public type inherits from a non-public class (the setters of a generated
 * builder) are listed as the type's own: a user can call them.
 */
public final class ApiListing {

  /** The system property that rewrites the API files instead of comparing them. */
  public static final String UPDATE_PROPERTY = "partneros.api.update";

  private ApiListing() {}

  /**
   * Compares the listing of the module whose classes are in {@code target/classes} with its
   * committed {@code api/<module>.api}, or rewrites that file when {@value #UPDATE_PROPERTY} is
   * {@code true}.
   *
   * @param module the module's short name, such as {@code core}
   * @throws AssertionError naming the first lines that differ and how to update the file
   * @throws IOException if a file cannot be read or written
   */
  public static void check(String module) throws IOException {
    String listing = listing(Path.of("target", "classes"));
    Path file = Path.of("api", module + ".api");
    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"))) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, listing, StandardCharsets.UTF_8);
      return;
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!committed.equals(listing)) {
      throw new AssertionError(String.format(Locale.ROOT,
          "The public API of partneros-%s differs from %s:%n%s%nIf the change is intended, regenerate the file "
              + "(mvn -o -B -pl partneros-%s -am test -Dtest=ApiListingTest -Dsurefire.failIfNoSpecifiedTests=false "
              + "-D%s=true) and commit it; see docs/api.md.",
          module, file, difference(committed, listing), module, UPDATE_PROPERTY));
    }
  }

  /**
   * Lists the API of the exported packages of the module compiled in a class directory.
   *
   * @param classes the class directory holding {@code module-info.class}
   * @return one line per type or member, sorted, ending with a line break
   * @throws IOException if the module descriptor cannot be read
   */
  public static String listing(Path classes) throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    List<String> lines = new ArrayList<>();
    for (ModuleDescriptor.Exports export : new TreeSet<>(descriptor.exports())) {
      if (export.isQualified()) {
        continue;
      }
      Path dir = classes.resolve(export.source().replace('.', '/'));
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
            .map(n -> export.source() + "." + n.substring(0, n.length() - ".class".length()))
            .sorted().collect(Collectors.toList());
      }
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, ApiListing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name + " must be loadable, but was not found", e);
        }
        if (Modifier.isPublic(type.getModifiers())) {
          list(type, lines);
        }
      }
    }
    return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
  }

  private static String difference(String committed, String listing) {
    List<String> before = committed.lines().collect(Collectors.toList());
    List<String> after = listing.lines().collect(Collectors.toList());
    List<String> removed = before.stream().filter(l -> !after.contains(l)).limit(20).collect(Collectors.toList());
    List<String> added = after.stream().filter(l -> !before.contains(l)).limit(20).collect(Collectors.toList());
    StringBuilder text = new StringBuilder();
    removed.forEach(l -> text.append("- ").append(l).append(System.lineSeparator()));
    added.forEach(l -> text.append("+ ").append(l).append(System.lineSeparator()));
    if (removed.isEmpty() && added.isEmpty()) {
      text.append("(the same lines in another order)").append(System.lineSeparator());
    }
    return text.toString();
  }

  private static void list(Class<?> type, List<String> lines) {
    lines.add(header(type));
    TreeMap<String, String> members = new TreeMap<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c)) {
        String signature = simple(type) + "(" + types(c.getGenericParameterTypes()) + ")";
        members.put(" " + signature, modifiers(c.getModifiers()) + signature);
      }
    }
    List<Method> methods = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
    for (Class<?> s = type.getSuperclass(); s != null && !exported(s); s = s.getSuperclass()) {
      for (Method m : s.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())) {
          methods.add(m);
        }
      }
    }
    for (Method m : methods) {
      if (visible(m) && !m.isBridge()) {
        String signature = m.getName() + "(" + types(m.getGenericParameterTypes()) + ")";
        members.putIfAbsent(signature, modifiers(m.getModifiers() & ~Modifier.ABSTRACT) + typeParameters(m)
            + name(m.getGenericReturnType()) + " " + signature);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f)) {
        members.put(f.getName(), modifiers(f.getModifiers()) + name(f.getGenericType()) + " " + f.getName());
      }
    }
    members.values().forEach(m -> lines.add("  " + m));
    Class<?>[] nested = type.getDeclaredClasses();
    Arrays.sort(nested, (a, b) -> a.getName().compareTo(b.getName()));
    for (Class<?> n : nested) {
      if (Modifier.isPublic(n.getModifiers()) || Modifier.isProtected(n.getModifiers())) {
        list(n, lines);
      }
    }
  }

  private static String header(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    int mods = type.getModifiers() & ~Modifier.INTERFACE;
    if (type.isInterface() || type.isEnum()) {
      mods &= ~Modifier.ABSTRACT & ~Modifier.STATIC & ~Modifier.FINAL;
    }
    StringBuilder line = new StringBuilder(modifiers(mods)).append(kind).append(' ').append(name(type));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()
        && exported(type.getSuperclass())) {
      line.append(" extends ").append(name(superclass));
    }
    if (type.getGenericInterfaces().length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ").append(types(type.getGenericInterfaces()));
    }
    return line.toString();
  }

  /** Whether a class and every class around it are public, so a caller can name it. */
  private static boolean exported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static String typeParameters(Method method) {
    TypeVariable<Method>[] variables = method.getTypeParameters();
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(v -> {
      List<Type> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).collect(Collectors.toList());
      return bounds.isEmpty() ? v.getName()
          : v.getName() + " extends " + bounds.stream().map(ApiListing::name).collect(Collectors.joining(" & "));
    }).collect(Collectors.joining(", ", "<", "> "));
  }

  private static boolean visible(Member member) {
    int mods = member.getModifiers();
    return (Modifier.isPublic(mods) || Modifier.isProtected(mods)) && !member.isSynthetic();
  }

  private static String modifiers(int mods) {
    String text = Modifier.toString(mods & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String simple(Class<?> type) {
    return type.getSimpleName();
  }

  private static String types(Type[] types) {
    return Arrays.stream(types).map(ApiListing::name).collect(Collectors.joining(", "));
  }

  private static String name(Type type) {
    return type.getTypeName().replace('$', '.');
  }
}
