package dev.partneros.examples;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import dev.partneros.core.internal.Suggestions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Javadoc of a type or of a member, as plain text ({@link DocText}), read from its source
 * ({@link DocSources}) with the JDK's compiler tree API: what {@code doc(...)} prints in the
 * analyst's session. A name is a type ({@code PartnerResult}, {@code dev.partneros.portfolio.PartnerResult},
 * {@code PortfolioDiff.PartnerChange}), a member of one ({@code PartnerResult.card},
 * {@code Bench#whatIf}, every overload shown), or a name the session declares ({@code whatIf},
 * {@code partner}, {@code usd}: the {@link Bench} methods behind them). A name that names nothing
 * gets the nearest names.
 *
 * <p>Immutable and thread-safe.
 */
final class DocLookup {

  /** The package whose public types a simple name may name. */
  private static final String ROOT = "dev.partneros";

  /** The session's names that are not a Bench method of the same name, and what they are. */
  private static final Map<String, String> SESSION = Map.of("sample", "Bench.baseline", "program",
      "ProgramDocument.standard", "bench", "Bench");

  private final DocSources sources;
  private final DocText text;

  private DocLookup(DocSources sources, DocText text) {
    this.sources = sources;
    this.text = text;
  }

  /**
   * Looks up names among the classes of a loader.
   *
   * @param loader the loader, not null
   * @param width the most characters of a wrapped line
   * @return never null
   */
  static DocLookup of(ClassLoader loader, int width) {
    return new DocLookup(DocSources.of(loader), DocText.wrappingAt(width));
  }

  /**
   * Returns the Javadoc of a type.
   *
   * @param type the type, not null
   * @return the text, ending with a line break; never null
   */
  String doc(Class<?> type) {
    return typeDoc(type);
  }

  /**
   * Returns the Javadoc a name names, or why it names nothing with the nearest names.
   *
   * @param name a type, {@code Type.member}, {@code Type#member} or a session's name, not null
   * @return the text, ending with a line break; never null
   */
  String doc(String name) {
    String written = name.strip().replace('#', '.').replaceAll("\\(.*\\)$", "");
    if (written.isEmpty() || !written.matches("[\\w$]+(\\.[\\w$]+)*")) {
      return "doc(...) takes a type or a method, such as doc(\"PartnerResult\"), doc(\"PartnerResult.card\") or "
          + "doc(\"whatIf\"), not \"" + name + "\"\n";
    }
    List<String> parts = List.of(written.split("\\."));
    Map<String, List<String>> simpleNames = simpleNames();
    for (int k = parts.size(); k >= 1; k--) {
      List<Class<?>> types = types(parts.subList(0, k), simpleNames);
      if (types.isEmpty()) {
        continue;
      }
      List<String> rest = parts.subList(k, parts.size());
      if (rest.size() > 1) {
        return unknown(written, members(types.get(0)), types.get(0).getSimpleName() + ".");
      }
      return types.stream().map(t -> rest.isEmpty() ? typeDoc(t) : memberDoc(t, rest.get(0), ""))
          .collect(Collectors.joining("\n"));
    }
    if (parts.size() == 1) {
      String session = SESSION.get(written);
      if (session != null) {
        return written + " in the session is " + session + "\n\n" + doc(session);
      }
      if (members(Bench.class).contains(written)) {
        return memberDoc(Bench.class, written, written + " in the session is ");
      }
    }
    Set<String> known = new LinkedHashSet<>(simpleNames.keySet());
    known.addAll(members(Bench.class));
    known.addAll(SESSION.keySet());
    return unknown(written, known, "");
  }

  /** The types a list of names names: a top-level type (simple or qualified), then nested ones. */
  private List<Class<?>> types(List<String> names, Map<String, List<String>> simpleNames) {
    List<Class<?>> found = new ArrayList<>();
    for (int i = names.size(); i >= 1 && found.isEmpty(); i--) {
      List<Class<?>> tops = new ArrayList<>();
      if (i == 1) {
        simpleNames.getOrDefault(names.get(0), List.of()).forEach(n -> load(n).ifPresent(tops::add));
        if (tops.isEmpty()) {
          load("java.lang." + names.get(0)).ifPresent(tops::add);
        }
      } else {
        load(String.join(".", names.subList(0, i))).ifPresent(tops::add);
      }
      for (Class<?> top : tops) {
        Optional<Class<?>> type = Optional.of(top);
        for (String nested : names.subList(i, names.size())) {
          type = type.flatMap(t -> load(t.getName() + "$" + nested));
        }
        type.ifPresent(found::add);
      }
    }
    return found;
  }

  /** The public top-level types under the root package, by simple name. */
  private Map<String, List<String>> simpleNames() {
    return sources.publicTypes(ROOT).stream().collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1),
        java.util.TreeMap::new, Collectors.toList()));
  }

  private Optional<Class<?>> load(String name) {
    try {
      return Optional.of(Class.forName(name, false, sources.loader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The names of a type's public methods, fields and nested types, and its record components. */
  static Set<String> members(Class<?> type) {
    Set<String> names = new java.util.TreeSet<>();
    Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic())
        .map(Method::getName).forEach(names::add);
    Arrays.stream(type.getFields()).map(f -> f.getName()).forEach(names::add);
    Arrays.stream(type.getClasses()).map(Class::getSimpleName).forEach(names::add);
    if (type.isRecord()) {
      Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
    }
    return names;
  }

  /** Why a name names nothing, with the nearest of the known names (each after {@code prefix}). */
  private String unknown(String written, Set<String> known, String prefix) {
    String last = prefix.isEmpty() ? written : written.substring(written.lastIndexOf('.') + 1);
    List<String> near = known.stream().filter(k -> Suggestions.distance(last, k) <= Suggestions.cutOff(last.length()))
        .sorted(Comparator.comparingInt(k -> Suggestions.distance(last, k))).limit(5).map(k -> prefix + k).toList();
    String what = prefix.isEmpty() ? "no PartnerOS type or session name " : "no member ";
    return text.paragraph(what + written + (near.isEmpty()
        ? prefix.isEmpty() ? "; help() lists the session's names, doc(\"Bench\") the bench's methods"
            : "; " + prefix.substring(0, prefix.length() - 1) + " has: " + String.join(", ", known)
        : "; did you mean " + String.join(", ", near) + "?"), "");
  }

  /** A type's header, its Javadoc and its members' names. */
  private String typeDoc(Class<?> type) {
    StringBuilder out = new StringBuilder();
    out.append(kind(type)).append(' ').append(type.getName().replace('$', '.')).append('\n');
    Optional<Parsed> parsed = parse(type);
    if (parsed.isEmpty()) {
      return out.append(noSource(type)).toString();
    }
    parsed.get().comment(parsed.get().type).ifPresent(c -> out.append(text.render(c, "  ")));
    Set<String> members = members(type);
    if (!members.isEmpty()) {
      out.append('\n').append(text.paragraph("Members: " + String.join(", ", members), "  "));
    }
    return out.toString();
  }

  /** The Javadoc of every member of a type with a name, each after its signature. */
  private String memberDoc(Class<?> type, String member, String header) {
    Optional<Parsed> parsed = parse(type);
    String qualified = type.getName().replace('$', '.') + "." + member;
    if (parsed.isEmpty()) {
      return header + qualified + "\n" + noSource(type);
    }
    List<String> entries = new ArrayList<>();
    for (Tree tree : parsed.get().type.getMembers()) {
      if (tree instanceof MethodTree m && isPublic(parsed.get().type, m.getModifiers().getFlags())
          && (m.getName().contentEquals(member) || m.getName().contentEquals("<init>") && member.equals(type.getSimpleName()))) {
        entries.add(signature(m, type.getSimpleName()) + "\n" + parsed.get().render(m, text));
      } else if (tree instanceof VariableTree v && v.getName().contentEquals(member)
          && isPublic(parsed.get().type, v.getModifiers().getFlags())) {
        String prefix = v.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC) ? "static " : "";
        entries.add(prefix + v.getType() + " " + v.getName() + "\n" + parsed.get().render(v, text));
      }
    }
    if (entries.isEmpty() && type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getName().equals(member)) {
          String about = parsed.get().comment(parsed.get().type).flatMap(c -> c.getBlockTags().stream()
              .filter(t -> t instanceof ParamTree p && p.getName().getName().contentEquals(member))
              .map(t -> DocText.inline(((ParamTree) t).getDescription())).findFirst()).orElse("");
          entries.add(simple(component.getGenericType().getTypeName()) + " " + member + "()\n"
              + text.paragraph(about + " (a component of the record " + type.getSimpleName() + ")", "  "));
        }
      }
    }
    if (entries.isEmpty()) {
      List<Class<?>> supers = new ArrayList<>();
      Optional.ofNullable(type.getSuperclass()).filter(s -> s != Object.class).ifPresent(supers::add);
      supers.addAll(List.of(type.getInterfaces()));
      for (Class<?> s : supers) {
        if (members(s).contains(member)) {
          return memberDoc(s, member, header + qualified + " is inherited from " + s.getSimpleName() + "\n\n");
        }
      }
      return header + unknown(type.getSimpleName() + "." + member, members(type), type.getSimpleName() + ".");
    }
    String count = entries.size() > 1 ? ": " + entries.size() + " overloads" : "";
    return header + qualified + count + "\n\n" + String.join("\n", entries);
  }

  private String noSource(Class<?> type) {
    return text.paragraph("(no source of " + type.getName() + " found: looked on the class path, beside its classes or"
        + " jar, and in the JDK's lib/src.zip)", "  ");
  }

  private static String kind(Class<?> type) {
    String modifiers = Modifier.toString(type.getModifiers() & (Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.FINAL
        | Modifier.STATIC));
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      modifiers = modifiers.replace("abstract", "").replace("final", "").replace("static", "").strip();
    }
    return (modifiers + " " + kind).strip().replaceAll(" +", " ");
  }

  /** Whether a member is part of the API: public, or not private in an interface. */
  private static boolean isPublic(ClassTree owner, Set<javax.lang.model.element.Modifier> flags) {
    boolean inInterface = owner.getKind() == Tree.Kind.INTERFACE || owner.getKind() == Tree.Kind.ANNOTATION_TYPE;
    return flags.contains(javax.lang.model.element.Modifier.PUBLIC)
        || flags.contains(javax.lang.model.element.Modifier.PROTECTED)
        || inInterface && !flags.contains(javax.lang.model.element.Modifier.PRIVATE);
  }

  /** A method's signature as written: {@code static <T> Type name(A a, B... b) throws X}. */
  static String signature(MethodTree method, String typeName) {
    StringBuilder s = new StringBuilder();
    if (method.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC)) {
      s.append("static ");
    }
    if (!method.getTypeParameters().isEmpty()) {
      s.append('<').append(method.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")))
          .append("> ");
    }
    boolean constructor = method.getName().contentEquals("<init>");
    s.append(constructor ? typeName : method.getReturnType() + " " + method.getName()).append('(')
        .append(method.getParameters().stream().map(p -> p.toString().replaceFirst("^final ", ""))
            .collect(Collectors.joining(", "))).append(')');
    if (!method.getThrows().isEmpty()) {
      s.append(" throws ").append(method.getThrows().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  /** A reflected type name with its packages left out: {@code List<TimelineEntry>}. */
  static String simple(String typeName) {
    return typeName.replaceAll("\\b[a-z_][\\w]*\\.", "").replace('$', '.');
  }

  /** A type's source parsed, the type's class tree found in it. */
  private Optional<Parsed> parse(Class<?> type) {
    Class<?> top = type;
    List<String> nesting = new ArrayList<>();
    while (top.getEnclosingClass() != null) {
      nesting.add(0, top.getSimpleName());
      top = top.getEnclosingClass();
    }
    Optional<String> source = sources.source(top);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    URI uri = URI.create("string:///" + top.getName().replace('.', '/') + ".java");
    String code = source.get();
    SimpleJavaFileObject file = new SimpleJavaFileObject(uri, javax.tools.JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
    JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null,
        List.of(file));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      DocTrees trees = DocTrees.instance(task);
      ClassTree found = unit.getTypeDecls().stream().filter(t -> t instanceof ClassTree c
          && c.getSimpleName().contentEquals(type.getName().substring(type.getName().lastIndexOf('.') + 1).split("\\$")[0]))
          .map(ClassTree.class::cast).findFirst().orElse(null);
      for (String name : nesting) {
        found = found == null ? null : found.getMembers().stream()
            .filter(t -> t instanceof ClassTree c && c.getSimpleName().contentEquals(name)).map(ClassTree.class::cast)
            .findFirst().orElse(null);
      }
      return found == null ? Optional.empty() : Optional.of(new Parsed(unit, trees, found));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A parsed source file and the class tree of the type looked up. */
  private static final class Parsed {
    final CompilationUnitTree unit;
    final DocTrees trees;
    final ClassTree type;

    Parsed(CompilationUnitTree unit, DocTrees trees, ClassTree type) {
      this.unit = unit;
      this.trees = trees;
      this.type = type;
    }

    Optional<DocCommentTree> comment(Tree tree) {
      TreePath path = TreePath.getPath(unit, tree);
      return path == null ? Optional.empty() : Optional.ofNullable(trees.getDocCommentTree(path));
    }

    /** A member's rendered Javadoc, or a line saying it has none. */
    String render(Tree member, DocText text) {
      return comment(member).map(c -> text.render(c, "  ")).filter(s -> !s.isEmpty()).orElse("  (no Javadoc)\n");
    }
  }
}
