package dev.partneros.portfolio.report;

/**
 * The one inline script of the HTML reports: a click on (or Enter in) a table's header cell sorts
 * the table's rows by that column, ascending, then descending on the next click. Numbers (with
 * grouping commas, a currency code or a percent sign after them, or a {@code data-value}) sort by
 * value, other texts alphabetically; empty cells go last; rows holding header cells (total rows) stay
 * at the end. Without scripts the page reads the same, in its written order; the script loads
 * nothing and writes nothing but the order of rows and the header's {@code aria-sort}.
 *
 * <p>The text has no {@code <} and no {@code &}, so the page stays well-formed XML without a CDATA
 * section.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlSort {

  /** The style of sortable headers: a pointer, and an arrow on the sorted one. */
  static final String STYLE = "th.sortable{cursor:pointer}th[aria-sort=ascending]::after{content:\" \\25B2\"}"
      + "th[aria-sort=descending]::after{content:\" \\25BC\"}";

  /** The script, in a {@code <script>} element. */
  static final String SCRIPT = String.join("\n",
      "<script>",
      "(function () {",
      "  'use strict';",
      "  var NUMBER = /^(-?[0-9][0-9,]*(\\.[0-9]+)?)( [A-Z]{3}| %)?$/;",
      "  function key(cell) {",
      "    if (!cell) { return {number: false, value: ''}; }",
      "    var value = cell.getAttribute('data-value');",
      "    var text = value === null ? cell.textContent.trim() : value;",
      "    var m = NUMBER.exec(text);",
      "    return m ? {number: true, value: parseFloat(m[1].replace(/,/g, ''))} : {number: false, value: text};",
      "  }",
      "  function compare(x, y) {",
      "    if (x.number) { return y.number ? x.value - y.value : -1; }",
      "    return y.number ? 1 : x.value.localeCompare(y.value);",
      "  }",
      "  function sort(table, header, column) {",
      "    var rows = Array.prototype.slice.call(table.rows, 1);",
      "    var body = rows.filter(function (r) { return r.querySelector('th') === null; });",
      "    var tail = rows.filter(function (r) { return r.querySelector('th') !== null; });",
      "    if (body.length === 0) { return; }",
      "    var th = header.cells[column];",
      "    var descending = th.getAttribute('aria-sort') === 'ascending';",
      "    var keys = body.map(function (r) { return key(r.cells[column]); });",
      "    var order = body.map(function (r, i) { return i; });",
      "    order.sort(function (a, b) {",
      "      var x = keys[a], y = keys[b];",
      "      var empty = (x.value === '' ? 1 : 0) - (y.value === '' ? 1 : 0);",
      "      if (empty !== 0) { return empty; }",
      "      var c = compare(x, y);",
      "      return c !== 0 ? (descending ? -c : c) : a - b;",
      "    });",
      "    order.forEach(function (i) { body[i].parentNode.appendChild(body[i]); });",
      "    tail.forEach(function (r) { r.parentNode.appendChild(r); });",
      "    Array.prototype.forEach.call(header.cells, function (c) { c.removeAttribute('aria-sort'); });",
      "    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');",
      "  }",
      "  Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {",
      "    var header = table.rows[0];",
      "    if (!header || header.querySelector('td') !== null || !(table.rows.length > 2)) { return; }",
      "    Array.prototype.forEach.call(header.cells, function (th, column) {",
      "      th.classList.add('sortable');",
      "      th.setAttribute('tabindex', '0');",
      "      th.setAttribute('title', 'Sort by this column');",
      "      th.addEventListener('click', function () { sort(table, header, column); });",
      "      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(table, header, column); } });",
      "    });",
      "  });",
      "})();",
      "</script>") + "\n";

  private HtmlSort() {}
}
