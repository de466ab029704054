// The layout checks of the browser test (docs/browser-check.md#what-it-checks), run in the page by
// ChromiumChecks: one expression whose value is a JSON text.
//
// labels   every SVG <text> and every visible HTML text inside a figure or a .legend
// overlaps two labels whose boxes (rotated boxes for rotated SVG text) intersect by more than
//          TOLERANCE pixels in every direction; or two SVG texts on one line (parallel, sharing more
//          than half their height) less than MIN_GAP pixels apart, which read as one
//          ("2026-03-312026-06-30"): then depth is minus the gap
// clipped  an SVG <text> whose box leaves its <svg>'s box by more than TOLERANCE pixels
// uncovered a chart mark's colour (rect, circle, ellipse, polygon, polyline, path: its fill, or its
//          stroke when it has no fill; with its opacity, as seen on white) that no legend of the
//          chart's figure (else section) shows; legend colours are the fills and strokes of SVG
//          shapes, the backgrounds and borders of HTML elements inside a .legend, and also the text
//          colour of an element with class "swatch". Marks inside a .legend, in <defs> and the like,
//          or marked data-decor, and white marks, are not checked.
// totals   every element with data-total: its name, data-value and text
// sections every <section id>: its box in page coordinates (for the screenshots)
(() => {
  const TOLERANCE = 1;
  const MIN_GAP = 2;
  const NOT_DRAWN = 'defs, clipPath, mask, marker, pattern, symbol, title, desc, metadata';

  const shown = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) {
        return false;
      }
    }
    return true;
  };
  const drawn = (el) => !el.closest(NOT_DRAWN) && shown(el);
  const sectionOf = (el) => {
    const s = el.closest('section[id]');
    return s ? s.id : '';
  };
  const short = (text) => {
    const t = (text || '').replace(/\s+/g, ' ').trim();
    return t.length > 60 ? t.slice(0, 57) + '...' : t;
  };

  // A box as four corners in window coordinates.
  const rectQuad = (r) => [[r.left, r.top], [r.right, r.top], [r.right, r.bottom], [r.left, r.bottom]];
  const svgQuad = (el) => {
    const b = el.getBBox();
    const m = el.getScreenCTM();
    return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
      .map(([x, y]) => {
        const p = new DOMPoint(x, y).matrixTransform(m);
        return [p.x, p.y];
      });
  };
  const bounds = (q) => ({
    left: Math.min(...q.map((p) => p[0])), right: Math.max(...q.map((p) => p[0])),
    top: Math.min(...q.map((p) => p[1])), bottom: Math.max(...q.map((p) => p[1])),
  });
  // Separating axes of two convex quads: the smallest overlap of their projections on any edge normal.
  const depth = (a, b) => {
    let least = Infinity;
    for (const q of [a, b]) {
      for (let i = 0; i < 4; i++) {
        const [x1, y1] = q[i];
        const [x2, y2] = q[(i + 1) % 4];
        const len = Math.hypot(x2 - x1, y2 - y1);
        if (len === 0) {
          continue;
        }
        const nx = (y1 - y2) / len;
        const ny = (x2 - x1) / len;
        const pa = a.map(([x, y]) => x * nx + y * ny);
        const pb = b.map(([x, y]) => x * nx + y * ny);
        least = Math.min(least, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
      }
    }
    return least;
  };

  // Two SVG texts on one line: minus their gap along the first one's baseline, else null.
  const sameLineGap = (a, b) => {
    const [[x0, y0], [x1, y1], , [x3, y3]] = a;
    const len = Math.hypot(x1 - x0, y1 - y0);
    const [[bx0, by0], [bx1, by1]] = b;
    const blen = Math.hypot(bx1 - bx0, by1 - by0);
    if (len === 0 || blen === 0) {
      return null;
    }
    const u = [(x1 - x0) / len, (y1 - y0) / len];
    if (Math.abs(((bx1 - bx0) * u[0] + (by1 - by0) * u[1]) / blen) < 0.99) {
      return null; // not parallel
    }
    const hl = Math.hypot(x3 - x0, y3 - y0);
    if (hl === 0) {
      return null;
    }
    const n = [(x3 - x0) / hl, (y3 - y0) / hl];
    const span = (q, axis) => {
      const p = q.map(([x, y]) => x * axis[0] + y * axis[1]);
      return [Math.min(...p), Math.max(...p)];
    };
    const [an0, an1] = span(a, n);
    const [bn0, bn1] = span(b, n);
    const shared = Math.min(an1, bn1) - Math.max(an0, bn0);
    if (shared < Math.min(an1 - an0, bn1 - bn0) / 2) {
      return null; // not one line
    }
    const [au0, au1] = span(a, u);
    const [bu0, bu1] = span(b, u);
    return Math.min(au1, bu1) - Math.max(au0, bu0);
  };

  // The labels.
  const labels = [];
  for (const text of document.querySelectorAll('svg text')) {
    if (!drawn(text) || text.textContent.trim() === '') {
      continue;
    }
    const b = text.getBBox();
    if (b.width === 0 || b.height === 0) {
      continue;
    }
    labels.push({ node: text, svg: text.ownerSVGElement, quad: svgQuad(text), text: short(text.textContent),
      section: sectionOf(text) });
  }
  const htmlScopes = new Set([...document.querySelectorAll('figure, .legend')].filter((e) => !e.closest('svg')));
  for (const scope of htmlScopes) {
    if ([...htmlScopes].some((other) => other !== scope && other.contains(scope))) {
      continue; // a legend inside a figure: walked with the figure
    }
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (node.textContent.trim() === '' || parent.closest('svg') || !shown(parent)) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) {
          labels.push({ node, svg: null, quad: rectQuad(r), text: short(node.textContent), section: sectionOf(parent) });
        }
      }
    }
  }

  // Overlaps: sweep by left edge, then the exact test.
  const boxes = labels.map((l, i) => ({ i, ...bounds(l.quad) })).sort((a, b) => a.left - b.left);
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].left < boxes[i].right + MIN_GAP; j++) {
      const a = labels[boxes[i].i];
      const b = labels[boxes[j].i];
      if (a.node === b.node || boxes[j].top >= boxes[i].bottom || boxes[i].top >= boxes[j].bottom) {
        continue;
      }
      let d = depth(a.quad, b.quad);
      if (d <= TOLERANCE && a.svg && b.svg) {
        const g = sameLineGap(a.quad, b.quad);
        if (g !== null && g > -MIN_GAP) {
          d = Math.min(g, 0) - 0.0001; // reported, as minus the gap
          overlaps.push({ section: a.section, first: a.text, second: b.text, depth: Math.round(d * 10) / 10 });
          continue;
        }
      }
      if (d > TOLERANCE) {
        overlaps.push({ section: a.section, first: a.text, second: b.text, depth: Math.round(d * 10) / 10 });
      }
    }
  }

  // Clipping by the svg's box.
  const clipped = [];
  for (const l of labels) {
    if (!l.svg) {
      continue;
    }
    const box = l.svg.getBoundingClientRect();
    const b = bounds(l.quad);
    const out = Math.max(box.left - b.left, b.right - box.right, box.top - b.top, b.bottom - box.bottom);
    if (out > TOLERANCE) {
      clipped.push({ section: l.section, text: l.text, by: Math.round(out * 10) / 10 });
    }
  }

  // Colours as seen on white.
  const parse = (value) => {
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value || '');
    if (!m) {
      return null;
    }
    let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: +m[1], g: +m[2], b: +m[3], a };
  };
  const opacityChain = (el) => {
    let o = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      o *= parseFloat(getComputedStyle(e).opacity);
    }
    return o;
  };
  const hex = (c, alpha) => {
    const on = (v) => Math.round(v * alpha + 255 * (1 - alpha));
    return '#' + [c.r, c.g, c.b].map((v) => on(v).toString(16).padStart(2, '0')).join('');
  };
  const paint = (el, kind) => {
    const cs = getComputedStyle(el);
    const c = parse(cs[kind]);
    if (!c) {
      return null; // none, or a gradient or pattern
    }
    const alpha = c.a * parseFloat(cs[kind + 'Opacity']) * opacityChain(el);
    return alpha > 0 ? hex(c, alpha) : null;
  };
  const cssColour = (el, property) => {
    const c = parse(getComputedStyle(el)[property]);
    if (!c) {
      return null;
    }
    const alpha = c.a * opacityChain(el);
    return alpha > 0 ? hex(c, alpha) : null;
  };
  const SHAPES = 'rect, circle, ellipse, polygon, polyline, path, line';
  const legendColours = (container) => {
    const colours = new Set();
    for (const legend of container.querySelectorAll('.legend')) {
      for (const el of [legend, ...legend.querySelectorAll('*')]) {
        if (!drawn(el)) {
          continue;
        }
        if (el.matches(SHAPES)) {
          [paint(el, 'fill'), paint(el, 'stroke')].forEach((c) => c && colours.add(c));
        } else if (!(el instanceof SVGElement)) {
          const cs = getComputedStyle(el);
          [cssColour(el, 'backgroundColor')].forEach((c) => c && colours.add(c));
          for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
            if (parseFloat(cs['border' + side + 'Width']) > 0 && cs['border' + side + 'Style'] !== 'none') {
              const c = cssColour(el, 'border' + side + 'Color');
              c && colours.add(c);
            }
          }
        }
        if (el.classList.contains('swatch')) {
          [el instanceof SVGElement ? paint(el, 'fill') : cssColour(el, 'color')].forEach((c) => c && colours.add(c));
        }
      }
    }
    return colours;
  };
  const close = (a, b) => [1, 3, 5].every((i) => Math.abs(parseInt(a.substr(i, 2), 16) - parseInt(b.substr(i, 2), 16)) <= 3);

  const uncovered = [];
  let marks = 0;
  const charts = [...document.querySelectorAll('svg')].filter((s) => !s.ownerSVGElement && shown(s));
  for (const svg of charts) {
    const container = svg.closest('figure') || svg.closest('section') || document.body;
    const legend = [...legendColours(container)];
    const title = short((svg.querySelector('title') || {}).textContent || svg.getAttribute('aria-label') || '');
    const missing = new Map();
    for (const mark of svg.querySelectorAll('rect, circle, ellipse, polygon, polyline, path')) {
      if (!drawn(mark) || mark.closest('.legend') || mark.closest('[data-decor]')) {
        continue;
      }
      const b = mark.getBBox();
      if (b.width === 0 && b.height === 0) {
        continue;
      }
      const colour = paint(mark, 'fill') || paint(mark, 'stroke');
      if (!colour || colour === '#ffffff') {
        continue;
      }
      marks++;
      if (!legend.some((c) => close(c, colour))) {
        const m = missing.get(colour) || { section: sectionOf(svg), chart: title, colour, marks: 0,
          example: short(mark.tagName + ' ' + ((mark.querySelector('title') || {}).textContent || '')) };
        m.marks++;
        missing.set(colour, m);
      }
    }
    uncovered.push(...missing.values());
  }

  const totals = [...document.querySelectorAll('[data-total]')].map((el) => ({
    name: el.getAttribute('data-total'), value: el.getAttribute('data-value'), text: short(el.textContent),
    section: sectionOf(el) }));
  const sections = [...document.querySelectorAll('section[id]')].map((s) => {
    const r = s.getBoundingClientRect();
    return { id: s.id, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  return JSON.stringify({ labels: labels.length, charts: charts.length, marks, overlaps, clipped, uncovered,
    totals, sections });
})()
