package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

class DocTextTest {

  private static final DocText TEXT = DocText.wrappingAt(60);

  @Test
  void render_dropsHtmlAndRendersInlineTagsAsJavaReadsThem() {
    String rendered = TEXT.render(methodComment("""
        /**
         * Returns the {@code Money} of a {@link Deal#amount() deal}, see {@link Money#of(String, String)}
         * and {@link #other}; {@literal a<b} &lt;= c &amp; d&#33; <b>bold</b> <a href="x">link</a>.
         *
         * <p>Second paragraph.
         * <ul>
         *   <li>one
         *   <li>two
         * </ul>
         */
        """), "  ");
    assertThat(rendered).isEqualTo("""
          Returns the Money of a deal, see Money.of(String, String)
          and other; a<b <= c & d! bold link.

          Second paragraph.

          - one
          - two
        """);
  }

  @Test
  void render_writesTheBlockTagsAsShortLinesAndSkipsTheAuthor() {
    String rendered = TEXT.render(methodComment("""
        /**
         * Pays.
         *
         * @param amount the amount, not {@code null}
         * @param <T> the kind
         * @return the payment, {@link Payment#NONE} when nothing is due
         * @throws dev.partneros.core.InvalidFactsException if the amount is negative
         * @see Money#plus(Money)
         * @author someone
         * @deprecated use {@link #payNow}
         */
        """), "");
    assertThat(rendered).isEqualTo("""
        Pays.
        @param amount the amount, not null
        @param <T> the kind
        @return the payment, Payment.NONE when nothing is due
        @throws dev.partneros.core.InvalidFactsException if the
            amount is negative
        @see Money.plus(Money)
        @deprecated use payNow
        """);
  }

  @Test
  void render_keepsPreformattedLinesWithoutTheirCommonIndentation() {
    String rendered = TEXT.render(methodComment("""
        /**
         * For instance:
         * <pre>{@code
         *   Money a = usd("1");
         *     a.plus(a);
         * }</pre>
         * Done.
         */
        """), "  ");
    assertThat(rendered).isEqualTo("""
          For instance:

          Money a = usd("1");
            a.plus(a);

          Done.
        """);
  }

  @Test
  void paragraph_wrapsAtTheWidthWithTheIndent() {
    assertThat(DocText.wrappingAt(20).paragraph("aaaa bbbb cccc dddd eeee   ffff", "  "))
        .isEqualTo("  aaaa bbbb cccc\n  dddd eeee ffff\n");
    assertThat(DocText.wrappingAt(20).paragraph("   ", "  ")).isEmpty();
    // a word longer than the width stays whole on a line of its own
    assertThat(DocText.wrappingAt(20).paragraph("a " + "x".repeat(25) + " b", ""))
        .isEqualTo("a\n" + "x".repeat(25) + "\nb\n");
  }

  @Test
  void wrappingAt_refusesAWidthBelowTwenty() {
    assertThatThrownBy(() -> DocText.wrappingAt(19)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be at least 20, but was 19");
  }

  @Test
  void reference_readsAsJava() {
    assertThat(DocText.reference("Bench#whatIf(ProgramDocument)")).isEqualTo("Bench.whatIf(ProgramDocument)");
    assertThat(DocText.reference("#baseline()")).isEqualTo("baseline()");
    assertThat(DocText.reference("dev.partneros.core.Money")).isEqualTo("dev.partneros.core.Money");
  }

  /** The comment of the one method of a class whose method carries the comment given. */
  private static DocCommentTree methodComment(String comment) {
    String code = "class A {\n" + comment + "  void m() {}\n}\n";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///A.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
    JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, d -> { }, List.of(), null,
        List.of(file));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      MethodTree method = (MethodTree) ((ClassTree) unit.getTypeDecls().get(0)).getMembers().get(0);
      return DocTrees.instance(task).getDocCommentTree(TreePath.getPath(unit, method));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
