package dev.partneros.examples;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.SystemPropertyTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.doctree.ValueTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a Javadoc comment as plain text for a terminal: HTML tags dropped ({@code <p>} and
 * {@code <li>} start a paragraph or a list item, {@code <pre>} keeps its lines), {@code {@code x}}
 * and {@code {@literal x}} as {@code x}, {@code {@link A#b(C)}} as {@code A.b(C)} (or its label),
 * entities decoded, and the block tags as short lines: {@code @param name ...}, {@code @return ...},
 * {@code @throws X ...}, {@code @see A.b}, {@code @deprecated ...}. Paragraphs are wrapped at a width.
 *
 * <p>Immutable and thread-safe.
 */
final class DocText {

  private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
      "apos", "'", "nbsp", " ", "mdash", "-", "ndash", "-", "rarr", "->", "hellip", "...");

  /** Block tags a reader of the session does not need. */
  private static final List<String> SKIPPED = List.of("author", "serial", "serialData", "serialField", "version",
      "hidden", "apiNote", "implNote", "implSpec");

  /** The HTML elements that separate text: a space where they stand (the others, such as b or a, none). */
  private static final List<String> BREAKING = List.of("p", "br", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td",
      "th", "pre", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr");

  private final int width;

  private DocText(int width) {
    this.width = width;
  }

  /**
   * Returns a renderer wrapping at a width.
   *
   * @param width the most characters a wrapped line holds, at least 20
   * @return never null
   */
  static DocText wrappingAt(int width) {
    if (width < 20) {
      throw new IllegalArgumentException("width must be at least 20, but was " + width);
    }
    return new DocText(width);
  }

  /**
   * Renders a comment: its body's paragraphs, a blank line between two (not between two list
   * items), then one line (wrapped) per block tag kept.
   *
   * @param comment the parsed comment, not null
   * @param indent the spaces before every line
   * @return the lines, each ending with a line break; empty for an empty comment
   */
  String render(DocCommentTree comment, String indent) {
    StringBuilder out = new StringBuilder();
    Blocks blocks = new Blocks();
    comment.getFullBody().forEach(blocks::add);
    blocks.flush();
    Block previous = null;
    for (Block block : blocks.done) {
      if (previous != null && !(previous.item && block.item)) {
        out.append('\n');
      }
      previous = block;
      if (block.pre) {
        block.text.lines().forEach(line -> out.append(indent).append(line).append('\n'));
      } else {
        wrap(out, indent, block.item ? "- " : "", block.item ? "  " : "", block.text);
      }
    }
    for (DocTree tag : comment.getBlockTags()) {
      String line = blockTag(tag);
      if (!line.isEmpty()) {
        wrap(out, indent, "", "    ", line);
      }
    }
    return out.toString();
  }

  /**
   * Renders plain text as one wrapped paragraph.
   *
   * @param content the text, its white space collapsed
   * @param indent the spaces before every line
   * @return the lines, each ending with a line break; empty for blank text
   */
  String paragraph(String content, String indent) {
    StringBuilder out = new StringBuilder();
    wrap(out, indent, "", "", collapse(content));
    return out.toString();
  }

  /**
   * Renders inline content (a tag's description) as one line of text, HTML dropped, spaces collapsed.
   *
   * @param trees the content, not null
   * @return never null
   */
  static String inline(List<? extends DocTree> trees) {
    StringBuilder text = new StringBuilder();
    for (DocTree tree : trees) {
      text.append(inline(tree));
    }
    return collapse(text.toString());
  }

  /** The text of one inline tree; HTML elements are the caller's. */
  private static String inline(DocTree tree) {
    switch (tree.getKind()) {
      case TEXT:
        return ((TextTree) tree).getBody();
      case ENTITY: {
        String name = ((EntityTree) tree).getName().toString();
        if (name.startsWith("#")) {
          try {
            int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
            return new String(Character.toChars(code));
          } catch (IllegalArgumentException e) {
            return "&" + name + ";";
          }
        }
        return ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), "&" + name + ";");
      }
      case CODE:
      case LITERAL:
        return ((LiteralTree) tree).getBody().getBody();
      case LINK:
      case LINK_PLAIN: {
        LinkTree link = (LinkTree) tree;
        String label = inline(link.getLabel());
        return label.isEmpty() ? reference(link.getReference().getSignature()) : label;
      }
      case VALUE: {
        ValueTree value = (ValueTree) tree;
        return value.getReference() == null ? "" : reference(value.getReference().getSignature());
      }
      case INDEX:
        return inline(((IndexTree) tree).getSearchTerm());
      case SUMMARY:
        return inline(((SummaryTree) tree).getSummary());
      case SYSTEM_PROPERTY:
        return ((SystemPropertyTree) tree).getPropertyName().toString();
      case INHERIT_DOC:
        return "(the overridden method's documentation)";
      case DOC_ROOT:
        return "";
      case START_ELEMENT:
        return BREAKING.contains(((StartElementTree) tree).getName().toString().toLowerCase(Locale.ROOT)) ? " " : "";
      case END_ELEMENT:
        return BREAKING.contains(((EndElementTree) tree).getName().toString().toLowerCase(Locale.ROOT)) ? " " : "";
      default:
        // erroneous text, unknown inline tags and kinds newer than Java 17: their source text
        return tree.toString();
    }
  }

  /** A reference as Java reads it: {@code A#b(C)} as {@code A.b(C)}, {@code #b} as {@code b}. */
  static String reference(String signature) {
    String s = signature.strip();
    return s.startsWith("#") ? s.substring(1) : s.replace('#', '.');
  }

  /** One block tag as a line, or empty for a tag not shown. */
  private static String blockTag(DocTree tag) {
    switch (tag.getKind()) {
      case PARAM: {
        ParamTree param = (ParamTree) tag;
        String name = param.getName().getName().toString();
        return "@param " + (param.isTypeParameter() ? "<" + name + ">" : name) + " " + inline(param.getDescription());
      }
      case RETURN:
        return "@return " + inline(((ReturnTree) tag).getDescription());
      case THROWS:
      case EXCEPTION: {
        ThrowsTree thrown = (ThrowsTree) tag;
        return "@throws " + reference(thrown.getExceptionName().getSignature()) + " " + inline(thrown.getDescription());
      }
      case SEE: {
        List<? extends DocTree> refs = ((SeeTree) tag).getReference();
        String text = refs.stream().map(r -> r.getKind() == DocTree.Kind.REFERENCE
            ? reference(((com.sun.source.doctree.ReferenceTree) r).getSignature()) : inline(List.of(r)))
            .collect(Collectors.joining(" "));
        return "@see " + collapse(text);
      }
      case DEPRECATED:
        return "@deprecated " + inline(((com.sun.source.doctree.DeprecatedTree) tag).getBody());
      case SINCE:
        return "@since " + inline(((com.sun.source.doctree.SinceTree) tag).getBody());
      default: {
        String source = collapse(tag.toString());
        String name = source.startsWith("@") ? source.substring(1).split(" ", 2)[0] : "";
        return SKIPPED.contains(name) ? "" : source;
      }
    }
  }

  /** Appends text wrapped at the width: the first line after {@code first}, the others after {@code next}. */
  private void wrap(StringBuilder out, String indent, String first, String next, String text) {
    String prefix = indent + first;
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line = new StringBuilder(indent + next);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    if (!empty) {
      out.append(line).append('\n');
    }
  }

  /** Runs of white space as one space, stripped. */
  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** One paragraph, list item or preformatted block of the body. */
  private static final class Block {
    final String text;
    final boolean item;
    final boolean pre;

    Block(String text, boolean item, boolean pre) {
      this.text = text;
      this.item = item;
      this.pre = pre;
    }
  }

  /** Cuts a body into blocks at the HTML elements that start one. */
  private static final class Blocks {
    final List<Block> done = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean item;
    boolean pre;

    void add(DocTree tree) {
      if (tree.getKind() == DocTree.Kind.START_ELEMENT) {
        String name = ((StartElementTree) tree).getName().toString().toLowerCase(Locale.ROOT);
        switch (name) {
          case "p", "ul", "ol", "dl", "table", "tr", "br", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div" -> flush();
          case "li", "dt", "dd" -> {
            flush();
            item = true;
          }
          case "pre" -> {
            flush();
            pre = true;
          }
          default -> current.append(pre ? "" : inline(tree));
        }
      } else if (tree.getKind() == DocTree.Kind.END_ELEMENT) {
        String name = ((EndElementTree) tree).getName().toString().toLowerCase(Locale.ROOT);
        switch (name) {
          case "p", "ul", "ol", "dl", "table", "tr", "li", "dt", "dd", "pre", "blockquote", "div" -> flush();
          default -> current.append(pre ? "" : inline(tree));
        }
      } else {
        current.append(inline(tree));
      }
    }

    void flush() {
      if (pre) {
        String text = dedent(current.toString());
        if (!text.isBlank()) {
          done.add(new Block(text, false, true));
        }
      } else {
        String text = collapse(current.toString());
        if (!text.isEmpty()) {
          done.add(new Block(text, item, false));
        }
      }
      current = new StringBuilder();
      item = false;
      pre = false;
    }

    /** The lines without their blank first and last lines and their common indentation. */
    private static String dedent(String text) {
      List<String> lines = new ArrayList<>(text.stripTrailing().lines().toList());
      while (!lines.isEmpty() && lines.get(0).isBlank()) {
        lines.remove(0);
      }
      int common = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
          .min().orElse(0);
      return lines.stream().map(l -> l.isBlank() ? "" : l.substring(common)).collect(Collectors.joining("\n"));
    }
  }
}
