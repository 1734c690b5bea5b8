// app.js wires the explorer's controls to kg's JSON API and to GraphView.
// It fetches only from the server that served it.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);

  // el builds an element; children are nodes or strings (never HTML).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(e.dataset, v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c == null) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  const status = $("status");
  function setStatus(msg, isError) {
    status.textContent = msg || "";
    status.classList.toggle("error", !!isError);
  }

  // api fetches a JSON endpoint and throws the server's error message.
  async function api(path, init) {
    const res = await fetch(path, init);
    let body;
    try {
      body = await res.json();
    } catch (err) {
      throw new Error(`${res.status} ${res.statusText}`);
    }
    if (!res.ok) {
      const e = new Error(body.error || `${res.status} ${res.statusText}`);
      e.suggestions = body.suggestions || [];
      e.candidates = body.candidates || [];
      e.status = res.status;
      throw e;
    }
    return body;
  }

  const state = { center: null, depth: 1, background: false, paths: [], sources: null, gizmo: null, busy: 0 };

  // bg is the query parameter that asks for background knowledge too, when
  // its toggle is ticked.
  const bg = () => (state.background ? "&background=1" : "");

  const view = new GraphView($("graph"), {
    onNodeClick: (n) => expand(n),
    onEdgeClick: (e) => showEdgeSources(e),
  });

  // Legend, with the toggle for literal values (grey squares: titles,
  // numbers, clauses), which are hidden at first.
  for (const t of ["Person", "Organization", "GPE", "Location", "Group", "Concept"]) {
    const s = el("span", {}, t);
    s.style.setProperty("--c", typeColor(t));
    $("legend").append(s);
  }
  const literalSwatch = el("span", { class: "literal" }, "literal values");
  literalSwatch.style.setProperty("--c", typeColor(""));
  $("legend").append(el("label", { class: "literal-toggle", title: "Show values such as titles, numbers and clauses" },
    el("input", { type: "checkbox", id: "show-literals", onchange: (ev) => view.setShowLiterals(ev.target.checked) }),
    literalSwatch));

  function busy(delta) {
    state.busy += delta;
    document.body.dataset.busy = state.busy > 0 ? "1" : "";
  }

  // run shows label while fn runs, and fn's error, if any, in the status bar.
  async function run(label, fn) {
    busy(1);
    setStatus(label + "…");
    try {
      setStatus((await fn()) || ""); // fn may return a note to show
    } catch (err) {
      setStatus(err.message, true);
    } finally {
      busy(-1);
    }
  }

  function updateCount() {
    $("graph").dataset.nodes = view.nodes.size;
    $("graph").dataset.edges = view.edges.size;
  }

  // ---- Search box with suggestions ----

  const input = $("search"), list = $("suggestions");
  let suggestSeq = 0, active = -1, items = [];

  // renderSuggestions shows nodes as the suggestions for the query q; the
  // list records q (data-query), so that a reader can tell an answer to
  // what was typed last from one to an earlier keystroke.
  function renderSuggestions(nodes, q) {
    items = nodes;
    active = -1;
    list.dataset.query = q || "";
    list.replaceChildren(...nodes.map((n, i) =>
      el("li", { role: "option", dataset: { id: n.id }, onmousedown: (ev) => { ev.preventDefault(); pick(i); } },
        el("span", {}, n.name), el("span", { class: "type" }, n.type || ""))));
    list.hidden = nodes.length === 0;
  }

  function pick(i) {
    const n = items[i];
    if (!n) return;
    input.value = n.name;
    clearTimeout(suggestTimer);
    suggestSeq++;
    list.hidden = true;
    showActor(n.id, n.name);
  }

  let suggestTimer = 0;
  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    const q = input.value.trim();
    if (!q) { renderSuggestions([]); return; }
    suggestTimer = setTimeout(async () => {
      const seq = ++suggestSeq;
      try {
        const body = await api(`/api/search?limit=10&q=${encodeURIComponent(q)}`);
        if (seq === suggestSeq) renderSuggestions(body.results || [], q);
      } catch (err) {
        setStatus(err.message, true);
      }
    }, 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") {
      // Close the list but keep what was typed (a search box clears itself
      // on Escape by default).
      ev.preventDefault();
      list.hidden = true;
      return;
    }
    if (list.hidden) return;
    const lis = list.querySelectorAll("li");
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : -1) + lis.length) % lis.length;
      lis.forEach((li, i) => li.classList.toggle("active", i === active));
    } else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault();
      pick(active);
    }
  });
  input.addEventListener("blur", () => setTimeout(() => { list.hidden = true; }, 150));
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearTimeout(suggestTimer); // drop suggestions still on their way
    suggestSeq++;
    list.hidden = true;
    const q = input.value.trim();
    if (q) showActor(q, q);
  });

  // ---- Neighbourhoods ----

  function neighborhoodURL(name, depth) {
    return `/api/neighbors?depth=${depth}&limit=500&name=${encodeURIComponent(name)}${bg()}`;
  }

  async function showActor(name, label) {
    const depth = Number($("depth").value) || 1;
    await run(`Loading ${label}`, async () => {
      let nb;
      try {
        nb = await api(neighborhoodURL(name, depth));
      } catch (err) {
        if (err.candidates && err.candidates.length) renderSuggestions(err.candidates, name);
        else if (err.suggestions && err.suggestions.length) renderSuggestions(err.suggestions.map((s) => ({ id: s, name: s })), name);
        throw err;
      }
      view.clear();
      state.center = nb.center;
      state.depth = depth;
      view.center = nb.center.id;
      view.add([nb.center, ...nb.nodes], nb.edges, null);
      const c = view.nodes.get(nb.center.id);
      c.x = 0; c.y = 0;
      view.scale = 1; view.tx = 0; view.ty = 0;
      updateCount();
      showNode(nb.center, nb);
      // A report's own unnamed actor ("court") shares its name with other
      // reports' (kg:e/court#DOCID): its node, not its name, finds it again.
      const ref = nb.center.id.includes("#") ? nb.center.id : nb.center.name;
      $("path-from").value = ref;
      location.hash = "actor=" + encodeURIComponent(ref);
      view.autoFit = true;
      if (nb.truncated) return `Showing the first ${nb.nodes.length} neighbours`;
    });
  }

  async function expand(n) {
    if (n.literal) { showNode(n); return; }
    await run(`Expanding ${n.name}`, async () => {
      const nb = await api(neighborhoodURL(n.id, 1));
      const added = view.add(nb.nodes, nb.edges, n.id);
      view.autoFit = true; // refit once the new nodes have found their place
      updateCount();
      showNode(nb.center, nb, added);
    });
  }

  function showNode(n, nb, added) {
    const d = $("details");
    const rows = [el("h2", {}, n.name), el("p", {}, el("span", { class: "rel" }, n.type || "untyped"), " ", n.id)];
    if (nb) {
      const hidden = view.showLiterals ? 0 : nb.nodes.filter((x) => x.literal).length;
      rows.push(el("p", {}, `${nb.nodes.length} neighbours, ${nb.edges.length} relations` +
        (added !== undefined ? ` (${added} new in the view)` : "") +
        (hidden ? `; ${hidden} literal value${hidden === 1 ? "" : "s"} hidden (see the legend)` : "")));
    }
    if (!n.literal) {
      rows.push(el("button", { type: "button", onclick: () => showMentions(n) }, "Sentences that mention it"));
      rows.push(" ");
      rows.push(el("button", { type: "button", onclick: () => { $("path-to").value = n.name; selectTab("path"); } }, "Path to here"));
    }
    d.replaceChildren(...rows);
    selectTab("details");
  }

  // ---- Sources ----

  function short(s, n) {
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  // objectWords returns what a fact's object said beyond the node it
  // resolved to: its words as written and the amounts they state
  // ("approximately 3000 soldiers").
  function objectWords(f) {
    const out = [];
    if (f.object_text && f.object_text !== f.object.name) out.push(` · object “${f.object_text}”`);
    for (const q of f.quantities || []) {
      const words = [q.qualifier, String(q.amount), q.unit].filter(Boolean).join(" ");
      out.push(" · ", el("span", { class: "amount", title: q.text }, words));
    }
    return out;
  }

  // sourceWords returns the source chain of a reported fact: who said it,
  // then whom that speaker cites (" · according to Kyodo, citing Ukrainian
  // officials"), or nothing for a fact that is not reported.
  function sourceWords(f) {
    const srcs = f.sources || [];
    if (!srcs.length) return [];
    const words = srcs.map((s, i) => (i ? "citing " : "according to ") + s.name).join(", ");
    return [" · ", el("span", { class: "sources" }, words)];
  }

  // articleLink links a sentence's web page or feed item, when its
  // document gave an http(s) address.
  function articleLink(s) {
    if (!s.url || !/^https?:\/\//i.test(s.url)) return [];
    return [" · ", el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, "article")];
  }

  function renderSources(title, sources, relation) {
    const d = $("details");
    const out = [el("h2", {}, title)];
    if (!sources.length) {
      out.push(el("p", { class: "hint" }, state.background ?
        "No source sentence found: the edge may be background knowledge, which no sentence states." : "No source sentence found."));
    }
    for (const s of sources) {
      const facts = (s.facts || []).map((f) =>
        el("div", { class: "fact" }, f.subject.name, " ", el("span", { class: "rel" }, f.relation), " ", f.object.name,
          ` · “${f.phrase}” · confidence ${f.confidence}`, ...objectWords(f), ...sourceWords(f)));
      out.push(el("div", { class: "sentence", dataset: { relation: relation || "" } },
        el("div", {}, s.text),
        el("div", { class: "meta" }, `${short(s.title || "untitled", 70)} · sentence ${s.index + 1} · document ${s.document}` +
          (s.source ? ` · ${s.source}` : "") + (s.published ? ` · ${s.published.slice(0, 10)}` : ""),
          ...articleLink(s)),
        ...facts));
    }
    d.replaceChildren(...out);
    selectTab("details");
  }

  async function showEdgeSources(e) {
    const a = view.nodes.get(e.from), b = view.nodes.get(e.to);
    await run("Loading sources", async () => {
      let sources;
      if (b.literal) {
        // A literal is no actor to ask about: read the sentences of the
        // subject and keep those stating this relation to this value.
        const body = await api(`/api/sources?a=${encodeURIComponent(e.from)}`);
        sources = (body.sources || []).filter((s) => (s.facts || []).some((f) => f.relation === e.relation && f.object.name === b.name));
      } else {
        const body = await api(`/api/sources?a=${encodeURIComponent(e.from)}&b=${encodeURIComponent(e.to)}`);
        sources = body.sources || [];
      }
      if (e.bundle) {
        // A bundle stands for all the pair's relations: every sentence
        // relating the two, under a title that lists the relations.
        state.sources = { edge: e, sources };
        const rels = [...new Set(e.bundle.map((x) => x.relation.replace(/_/g, " ")))];
        renderSources(`${a.name} — ${b.name}: ${rels.join(", ")}`, sources);
        return;
      }
      // Put the sentences that state this very relation first.
      const states = (s) => (s.facts || []).some((f) => f.relation === e.relation);
      sources = sources.filter(states).concat(sources.filter((s) => !states(s)));
      state.sources = { edge: e, sources };
      renderSources(`${a.name} — ${e.relation.replace(/_/g, " ")} → ${b.name}`, sources, e.relation);
    });
  }

  async function showMentions(n) {
    await run("Loading sentences", async () => {
      const body = await api(`/api/sources?a=${encodeURIComponent(n.id)}`);
      state.sources = { node: n, sources: body.sources || [] };
      renderSources(`Sentences mentioning ${n.name}`, body.sources || []);
    });
  }

  // ---- Paths ----

  function pathGraph(p) {
    const nodes = [], edges = [], keys = [];
    for (const st of p) {
      nodes.push(st.from, st.to);
      const e = st.forward ? { from: st.from.id, to: st.to.id } : { from: st.to.id, to: st.from.id };
      e.relation = st.relation;
      edges.push(e);
      keys.push(view.edgeKey(e.from, e.relation, e.to));
    }
    return { nodes, edges, keys };
  }

  function highlightPath(i) {
    const p = state.paths[i];
    if (!p) return;
    const g = pathGraph(p);
    view.add(g.nodes, g.edges, p.length ? p[0].from.id : null);
    view.setHighlight(g.nodes.map((n) => n.id), g.keys);
    updateCount();
    document.querySelectorAll("#path-results .path").forEach((d, j) => d.classList.toggle("active", j === i));
    view.autoFit = true;
  }

  $("path-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const from = $("path-from").value.trim(), to = $("path-to").value.trim();
    const k = $("path-k").value || 3, hops = $("path-hops").value || 4;
    const out = $("path-results");
    await run("Finding paths", async () => {
      let body;
      try {
        body = await api(`/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=${k}&max_hops=${hops}${bg()}`);
      } catch (err) {
        out.replaceChildren(el("p", { class: "error" }, err.message));
        throw err;
      }
      state.paths = body.paths || [];
      if (!state.paths.length) {
        out.replaceChildren(el("p", { class: "hint" }, `No connection within ${hops} hops.`));
        view.setHighlight([], []);
        return;
      }
      out.replaceChildren(...state.paths.map((p, i) =>
        el("div", { class: "path", dataset: { index: i }, onclick: () => highlightPath(i) },
          el("strong", {}, `${p.length} hop${p.length === 1 ? "" : "s"}`),
          el("ol", {}, p.map((st) => el("li", {},
            st.from.name, " ", el("span", { class: "rel" }, (st.forward ? "" : "← ") + st.relation + (st.forward ? " →" : "")), " ", st.to.name,
            el("div", { class: "step-sources" }, (st.facts || []).length ? st.facts.map((f) => el("div", {}, "“" + f.sentence.text + "”")) :
              el("div", { class: "hint" }, "background knowledge: no sentence states it"))))))));
      highlightPath(0);
    });
  });

  // ---- Gizmo console ----

  function isIRI(v) {
    return typeof v === "string" && v.startsWith("<") && v.endsWith(">");
  }

  const isEntity = (v) => typeof v === "string" && v.startsWith("<kg:e/") && v.endsWith(">");
  const isFact = (v) => typeof v === "string" && v.startsWith("<kg:fact/") && v.endsWith(">");
  const isRelation = (v) => typeof v === "string" && v.startsWith("<kg:r/") && v.endsWith(">");

  // iriName is a readable name for an IRI that the store did not name.
  function iriName(v) {
    const s = v.slice(1, -1);
    const m = s.match(/^kg:(?:e|r)\/(.*)$/);
    return m ? m[1].replace(/_/g, " ") : s;
  }

  // gizmo runs a query and returns its results.
  async function gizmo(query, limit) {
    const body = await api(`/api/v1/query/gizmo?limit=${limit}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: query });
    return body;
  }

  // describe returns the names and types of the entity IRIs in iris, from
  // the store: IRIs lose characters such as apostrophes.
  async function describe(iris) {
    const out = new Map();
    for (let i = 0; i < iris.length; i += 200) {
      const chunk = iris.slice(i, i + 200);
      const q = `g.V(${chunk.map((v) => JSON.stringify(v)).join(",")}).saveOpt("<kg:name>", "name").saveOpt("<kg:type>", "type").all()`;
      for (const r of (await gizmo(q, chunk.length)).result || []) {
        const type = typeof r.type === "string" ? r.type.replace(/^<kg:(.*)>$/, "$1") : "";
        out.set(r.id, { name: typeof r.name === "string" ? r.name : iriName(r.id), type });
      }
    }
    return out;
  }

  // factEdges returns the edge each fact node states: {from, relation, to}.
  async function factEdges(facts) {
    const out = new Map();
    for (let i = 0; i < facts.length; i += 200) {
      const chunk = facts.slice(i, i + 200);
      const q = `g.V(${chunk.map((v) => JSON.stringify(v)).join(",")}).tag("fact").out("<kg:subject>").tag("from")` +
        `.back("fact").out("<kg:predicate>").tag("relation").back("fact").out("<kg:object>").tag("to").all()`;
      for (const r of (await gizmo(q, 10 * chunk.length)).result || []) {
        if (!out.has(r.fact)) out.set(r.fact, { from: r.from, relation: r.relation, to: r.to });
      }
    }
    return out;
  }

  // iriValues returns the distinct values of results that pass test.
  function iriValues(rows, test) {
    const out = new Set();
    for (const r of rows) {
      const vals = r && typeof r === "object" && !Array.isArray(r) ? Object.values(r) : [r];
      for (const v of vals) if (test(v)) out.add(v);
    }
    return [...out];
  }

  // renderTable shows results as a table that scrolls sideways; an entity
  // IRI shows its name, with the IRI as the cell's title.
  function renderTable(rows, names) {
    const cols = [];
    for (const r of rows) {
      if (r && typeof r === "object" && !Array.isArray(r)) {
        for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
      } else if (!cols.includes("value")) cols.push("value");
    }
    const cell = (v) => {
      if (v === undefined) return el("td", {});
      if (typeof v !== "string") return el("td", {}, JSON.stringify(v));
      const known = names.get(v);
      if (known) return el("td", { title: v, class: "iri" }, known.name);
      if (isRelation(v)) return el("td", { title: v, class: "iri" }, iriName(v));
      return el("td", { title: v }, v);
    };
    return el("div", { class: "table-wrap" }, el("table", { id: "gizmo-table" },
      el("thead", {}, el("tr", {}, cols.map((c) => el("th", {}, c)))),
      el("tbody", {}, rows.map((r) => el("tr", {}, cols.map((c) =>
        cell(r && typeof r === "object" && !Array.isArray(r) ? r[c] : c === "value" ? r : undefined)))))));
  }

  $("gizmo-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = $("gizmo-results");
    const limit = Number($("gizmo-limit").value) || 100;
    await run("Running query", async () => {
      let body;
      try {
        body = await gizmo($("gizmo-text").value, limit);
      } catch (err) {
        out.replaceChildren(el("p", { class: "error" }, err.message));
        throw err;
      }
      state.gizmo = body.result || [];
      state.gizmoNames = await describe(iriValues(state.gizmo, isEntity));
      out.replaceChildren(
        el("p", {}, `${state.gizmo.length} result${state.gizmo.length === 1 ? "" : "s"}` + (body.truncated ? " (cut at the limit)" : "")),
        renderTable(state.gizmo, state.gizmoNames));
    });
  });

  // Show as graph: entities are nodes, and a fact node is drawn as the
  // edge it states (subject, relation, object). In a result with one
  // relation IRI and two entities, they are an edge labelled by that
  // relation, from the entity tagged "from" to the one tagged "to" (or from
  // the first to the second); otherwise the entity tagged "id" (or the
  // first one) links to the result's other entities, labelled by their
  // tags. Sentences, documents and classes are not drawn.
  $("gizmo-graph").addEventListener("click", () => run("Drawing the results", async () => {
    const rows = (state.gizmo || []).filter((r) => r && typeof r === "object" && !Array.isArray(r));
    const facts = await factEdges(iriValues(rows, isFact));
    const ends = [];
    for (const f of facts.values()) ends.push(f.from, f.to);
    const names = new Map(state.gizmoNames || []);
    const missing = [...new Set(iriValues(rows, isEntity).concat(ends.filter(isEntity)))].filter((v) => !names.has(v));
    for (const [k, v] of await describe(missing)) names.set(k, v);
    const nodes = new Map(), edges = [];
    const node = (v) => {
      if (isEntity(v)) {
        const d = names.get(v) || { name: iriName(v), type: "" };
        nodes.set(v, { id: v, name: d.name, type: d.type });
        return v;
      }
      if (typeof v === "string" && !isIRI(v)) {
        const id = JSON.stringify(v);
        nodes.set(id, { id, name: v, literal: true });
        return id;
      }
      return null;
    };
    for (const r of rows) {
      const entries = Object.entries(r);
      let hub = null;
      for (const [, v] of entries) {
        const f = isFact(v) && facts.get(v);
        if (!f) continue;
        const from = node(f.from), to = node(f.to);
        if (from && to && isRelation(f.relation)) edges.push({ from, to, relation: f.relation.slice(6, -1) });
        hub = hub || from;
      }
      entries.sort(([a], [b]) => (a === "id") - (b === "id")); // "id" last
      const ents = entries.filter(([, v]) => isEntity(v));
      const rels = entries.filter(([, v]) => isRelation(v));
      for (const [, v] of ents) node(v);
      if (!hub && rels.length === 1 && ents.length >= 2) {
        const from = isEntity(r.from) ? r.from : ents[0][1];
        const to = isEntity(r.to) ? r.to : ents.find(([, v]) => v !== from)[1];
        edges.push({ from, to, relation: rels[0][1].slice(6, -1) });
        continue;
      }
      hub = hub || (isEntity(r.id) ? r.id : ents.length ? ents[0][1] : null);
      for (const [k, v] of ents) if (v !== hub) edges.push({ from: hub, to: v, relation: k });
    }
    if (!nodes.size) throw new Error("The results hold no actors or facts to draw");
    view.clear();
    view.add(Array.from(nodes.values()), edges, null);
    view.autoFit = true;
    updateCount();
  }));

  // ---- Export ----

  const formats = [
    ["nquads", "N-Quads"], ["jsonld", "JSON-LD"], ["graphml", "GraphML"],
    ["gexf", "GEXF (Gephi)"], ["dot", "DOT (Graphviz)"], ["csv", "CSV (Neo4j, zip)"],
  ];
  function renderExport() {
    const scoped = $("export-scope").checked && state.center;
    $("export-buttons").replaceChildren(...formats.map(([f, label]) => {
      let href = `/api/export?format=${f}`;
      if (scoped) href += `&actor=${encodeURIComponent(state.center.id)}&depth=${state.depth}`;
      href += bg();
      return el("a", { href, download: "", dataset: { format: f } }, label);
    }));
  }
  $("export-scope").addEventListener("change", renderExport);

  // The background toggle redraws the centre's neighbourhood with or
  // without background knowledge.
  $("background").addEventListener("change", (ev) => {
    state.background = ev.target.checked;
    renderExport();
    if (state.center) showActor(state.center.id, state.center.name);
  });
  // ---- Tabs and toolbar ----

  function selectTab(name) {
    document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
    document.querySelectorAll(".tab").forEach((t) => { t.hidden = t.id !== "tab-" + name; });
    if (name === "export") renderExport();
  }
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => selectTab(b.dataset.tab)));
  $("fit").addEventListener("click", () => view.fit());
  $("clear").addEventListener("click", () => { view.clear(); state.center = null; updateCount(); showStart(); });

  // showStart offers the most connected actors as starting points.
  async function showStart() {
    await run("Loading the most connected actors", async () => {
      const actors = (await api("/api/actors?by=degree&limit=12")).actors || [];
      // Ranking a large store takes a while: an actor the user opened in
      // the meantime keeps the panel.
      if (state.center) return;
      const d = $("details");
      if (!actors.length) {
        d.replaceChildren(el("p", { class: "hint" }, "The store holds no actors yet: build some text into it with kg build."));
        return;
      }
      d.replaceChildren(
        el("h2", {}, "Most connected actors"),
        el("p", { class: "hint" }, "Start from one of them, or search above. Click a node to expand it, click an edge to read " +
          "the sentences it comes from. Drag to move, scroll to zoom."),
        el("ul", { id: "start-actors", class: "start-actors" }, actors.map((a) => el("li", {},
          el("button", { type: "button", class: "actor", onclick: () => { input.value = a.name; showActor(a.id, a.name); } }, a.name),
          " ", el("span", { class: "type" }, `${a.type || "untyped"} · ${a.degree} relation${a.degree === 1 ? "" : "s"}`)))));
      selectTab("details");
    });
  }

  // Open the actor named in the URL's #actor=NAME, or offer a start.
  const m = location.hash.match(/^#actor=(.+)$/);
  if (m) {
    const name = decodeURIComponent(m[1]);
    input.value = name;
    showActor(name, name);
  } else {
    showStart();
  }

  // For tests and the curious: the view and the state.
  window.kg = { view, state, selectTab };
})();
