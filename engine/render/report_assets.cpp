#include "engine/render/report_assets.hpp"

#include "engine/render/sha256.hpp"

namespace actorgraph::engine {

const char* const report_style_sheet = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; margin: 1.5em auto; max-width: 90em; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
.meta { color: #555; margin-top: 0; }
.controls { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; align-items: center; margin: 0.5em 0; }
.controls label { white-space: nowrap; } .controls input[type=number] { width: 5em; }
.graph-area { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16em, 1fr); gap: 1em; align-items: start; }
@media (max-width: 60em) { .graph-area { grid-template-columns: 1fr; } }
figure.graph { margin: 0; border: 1px solid #ddd; background: #fff; overflow: hidden; cursor: grab; touch-action: none; }
figure.graph.dragging { cursor: grabbing; }
figure.graph svg { display: block; width: 100%; height: auto; max-height: 80vh; }
figure.graph g.node, figure.graph g.edge { cursor: pointer; }
figure.graph [data-hidden="yes"] { display: none; }
figure.graph [data-state="dim"] { opacity: 0.15; }
figure.graph g.node[data-state="on"] path, figure.graph g.node[data-match="yes"] path { stroke: #111; stroke-width: 3; }
figure.graph g.edge[data-state="on"] path { stroke-width: 5; }
aside.panel { border: 1px solid #ddd; padding: 0.5em 0.8em; max-height: 80vh; overflow-y: auto; background: #fafafa; }
aside.panel h3 { margin-top: 0.2em; } aside.panel ul { padding-left: 1.2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
.table-scroll { overflow-x: auto; }
table.compact .extra { display: none; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: 0 1.5em; margin: 0.5em 0; }
dl.summary div { display: flex; justify-content: space-between; border-bottom: 1px dotted #ccc; }
dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; font-variant-numeric: tabular-nums; }
abbr[title], th[title], dt[title] { text-decoration: underline dotted; cursor: help; }
dl.glossary dt { font-weight: 600; margin-top: 0.5em; } dl.glossary dd { margin-left: 1.5em; } .ref { color: #666; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; background: #f3f3f3; user-select: none; }
table.sortable th[aria-sort="descending"]::after { content: " \25BE"; }
table.sortable th[aria-sort="ascending"]::after { content: " \25B4"; }
tr[data-hidden="yes"], details[data-hidden="yes"] { display: none; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
blockquote.evidence { margin: 0.3em 0; padding: 0.2em 0.8em; border-right: 4px solid #bbb; font-size: 1.1em; }
.support { color: #2e7d32; } .conflict { color: #c62828; } .negotiation { color: #1565c0; } .criticism { color: #ef6c00; }
ol.evidence-list > li { margin-bottom: 0.6em; }
.source { color: #555; font-size: 0.9em; }
.flag { background: #fff3cd; border-radius: 3px; padding: 0 0.3em; font-size: 0.85em; }
details > summary { cursor: pointer; margin: 0.3em 0; }
)css";

const char* const report_script = R"js(
(function () {
  'use strict';
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  var symmetric = { conflict: true, negotiation: true };
  var fmt = function (x) { return Number(x.toPrecision(3)).toLocaleString('en-US'); };

  // --- sortable tables (numbers by data-value, ties by original order) ---
  function key(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-value');
    return value === null ? cell.textContent.trim() : parseFloat(value);
  }
  function sortTable(table, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
      if (descending) order = -order;
      return order !== 0 ? order : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    each(table.tHead.rows[0].cells, function (th, index) {
      if (index === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  }
  each(document.querySelectorAll('table.sortable'), function (table) {
    each(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      function activate() {
        var current = th.getAttribute('aria-sort');
        var descending = current ? current === 'ascending' : th.getAttribute('data-type') === 'number';
        sortTable(table, column, descending);
      }
      th.addEventListener('click', activate);
      th.addEventListener('keydown', function (event) { if (event.key === 'Enter') activate(); });
    });
    var initial = table.getAttribute('data-sort-column');
    if (initial !== null) sortTable(table, Number(initial), true);
  });

  // --- the actor table's column switch ---
  var columns = document.getElementById('toggle-columns');
  var actorTable = document.getElementById('actors');
  if (columns && actorTable) {
    columns.addEventListener('click', function () {
      var compact = actorTable.classList.toggle('compact');
      columns.textContent = compact ? columns.getAttribute('data-more') : columns.getAttribute('data-less');
    });
  }

  // --- what the page knows: actors (table rows) and relations (details) ---
  var actors = {};
  each(document.querySelectorAll('#actors tbody tr'), function (row) {
    actors[row.getAttribute('data-id')] = { en: row.getAttribute('data-en'), ar: row.getAttribute('data-ar'), row: row };
  });
  var relations = [];
  var relationById = {};
  each(document.querySelectorAll('details.relation'), function (el) {
    var r = { source: el.getAttribute('data-source'), target: el.getAttribute('data-target'),
              relation: el.getAttribute('data-relation'), weight: parseFloat(el.getAttribute('data-weight')),
              documents: parseFloat(el.getAttribute('data-documents')), el: el };
    relations.push(r);
    relationById[el.id] = r;
  });
  function nameOf(id) { var a = actors[id]; return a ? (a.en || a.ar || id) : id; }

  var figure = document.getElementById('graph-view');
  var svg = figure ? figure.querySelector('svg') : null;
  var panel = document.getElementById('panel');
  var edges = [], nodes = {};
  if (svg) {
    each(svg.querySelectorAll('g.node'), function (g) {
      if (g.id.indexOf('actor-') === 0) nodes[g.id.slice(6)] = g;
    });
    each(svg.querySelectorAll('g.edge'), function (g) {
      var parts = g.id.split('--');
      if (parts.length !== 3 || parts[0].indexOf('tie-') !== 0) return;
      var e = { from: parts[0].slice(4), to: parts[1], relation: parts[2], g: g, rels: [] };
      [[e.from, e.to], [e.to, e.from]].forEach(function (p, i) {
        if (i === 1 && !symmetric[e.relation]) return;
        var r = relationById['rel-' + p[0] + '-' + p[1] + '-' + e.relation];
        if (r) e.rels.push(r);
      });
      e.weight = e.rels.reduce(function (s, r) { return s + r.weight; }, 0);
      e.documents = e.rels.reduce(function (s, r) { return s + r.documents; }, 0);
      edges.push(e);
    });
  }

  // --- the side panel ---
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function resetStates() {
    edges.forEach(function (e) { e.g.removeAttribute('data-state'); });
    Object.keys(nodes).forEach(function (id) { nodes[id].removeAttribute('data-state'); });
  }
  function partnerList(title, list) {
    add(panel, 'h4', title + ' (' + list.length + ')');
    if (!list.length) { add(panel, 'p', '–'); return; }
    var ul = add(panel, 'ul');
    list.sort(function (a, b) { return b.weight - a.weight || (a.name < b.name ? -1 : 1); });
    list.forEach(function (p) { add(ul, 'li', p.name + ' (' + p.relation + ', ' + fmt(p.weight) + ')'); });
  }
  function selectActor(id) {
    if (!panel) return;
    resetStates();
    var near = {};
    near[id] = true;
    edges.forEach(function (e) {
      var on = e.from === id || e.to === id;
      e.g.setAttribute('data-state', on ? 'on' : 'dim');
      if (on) { near[e.from] = true; near[e.to] = true; }
    });
    Object.keys(nodes).forEach(function (n) { nodes[n].setAttribute('data-state', near[n] ? 'on' : 'dim'); });
    clear(panel);
    add(panel, 'h3', nameOf(id) + (actors[id] && actors[id].ar ? ' · ' + actors[id].ar : ''));
    var allies = [], enemies = [], talks = [];
    var seen = {};
    relations.forEach(function (r) {
      if (r.source !== id && r.target !== id) return;
      var other = r.source === id ? r.target : r.source;
      var k = other + ' ' + r.relation;
      if (seen[k]) { seen[k].weight += r.weight; return; }
      var p = { name: nameOf(other), relation: r.relation, weight: r.weight };
      seen[k] = p;
      if (r.relation === 'support') allies.push(p);
      else if (r.relation === 'negotiation') talks.push(p);
      else enemies.push(p);
    });
    partnerList('Allies (support)', allies);
    partnerList('Enemies (conflict, criticism)', enemies);
    partnerList('Negotiates with', talks);
    panel.setAttribute('data-selected', 'actor-' + id);
  }
  function selectTie(e) {
    if (!panel) return;
    resetStates();
    edges.forEach(function (x) { x.g.setAttribute('data-state', x === e ? 'on' : 'dim'); });
    clear(panel);
    add(panel, 'h3', nameOf(e.from) + (symmetric[e.relation] ? ' — ' : ' → ') + nameOf(e.to) + ': ' + e.relation, e.relation);
    add(panel, 'p', 'weight ' + fmt(e.weight) + ', ' + e.documents + ' documents', 'source');
    e.rels.forEach(function (r) {
      var list = r.el.querySelector('ol.evidence-list');
      if (e.rels.length > 1) add(panel, 'h4', nameOf(r.source) + ' → ' + nameOf(r.target));
      if (list) panel.appendChild(list.cloneNode(true));
      var more = r.el.querySelector('p.source');
      if (more) panel.appendChild(more.cloneNode(true));
    });
    panel.setAttribute('data-selected', e.g.id);
  }

  // --- filters: relation, minimum weight, minimum documents ---
  var minWeight = document.getElementById('min-weight');
  var minDocs = document.getElementById('min-docs');
  function shown(relation) {
    var box = document.querySelector('input[data-relation="' + relation + '"]');
    return !box || box.checked;
  }
  function applyFilters() {
    var w = minWeight ? parseFloat(minWeight.value) || 0 : 0;
    var d = minDocs ? parseFloat(minDocs.value) || 0 : 0;
    edges.forEach(function (e) {
      var visible = shown(e.relation) && e.weight >= w && e.documents >= d;
      if (visible) e.g.removeAttribute('data-hidden'); else e.g.setAttribute('data-hidden', 'yes');
    });
    relations.forEach(function (r) {
      var visible = shown(r.relation) && r.weight >= w && r.documents >= d;
      if (visible) r.el.removeAttribute('data-hidden'); else r.el.setAttribute('data-hidden', 'yes');
    });
  }
  each(document.querySelectorAll('.controls input'), function (input) {
    if (input.id !== 'actor-search') input.addEventListener('input', applyFilters);
  });

  // --- search: Arabic or English, hamza, harakat and case do not matter ---
  function normalise(text) {
    return (text || '').toLowerCase()
      .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647')
      .replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A').trim();
  }
  var search = document.getElementById('actor-search');
  function applySearch() {
    var q = normalise(search.value);
    var matches = [];
    Object.keys(actors).forEach(function (id) {
      var a = actors[id];
      var hit = q !== '' && [id, a.en, a.ar].some(function (n) { return normalise(n).indexOf(q) !== -1; });
      if (hit) matches.push(id);
      if (q === '' || hit) a.row.removeAttribute('data-hidden'); else a.row.setAttribute('data-hidden', 'yes');
      if (nodes[id]) { if (hit) nodes[id].setAttribute('data-match', 'yes'); else nodes[id].removeAttribute('data-match'); }
    });
    if (matches.length === 1 && nodes[matches[0]]) selectActor(matches[0]);
    if (search) search.setAttribute('data-matches', String(matches.length));
  }
  if (search) search.addEventListener('input', applySearch);

  // --- pan and zoom on the SVG's viewBox ---
  if (svg && figure) {
    var base = svg.viewBox.baseVal;
    var home = { x: base.x, y: base.y, w: base.width, h: base.height };
    var view = { x: home.x, y: home.y, w: home.w, h: home.h };
    var show = function () { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); };
    var zoom = function (factor, cx, cy) {
      var w = Math.min(home.w * 4, Math.max(home.w / 20, view.w * factor));
      var f = w / view.w;
      view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f;
      view.w = w; view.h = view.h * f;
      show();
    };
    var point = function (event) {
      var r = svg.getBoundingClientRect();
      return { x: view.x + (event.clientX - r.left) / r.width * view.w, y: view.y + (event.clientY - r.top) / r.height * view.h };
    };
    figure.addEventListener('wheel', function (event) {
      event.preventDefault();
      var p = point(event);
      zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y);
    }, { passive: false });
    var drag = null, moved = false;
    figure.addEventListener('pointerdown', function (event) {
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y };
      moved = false;
    });
    window.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) { moved = true; figure.classList.add('dragging'); }
      if (!moved) return;
      var r = svg.getBoundingClientRect();
      view.x = drag.vx - dx / r.width * view.w; view.y = drag.vy - dy / r.height * view.h;
      show();
    });
    window.addEventListener('pointerup', function () { drag = null; figure.classList.remove('dragging'); });
    svg.addEventListener('click', function (event) {
      if (moved) { moved = false; return; }
      var node = event.target.closest ? event.target.closest('g.node') : null;
      var edge = event.target.closest ? event.target.closest('g.edge') : null;
      if (node && node.id.indexOf('actor-') === 0) selectActor(node.id.slice(6));
      else if (edge) edges.forEach(function (e) { if (e.g === edge) selectTie(e); });
      event.preventDefault();
    });
    var button = function (id, f) { var b = document.getElementById(id); if (b) b.addEventListener('click', f); };
    button('zoom-in', function () { zoom(1 / 1.4, view.x + view.w / 2, view.y + view.h / 2); });
    button('zoom-out', function () { zoom(1.4, view.x + view.w / 2, view.y + view.h / 2); });
    button('zoom-reset', function () { view = { x: home.x, y: home.y, w: home.w, h: home.h }; show(); resetStates(); });
  }

  // --- the state in the URL hash: select=ID, hide=REL,..., search=TEXT ---
  (location.hash || '').replace(/^#/, '').split('&').forEach(function (part) {
    var eq = part.indexOf('=');
    if (eq < 0) return;
    var name = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
    if (name === 'hide') value.split(',').forEach(function (r) {
      var box = document.querySelector('input[data-relation="' + r + '"]');
      if (box) box.checked = false;
    });
    if (name === 'search' && search) { search.value = value; applySearch(); }
    if (name === 'select') {
      if (value.indexOf('actor-') === 0) selectActor(value.slice(6));
      edges.forEach(function (e) { if (e.g.id === value) selectTie(e); });
    }
  });
  applyFilters();
  document.documentElement.setAttribute('data-report-ready', 'yes');
})();
)js";

const std::string& report_script_hash() {
    static const std::string hash = "'sha256-" + sha256_base64(report_script) + "'";
    return hash;
}

}  // namespace actorgraph::engine
