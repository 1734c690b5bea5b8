// graph.js draws kg's actor graph on a <canvas> with a small force layout.
// It has no dependencies. GraphView holds the nodes and edges, runs a capped
// number of layout ticks after each change, and reports clicks on nodes and
// edges through callbacks.
//
// Labels are part of the layout: every node is a box that holds its circle
// and its name, every edge label a box at the edge's middle, and a
// collision step pushes overlapping boxes apart (moving an edge label means
// moving the ends of its edge). Labels are sized in graph units up to a
// zoom of 1, so a layout without overlaps keeps none at any zoom.
"use strict";

// Label fonts, in graph units at zoom 1.
const NODE_FONT = 12, EDGE_FONT = 11;

// MAX_LITERAL is the most characters of a literal value's label.
const MAX_LITERAL = 32;

// MAX_PARALLEL is the most edges between two nodes drawn apart, each in
// its lane; a pair with more is drawn as one bundle edge labelled with
// their number, so that 25 relations between two leaders do not stretch
// the pair across the page.
const MAX_PARALLEL = 3;

// LABELLED is the most visible nodes whose labels all take part in the
// layout and are all drawn.
const LABELLED = 150;

const TYPE_COLORS = {
  Person: "#e4572e",
  Organization: "#4c78a8",
  GPE: "#54a24b",
  Location: "#72b7b2",
  Group: "#f58518",
  Concept: "#9d9d9d",
  "": "#b9b9c6",
};

// seededRandom returns a generator of numbers in [0, 1) (mulberry32), so that
// the same graph is laid out the same way every time.
function seededRandom(seed) {
  return function () {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typeColor(type) {
  return TYPE_COLORS[type || ""] || TYPE_COLORS[""];
}

// cutLabel returns s, or its start and "…" when it is longer than n
// characters, cut at a space when one is near.
function cutLabel(s, n) {
  if (s.length <= n) return s;
  let head = s.slice(0, n - 1);
  const sp = head.lastIndexOf(" ");
  if (sp >= (2 * head.length) / 3) head = head.slice(0, sp);
  return head.replace(/[\s,;:]+$/, "") + "…";
}

class GraphView {
  constructor(canvas, opts) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.opts = Object.assign({ maxTicks: 300, onNodeClick() {}, onEdgeClick() {} }, opts || {});
    this.nodes = new Map(); // id -> node {id, name, type, literal, x, y, vx, vy, degree}
    this.edges = new Map(); // key -> edge {key, from, to, relation, lane}
    this.highlight = { nodes: new Set(), edges: new Set() };
    this.selectedEdge = null;
    this.center = null;
    this.scale = 1;
    this.tx = 0;
    this.ty = 0;
    this.ticks = 0;
    this.alpha = 0;
    this.frame = 0;
    this.drawn = 0; // frames drawn, for tests
    this.dirty = true;
    this.autoFit = false; // fit the view once the layout stops
    this.userMoved = false; // zoomed or panned by hand since the last fit
    this.showLiterals = false; // literal values (titles, clauses) are hidden until asked for
    this.labelRects = []; // the labels and nodes last drawn, in CSS pixels: {kind: "node", "edge" or "circle", text, x0, y0, x1, y1}
    this.random = seededRandom(1);
    this._bind();
    this._resize();
    // A new window size refits the graph, unless the user has moved it.
    new ResizeObserver(() => {
      this._resize();
      if (!this.userMoved) this.fit();
      this.requestDraw();
    }).observe(canvas);
  }

  // visible reports whether node n is drawn: literal values only when
  // showLiterals is set.
  visible(n) {
    return !!n && (!n.literal || this.showLiterals);
  }

  visibleEdge(e) {
    return !e.bundled && this.visible(this.nodes.get(e.from)) && this.visible(this.nodes.get(e.to));
  }

  // bundleOf returns the visible edge that draws e: e itself, or the
  // bundle edge of its pair.
  bundleOf(e) {
    return e.bundled ? e.bundledIn : e;
  }

  // setShowLiterals shows or hides literal values and lays the graph out
  // again.
  setShowLiterals(on) {
    this.showLiterals = !!on;
    this._indexEdges();
    this.autoFit = true;
    this.restart(0.6);
  }

  // add merges nodes and edges into the graph. Nodes near the anchor node
  // start around it, so an expanded node's neighbours grow out of it.
  add(nodes, edges, anchor) {
    const a = anchor && this.nodes.get(anchor);
    const fresh = new Set();
    const spread = 30 * Math.sqrt(this.nodes.size + nodes.length);
    const near = (x, y, r) => {
      const angle = this.random() * 2 * Math.PI;
      return [x + Math.cos(angle) * r, y + Math.sin(angle) * r];
    };
    for (const n of nodes) {
      let cur = this.nodes.get(n.id);
      if (!cur) {
        const [x, y] = a ? near(a.x, a.y, 40 + this.random() * 60) : near(0, 0, this.random() * spread);
        cur = { id: n.id, x, y, vx: 0, vy: 0, degree: 0 };
        this.nodes.set(n.id, cur);
        fresh.add(n.id);
      }
      cur.name = n.name || cur.name || n.id;
      cur.type = n.type || cur.type || "";
      cur.literal = !!n.literal;
      cur.label = cur.literal ? cutLabel(cur.name, MAX_LITERAL) : cur.name;
      cur.lw = this._textWidth(cur.label, NODE_FONT);
    }
    // Without an anchor, a new node starts beside the first placed node it
    // is linked to, so that the layout starts close to its end.
    if (!a) {
      const placed = new Set([...this.nodes.keys()].filter((id) => !fresh.has(id)));
      if (!placed.size && nodes.length) placed.add(nodes[0].id);
      for (const e of edges) {
        for (const [n, o] of [[e.from, e.to], [e.to, e.from]]) {
          if (fresh.has(n) && !placed.has(n) && placed.has(o)) {
            const on = this.nodes.get(o), nn = this.nodes.get(n);
            [nn.x, nn.y] = near(on.x, on.y, 60 + this.random() * 40);
            placed.add(n);
          }
        }
      }
    }
    const added = fresh.size;
    for (const e of edges) {
      if (!this.nodes.has(e.from) || !this.nodes.has(e.to)) continue;
      const key = e.from + "\u0000" + e.relation + "\u0000" + e.to;
      if (!this.edges.has(key)) {
        const label = e.relation.replace(/_/g, " ");
        const lw = this._textWidth(label, EDGE_FONT);
        this.edges.set(key, { key, from: e.from, to: e.to, relation: e.relation, label, lw, ownLabel: label, ownLw: lw, lane: 0 });
      }
    }
    this._indexEdges();
    this.restart(added > 0 ? 1 : 0.3);
    return added;
  }

  // _textWidth returns the width of text in the label font of size px.
  _textWidth(text, px) {
    this.ctx.font = `${px}px system-ui, sans-serif`;
    return this.ctx.measureText(text).width;
  }

  clear() {
    this.random = seededRandom(1);
    this.nodes.clear();
    this.edges.clear();
    this.highlight = { nodes: new Set(), edges: new Set() };
    this.selectedEdge = null;
    this.center = null;
    this.requestDraw();
  }

  // setHighlight marks a path: a list of node IDs and a list of edge keys.
  setHighlight(nodeIDs, edgeKeys) {
    this.highlight = { nodes: new Set(nodeIDs || []), edges: new Set(edgeKeys || []) };
    this.requestDraw();
  }

  edgeKey(from, relation, to) {
    return from + "\u0000" + relation + "\u0000" + to;
  }

  // _indexEdges computes node degrees and spreads parallel edges between one
  // pair of nodes into lanes, so that each is drawn and clicked apart; a
  // pair with more than MAX_PARALLEL edges is drawn as its first edge,
  // which then stands for all of them (bundle: the pair's edges).
  _indexEdges() {
    const pairs = new Map();
    for (const n of this.nodes.values()) n.degree = 0;
    for (const e of this.edges.values()) {
      e.bundled = false;
      e.bundledIn = null;
      e.bundle = null;
      e.label = e.ownLabel;
      e.lw = e.ownLw;
      if (!this.visibleEdge(e)) continue;
      const a = this.nodes.get(e.from), b = this.nodes.get(e.to);
      a.degree++;
      b.degree++;
      const pk = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
      const list = pairs.get(pk) || [];
      list.push(e);
      pairs.set(pk, list);
    }
    for (const list of pairs.values()) {
      if (list.length > MAX_PARALLEL) {
        const rep = list[0];
        rep.bundle = list;
        rep.lane = 0;
        rep.parallel = 1;
        rep.label = `${list.length} relations`;
        rep.lw = this._textWidth(rep.label, EDGE_FONT);
        for (const e of list.slice(1)) {
          e.bundled = true;
          e.bundledIn = rep;
        }
        continue;
      }
      list.forEach((e, i) => {
        let lane = i - (list.length - 1) / 2;
        if (e.from > e.to) lane = -lane; // the curve's side is relative to from→to
        e.lane = lane;
        e.parallel = list.length;
      });
    }
  }

  // highlighted reports whether e, or an edge of its bundle, is marked.
  highlighted(e) {
    const keys = this.highlight.edges;
    return keys.has(e.key) || (!!e.bundle && e.bundle.some((x) => keys.has(x.key)));
  }

  radius(n) {
    return 6 + Math.min(8, Math.sqrt(n.degree) * 1.6);
  }

  // nodeR returns the radius of n in graph units at the current zoom.
  nodeR(n) {
    return this.radius(n) / Math.sqrt(Math.max(1, this.scale));
  }

  // labelScale returns the factor of the label fonts in graph units: 1 up
  // to a zoom of 1, so that labels shrink with the graph, and less when
  // zoomed in, so that they keep their size on screen.
  labelScale() {
    return 1 / Math.max(1, this.scale);
  }

  // labelsOn reports whether every label is drawn and laid out.
  labelsOn() {
    let n = 0;
    for (const v of this.nodes.values()) if (this.visible(v)) n++;
    return n <= LABELLED;
  }

  // edgeLabelsOn reports whether edge labels are drawn.
  edgeLabelsOn() {
    return this.edges.size <= 400 || this.scale >= 1.2;
  }

  // boxes returns the boxes that must not overlap, in graph units at zoom
  // 1: each visible node with its label (when labels are on) and each edge
  // label (when drawn).
  boxes() {
    const out = [];
    const labels = this.labelsOn();
    const pad = 3;
    for (const n of this.nodes.values()) {
      if (!this.visible(n)) continue;
      const r = this.radius(n);
      const h = labels ? Math.max(r, NODE_FONT * 0.7) : r;
      out.push({ node: n, x0: n.x - r - pad, y0: n.y - h - pad, x1: n.x + r + (labels ? 3 + n.lw : 0) + pad, y1: n.y + h + pad });
    }
    if (labels && this.edgeLabelsOn()) {
      for (const e of this.edges.values()) {
        if (!this.visibleEdge(e)) continue;
        const [x, y] = this.edgePoint(e);
        const w = e.lw / 2 + 2 + pad, h = EDGE_FONT * 0.7 + pad;
        out.push({ edge: e, x0: x - w, y0: y - h, x1: x + w, y1: y + h });
      }
    }
    return out;
  }

  // _separate pushes apart the boxes that overlap, by strength (1: all the
  // way) of the overlap, and returns how many pairs overlapped. With shake,
  // two boxes that are neither nodes nor labels of one pair's edges part
  // along an axis and a side drawn at random, the whole overlap and a
  // margin each: a label caught between two that move together (the two
  // labels of a pair's parallel edges around that of an edge crossing the
  // pair) is pushed back and forth by the usual rule and never gets out. A node box
  // moves its node; an edge label box moves the ends of its edge that the
  // other box does not share, and a node's box pushes the label of one of
  // its own edges along that edge by moving the edge's other end.
  _separate(strength, shake = false) {
    const bs = this.boxes();
    bs.sort((a, b) => a.x0 - b.x0);
    let overlaps = 0;
    const ends = (b) => (b.node ? [b.node] : [this.nodes.get(b.edge.from), this.nodes.get(b.edge.to)]);
    const move = (n, dx, dy) => {
      if (n === this.dragNode) return;
      n.x += dx; n.y += dy;
    };
    for (let i = 0; i < bs.length; i++) {
      const a = bs[i];
      for (let j = i + 1; j < bs.length && bs[j].x0 < a.x1; j++) {
        const b = bs[j];
        const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (ox <= 0 || oy <= 0) continue;
        const ea = ends(a), eb = ends(b);
        const shared = ea.filter((n) => eb.includes(n));
        if (a.node && b.node) {
          // Two nodes: each moves half the way, along the shorter axis.
        } else if (a.edge && b.edge && shared.length === 2) {
          // Parallel edges: their labels sit at different points along
          // the pair, so a longer pair parts them.
          overlaps++;
          const p = this.nodes.get(a.edge.from), q = this.nodes.get(a.edge.to);
          const dx = q.x - p.x, dy = q.y - p.y, d = Math.hypot(dx, dy) || 1;
          const amount = Math.min(ox, oy) * strength;
          move(p, (-dx / d) * amount, (-dy / d) * amount);
          move(q, (dx / d) * amount, (dy / d) * amount);
          continue;
        } else if (shared.length === ea.length || shared.length === eb.length) {
          // A node and the label of one of its edges: lengthen the edge.
          const lab = a.edge ? a : b, n = shared[0];
          const e = lab.edge, other = this.nodes.get(e.from === n.id ? e.to : e.from);
          if (!other || other === n) continue;
          overlaps++;
          const dx = other.x - n.x, dy = other.y - n.y, d = Math.hypot(dx, dy) || 1;
          const ux = Math.abs(dx / d), uy = Math.abs(dy / d);
          // How far the label must go along the edge to clear the box.
          const along = Math.min(ux > 0.05 ? ox / ux : Infinity, uy > 0.05 ? oy / uy : Infinity);
          const amount = 2 * Math.min(along, 200) * strength;
          move(other, (dx / d) * amount, (dy / d) * amount);
          continue;
        }
        overlaps++;
        const acx = (a.x0 + a.x1) / 2, acy = (a.y0 + a.y1) / 2, bcx = (b.x0 + b.x1) / 2, bcy = (b.y0 + b.y1) / 2;
        let dx = 0, dy = 0;
        if (shake && !(a.node && b.node)) {
          const side = this.random() < 0.5 ? -1 : 1;
          if (this.random() < 0.5) dx = side * (ox + 4);
          else dy = side * (oy + 4);
        } else if (ox < oy) dx = (acx < bcx || (acx === bcx && i < j) ? -1 : 1) * (ox / 2) * strength;
        else dy = (acy < bcy || (acy === bcy && i < j) ? -1 : 1) * (oy / 2) * strength;
        for (const [box, list, sx, sy] of [[a, ea, dx, dy], [b, eb, -dx, -dy]]) {
          const free = list.filter((n) => !shared.includes(n));
          // Moving one end of an edge by 2d moves its middle by d.
          const k = box.edge && free.length === 1 ? 2 : 1;
          for (const n of free) move(n, sx * k, sy * k);
        }
      }
    }
    return overlaps;
  }

  // restart starts (or continues) the layout with the given energy. The
  // layout stops after maxTicks ticks, however large the graph.
  restart(alpha) {
    this.alpha = Math.max(this.alpha, alpha);
    this.ticks = 0;
    this.requestDraw();
  }

  // tick runs one step of the force layout: repulsion between every pair
  // (O(n²), fine at 500 nodes for a few hundred ticks), springs along
  // edges, and a weak pull to the origin.
  tick() {
    const nodes = Array.from(this.nodes.values()).filter((n) => this.visible(n));
    const n = nodes.length;
    const alpha = this.alpha;
    const charge = 1200;
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 > 250000) continue; // beyond 500 px the push is negligible
        if (d2 < 1) { dx = this.random() - 0.5; dy = this.random() - 0.5; d2 = 1; }
        const f = (charge * alpha) / d2;
        a.vx += dx * f; a.vy += dy * f;
        b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of this.edges.values()) {
      if (!this.visibleEdge(e)) continue;
      const a = this.nodes.get(e.from), b = this.nodes.get(e.to);
      // Room for the edge's label, and for the labels of parallel edges.
      const len = Math.max(80, e.lw + 40) + 30 * (e.parallel - 1);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - len) / d) * 0.08 * alpha;
      a.vx += dx * f; a.vy += dy * f;
      b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const a of nodes) {
      a.vx -= a.x * 0.004 * alpha;
      a.vy -= a.y * 0.004 * alpha;
      if (a === this.dragNode) { a.vx = a.vy = 0; continue; }
      a.vx *= 0.55; a.vy *= 0.55;
      const v = Math.hypot(a.vx, a.vy);
      if (v > 40) { a.vx *= 40 / v; a.vy *= 40 / v; }
      a.x += a.vx; a.y += a.vy;
    }
    const labels = this.labelsOn();
    if (labels) this._separate(0.5);
    this.ticks++;
    this.alpha *= 0.985;
    if (this.ticks >= this.opts.maxTicks || this.alpha < 0.005) {
      this.alpha = 0;
      // The forces have settled: remove the overlaps that remain.
      if (labels) {
        // Where the usual pushes get stuck, shake the boxes still
        // overlapping and try again, a few times at most.
        for (let round = 0; round < 8; round++) {
          let left = 1;
          for (let i = 0; i < 400 && (left = this._separate(1)) > 0; i++);
          if (left === 0) break;
          this._separate(1, true);
        }
      }
      if (this.autoFit) { this.autoFit = false; this.fit(); }
    }
  }

  running() {
    return this.alpha > 0;
  }

  requestDraw() {
    this.dirty = true;
    if (!this.frame) this.frame = requestAnimationFrame(() => this._frame());
  }

  _frame() {
    this.frame = 0;
    if (this.alpha > 0) {
      // Spend at most ~12 ms a frame on layout, so the page stays responsive.
      const start = performance.now();
      do { this.tick(); } while (this.alpha > 0 && performance.now() - start < 12);
      this.dirty = true;
    }
    if (this.dirty) this.draw();
    if (this.alpha > 0) this.requestDraw();
  }

  _resize() {
    const r = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = Math.max(1, r.width);
    this.height = Math.max(1, r.height);
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.dpr = dpr;
  }

  // toScreen and toWorld convert between graph and CSS pixel coordinates.
  toScreen(x, y) {
    return [x * this.scale + this.tx + this.width / 2, y * this.scale + this.ty + this.height / 2];
  }

  toWorld(sx, sy) {
    return [(sx - this.tx - this.width / 2) / this.scale, (sy - this.ty - this.height / 2) / this.scale];
  }

  // fit zooms and pans so that every visible node and label is in view.
  fit() {
    this.userMoved = false;
    const bs = this.boxes();
    if (!bs.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const b of bs) {
      x0 = Math.min(x0, b.x0); y0 = Math.min(y0, b.y0);
      x1 = Math.max(x1, b.x1); y1 = Math.max(y1, b.y1);
    }
    // Room around the graph, and below it for the legend.
    const pad = 20, legend = 34;
    this.scale = Math.min(1.6, Math.max(0.05, Math.min((this.width - 2 * pad) / (x1 - x0 || 1), (this.height - 2 * pad - legend) / (y1 - y0 || 1))));
    this.tx = -((x0 + x1) / 2) * this.scale;
    this.ty = -((y0 + y1) / 2) * this.scale - legend / 2;
    this.requestDraw();
  }

  // curve returns the control point of edge e's quadratic curve, in world
  // coordinates, or null for a straight edge.
  _control(e, a, b) {
    if (!e.lane) return null;
    const dx = b.x - a.x, dy = b.y - a.y;
    const d = Math.hypot(dx, dy) || 1;
    const off = e.lane * 44;
    return [(a.x + b.x) / 2 - (dy / d) * off, (a.y + b.y) / 2 + (dx / d) * off];
  }

  // edgePoint returns the point of edge e where its label goes, in world
  // coordinates: halfway along it, or for parallel edges, staggered along
  // the pair so that their labels stand apart.
  edgePoint(e) {
    const a = this.nodes.get(e.from), b = this.nodes.get(e.to);
    const c = this._control(e, a, b);
    if (!c) return [(a.x + b.x) / 2, (a.y + b.y) / 2];
    // lane is relative to from→to; the stagger is along the pair's own
    // direction, so that two edges of opposite direction part too.
    const lane = e.from > e.to ? -e.lane : e.lane;
    let t = 0.5 + Math.max(-0.25, Math.min(0.25, lane * 0.3));
    if (e.from > e.to) t = 1 - t;
    const u = 1 - t;
    return [u * u * a.x + 2 * u * t * c[0] + t * t * b.x, u * u * a.y + 2 * u * t * c[1] + t * t * b.y];
  }

  // edgeScreenPoint returns where to click to select edge e, in CSS pixels
  // relative to the canvas.
  edgeScreenPoint(e) {
    const [x, y] = this.edgePoint(e);
    return this.toScreen(x, y);
  }

  draw() {
    this.dirty = false;
    this.drawn++;
    const ctx = this.ctx;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.translate(this.width / 2 + this.tx, this.height / 2 + this.ty);
    ctx.scale(this.scale, this.scale);
    const hl = this.highlight;
    const ls = this.labelScale();
    const rects = [];
    // record notes a label's box, given in graph units, in CSS pixels.
    const record = (kind, text, x0, y0, x1, y1) => {
      const [sx0, sy0] = this.toScreen(x0, y0), [sx1, sy1] = this.toScreen(x1, y1);
      rects.push({ kind, text, x0: sx0, y0: sy0, x1: sx1, y1: sy1 });
    };
    // Edges.
    for (const e of this.edges.values()) {
      if (!this.visibleEdge(e)) continue;
      const a = this.nodes.get(e.from), b = this.nodes.get(e.to);
      const on = this.highlighted(e);
      const sel = this.selectedEdge === e.key;
      ctx.strokeStyle = sel ? "#7b2cbf" : on ? "#e4572e" : hl.nodes.size ? "rgba(120,130,150,.35)" : "rgba(110,120,140,.7)";
      ctx.lineWidth = (on || sel ? 3 : 1.2) / this.scale;
      const c = this._control(e, a, b);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      if (c) ctx.quadraticCurveTo(c[0], c[1], b.x, b.y); else ctx.lineTo(b.x, b.y);
      ctx.stroke();
      this._arrow(ctx, e, a, b, c, ctx.strokeStyle);
      // A bundle of both directions has an arrow at each end.
      if (e.bundle && e.bundle.some((x) => x.from !== e.from)) this._arrow(ctx, e, b, a, c, ctx.strokeStyle);
    }
    // Edge labels.
    if (this.edgeLabelsOn()) {
      ctx.font = `${EDGE_FONT * ls}px system-ui, sans-serif`;
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (const e of this.edges.values()) {
        if (!this.visibleEdge(e)) continue;
        const [x, y] = this.edgePoint(e);
        const w = e.lw * ls, h = EDGE_FONT * 0.7 * ls;
        ctx.fillStyle = "rgba(255,255,255,.85)";
        ctx.fillRect(x - w / 2 - 2 * ls, y - h, w + 4 * ls, 2 * h);
        ctx.fillStyle = this.highlighted(e) ? "#b2361a" : "#4a5163";
        ctx.fillText(e.label, x, y);
        record("edge", e.label, x - w / 2 - 2 * ls, y - h, x + w / 2 + 2 * ls, y + h);
      }
    }
    // Nodes.
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.font = `${NODE_FONT * ls}px system-ui, sans-serif`;
    const showAllLabels = this.labelsOn() || this.scale > 1.2;
    for (const n of this.nodes.values()) {
      if (!this.visible(n)) continue;
      const r = this.nodeR(n);
      ctx.beginPath();
      if (n.literal) ctx.rect(n.x - r, n.y - r * 0.7, 2 * r, 1.4 * r); else ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
      ctx.fillStyle = typeColor(n.type);
      ctx.globalAlpha = hl.nodes.size && !hl.nodes.has(n.id) ? 0.35 : 1;
      ctx.fill();
      record("circle", n.label, n.x - r, n.y - r, n.x + r, n.y + r);
      ctx.lineWidth = (n.id === this.center || hl.nodes.has(n.id) ? 3 : 1) / this.scale;
      ctx.strokeStyle = hl.nodes.has(n.id) ? "#b2361a" : n.id === this.center ? "#1d2330" : "#fff";
      ctx.stroke();
      if (showAllLabels || n.degree > 3 || hl.nodes.has(n.id) || n.id === this.center) {
        const x = n.x + r + 3 * ls;
        ctx.fillStyle = "#1d2330";
        ctx.fillText(n.label, x, n.y);
        record("node", n.label, x, n.y - NODE_FONT * 0.6 * ls, x + n.lw * ls, n.y + NODE_FONT * 0.6 * ls);
      }
      ctx.globalAlpha = 1;
    }
    this.labelRects = rects;
  }

  _arrow(ctx, e, a, b, c, color) {
    const from = c || [a.x, a.y];
    const dx = b.x - from[0], dy = b.y - from[1];
    const d = Math.hypot(dx, dy) || 1;
    const r = this.nodeR(b) + 2 / this.scale;
    const x = b.x - (dx / d) * r, y = b.y - (dy / d) * r;
    const s = 7 / this.scale;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x - (dx / d) * s - (dy / d) * s * 0.5, y - (dy / d) * s + (dx / d) * s * 0.5);
    ctx.lineTo(x - (dx / d) * s + (dy / d) * s * 0.5, y - (dy / d) * s - (dx / d) * s * 0.5);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
  }

  // nodeAt returns the node under the CSS-pixel point (sx, sy), or null.
  nodeAt(sx, sy) {
    const [x, y] = this.toWorld(sx, sy);
    let best = null, bestD = Infinity;
    for (const n of this.nodes.values()) {
      if (!this.visible(n)) continue;
      const r = this.nodeR(n) + 3 / this.scale;
      const d = Math.hypot(n.x - x, n.y - y);
      if (d <= r && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }

  // edgeAt returns the edge within 6 pixels of (sx, sy), or null.
  edgeAt(sx, sy) {
    const [x, y] = this.toWorld(sx, sy);
    const tol = 6 / this.scale;
    let best = null, bestD = tol;
    for (const e of this.edges.values()) {
      if (!this.visibleEdge(e)) continue;
      const a = this.nodes.get(e.from), b = this.nodes.get(e.to);
      const c = this._control(e, a, b);
      let prev = [a.x, a.y];
      for (let i = 1; i <= 12; i++) {
        const t = i / 12;
        const p = c
          ? [(1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * c[0] + t * t * b.x, (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * c[1] + t * t * b.y]
          : [a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t];
        const d = segDist(x, y, prev, p);
        if (d < bestD) { best = e; bestD = d; }
        prev = p;
      }
    }
    return best;
  }

  _bind() {
    const c = this.canvas;
    let down = null;
    const pos = (ev) => {
      const r = c.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top];
    };
    c.addEventListener("pointerdown", (ev) => {
      const [sx, sy] = pos(ev);
      down = { sx, sy, tx: this.tx, ty: this.ty, moved: false, node: this.nodeAt(sx, sy) };
      this.dragNode = down.node;
      c.setPointerCapture(ev.pointerId);
      c.classList.add("dragging");
    });
    c.addEventListener("pointermove", (ev) => {
      if (!down) return;
      const [sx, sy] = pos(ev);
      if (Math.hypot(sx - down.sx, sy - down.sy) > 4) down.moved = true;
      if (!down.moved) return;
      if (down.node) {
        const [x, y] = this.toWorld(sx, sy);
        down.node.x = x; down.node.y = y;
        this.restart(0.05);
      } else {
        this.tx = down.tx + sx - down.sx;
        this.ty = down.ty + sy - down.sy;
        this.userMoved = true;
      }
      this.requestDraw();
    });
    c.addEventListener("pointerup", (ev) => {
      c.classList.remove("dragging");
      const d = down;
      down = null;
      this.dragNode = null;
      if (!d || d.moved) return;
      const [sx, sy] = pos(ev);
      const n = this.nodeAt(sx, sy);
      if (n) { this.opts.onNodeClick(n); return; }
      const e = this.edgeAt(sx, sy);
      if (e) {
        this.selectedEdge = e.key;
        this.requestDraw();
        this.opts.onEdgeClick(e);
      }
    });
    c.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const [sx, sy] = pos(ev);
      const [wx, wy] = this.toWorld(sx, sy);
      const k = Math.exp(-ev.deltaY * 0.0015);
      this.scale = Math.min(5, Math.max(0.05, this.scale * k));
      this.userMoved = true;
      this.tx = sx - this.width / 2 - wx * this.scale;
      this.ty = sy - this.height / 2 - wy * this.scale;
      this.requestDraw();
    }, { passive: false });
  }
}

// segDist returns the distance from (x, y) to the segment p–q.
function segDist(x, y, p, q) {
  const dx = q[0] - p[0], dy = q[1] - p[1];
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((x - p[0]) * dx + (y - p[1]) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(x - (p[0] + t * dx), y - (p[1] + t * dy));
}
