/* powers — offline search over every public power. No modules, no fetch, no WASM: the index is a
 * set of classic scripts under search/ (built by src/publish/search-index.ts), added to the page
 * only when a query needs them, so it works when the site is opened from disk (file://).
 * A query is normalised like the index (NFKC, traditional → simplified, lower case) and cut into
 * character bigrams (a one-character word stays itself); a power matches when it holds them all. */
(function () {
  'use strict';
  var form = document.querySelector('[data-search]');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !list) return;
  var root = form.getAttribute('data-root') || '';
  var SHOWN = 50;

  var meta = null;
  var t2s = null;
  var terms = {};
  var docs = {};
  var waiting = {};

  window.POWERS_SEARCH = {
    meta: function (m) { meta = m; done('search/meta.js'); },
    terms: function (n, t) { terms[n] = t; done('search/terms-' + n + '.js'); },
    docs: function (n, d) { docs[n] = d; done('search/docs-' + n + '.js'); }
  };

  function done(rel) {
    var w = waiting[rel];
    if (!w) return;
    w.loaded = true;
    for (var i = 0; i < w.then.length; i++) w.then[i]();
    w.then = [];
  }

  /** Adds the script `rel` once; calls `then` when its data has arrived. */
  function need(rel, then) {
    var w = waiting[rel];
    if (w && w.loaded) { then(); return; }
    if (w) { w.then.push(then); return; }
    w = waiting[rel] = { loaded: false, then: [then] };
    var s = document.createElement('script');
    s.src = root + rel;
    s.onerror = function () { show('搜索索引文件缺失，请重新发布目录'); };
    document.head.appendChild(s);
  }

  /** Calls `then` once every script of `rels` has arrived. */
  function needAll(rels, then) {
    var left = rels.length;
    if (!left) { then(); return; }
    for (var i = 0; i < rels.length; i++) need(rels[i], function () { if (--left === 0) then(); });
  }

  function normalize(s) {
    s = s.normalize ? s.normalize('NFKC') : s;
    if (t2s) {
      var out = '';
      for (var i = 0; i < s.length; i++) {
        var c = s.charAt(i);
        var code = s.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) c = s.substr(i++, 2);
        out += t2s[c] || c;
      }
      s = out;
    }
    return s.toLowerCase();
  }

  /** The query's tokens: per run of letters and digits, its bigrams, or the one character. */
  function tokens(q) {
    var runs = q.match(/[\p{L}\p{N}]+/gu) || [];
    var out = [];
    for (var r = 0; r < runs.length; r++) {
      var chars = Array.from(runs[r]);
      if (chars.length === 1) out.push(chars[0]);
      for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
    return out;
  }

  function chunkOf(term, n) {
    var h = 5381;
    for (var i = 0; i < term.length; i++) h = (Math.imul(h, 33) + term.charCodeAt(i)) | 0;
    return (h >>> 0) % n;
  }

  function decode(postings) {
    var ids = [];
    if (!postings) return ids;
    var parts = postings.split(',');
    var id = 0;
    for (var i = 0; i < parts.length; i++) { id += parseInt(parts[i], 36); ids.push(id); }
    return ids;
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function show(text) {
    if (status) status.textContent = text;
  }

  var latest = 0;
  function run() {
    var ticket = ++latest;
    var q = input.value;
    if (!q.trim()) {
      list.textContent = '';
      list.hidden = true;
      show('');
      return;
    }
    show('正在搜索……');
    need('search/meta.js', function () {
      if (ticket !== latest) return;
      if (!t2s) {
        t2s = {};
        var pairs = Array.from(meta.t2s);
        for (var i = 0; i + 1 < pairs.length; i += 2) t2s[pairs[i]] = pairs[i + 1];
      }
      var toks = tokens(normalize(q));
      if (!toks.length) { render(ticket, q, []); return; }
      var rels = [];
      for (var k = 0; k < toks.length; k++) {
        var rel = 'search/terms-' + chunkOf(toks[k], meta.termChunks) + '.js';
        if (rels.indexOf(rel) < 0) rels.push(rel);
      }
      needAll(rels, function () {
        if (ticket !== latest) return;
        var ids = null;
        for (var k = 0; k < toks.length && (ids === null || ids.length); k++) {
          var found = decode(terms[chunkOf(toks[k], meta.termChunks)][toks[k]]);
          ids = ids === null ? found : intersect(ids, found);
        }
        render(ticket, q, ids || []);
      });
    });
  }

  function render(ticket, q, ids) {
    var shown = ids.slice(0, SHOWN);
    var rels = [];
    for (var i = 0; i < shown.length; i++) {
      var rel = 'search/docs-' + Math.floor(shown[i] / meta.docChunk) + '.js';
      if (rels.indexOf(rel) < 0) rels.push(rel);
    }
    needAll(rels, function () {
      if (ticket !== latest) return;
      var frag = document.createDocumentFragment();
      for (var i = 0; i < shown.length; i++) {
        var d = docs[Math.floor(shown[i] / meta.docChunk)][shown[i] % meta.docChunk];
        var li = document.createElement('li');
        li.setAttribute('data-result', d[0]);
        var a = document.createElement('a');
        a.href = root + d[4];
        a.textContent = d[1];
        var code = document.createElement('span');
        code.className = 'result-code';
        code.textContent = d[0];
        var aux = document.createElement('span');
        aux.className = 'result-aux';
        aux.textContent = d[2] + ' · ' + d[3];
        li.appendChild(code);
        li.appendChild(a);
        li.appendChild(aux);
        frag.appendChild(li);
      }
      list.textContent = '';
      list.appendChild(frag);
      list.hidden = shown.length === 0;
      list.setAttribute('data-query', q);
      show(ids.length === 0 ? '没有找到符合“' + q + '”的职权。'
        : ids.length > shown.length ? '找到 ' + ids.length + ' 项职权，显示前 ' + shown.length + ' 项。' : '找到 ' + ids.length + ' 项职权。');
    });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  form.hidden = false;
  if (input.value) run();
})();
