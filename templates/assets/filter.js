/* powers — offline filter for the catalogue pages. No modules, no network: works from file://.
 * The page embeds its search index as JSON (<script type="application/json" id="filter-index">),
 * one lower-cased text per entry row ([data-entry]) in document order. Typing hides the rows
 * that do not contain every word typed, hides empty groups and updates their counts. */
(function () {
  'use strict';
  var form = document.querySelector('[data-filter]');
  var input = document.getElementById('filter-q');
  var status = document.getElementById('filter-status');
  var indexEl = document.getElementById('filter-index');
  if (!form || !input || !indexEl) return;

  var rows = document.querySelectorAll('[data-entry]');
  var texts;
  try {
    texts = JSON.parse(indexEl.textContent || '[]');
  } catch (e) {
    texts = null;
  }
  if (!texts || texts.length !== rows.length) {
    // The index does not match the rows: fall back to the rows' own text.
    texts = [];
    for (var k = 0; k < rows.length; k++) texts.push(normalize(rows[k].textContent || ''));
  }
  var groups = document.querySelectorAll('[data-group]');
  var groupRows = [];
  for (var g = 0; g < groups.length; g++) {
    groupRows.push({
      el: groups[g],
      count: groups[g].querySelector('[data-count]'),
      rows: groups[g].querySelectorAll('[data-entry]'),
    });
  }
  var empty = document.querySelector('[data-filter-empty]');
  var shown = new Uint8Array(rows.length);
  for (var i = 0; i < rows.length; i++) shown[i] = 1;

  function normalize(s) {
    return (s.normalize ? s.normalize('NFKC') : s).toLowerCase();
  }

  function apply() {
    var terms = normalize(input.value).split(/\s+/).filter(Boolean);
    var total = 0;
    for (var i = 0; i < rows.length; i++) {
      var text = texts[i];
      var ok = 1;
      for (var t = 0; t < terms.length; t++) {
        if (text.indexOf(terms[t]) < 0) { ok = 0; break; }
      }
      if (ok !== shown[i]) {
        shown[i] = ok;
        rows[i].hidden = !ok;
      }
      total += ok;
    }
    for (var g = 0; g < groupRows.length; g++) {
      var n = 0;
      var list = groupRows[g].rows;
      for (var j = 0; j < list.length; j++) if (!list[j].hidden) n++;
      if (groupRows[g].count) groupRows[g].count.textContent = String(n);
      groupRows[g].el.hidden = n === 0;
    }
    if (empty) empty.hidden = total !== 0;
    if (status) {
      status.textContent = terms.length ? '符合条件的职权 ' + total + ' 项（共 ' + rows.length + ' 项）' : '共 ' + rows.length + ' 项职权';
    }
  }

  var pending = 0;
  function schedule() {
    if (pending) return;
    pending = 1;
    (window.requestAnimationFrame || setTimeout)(function () {
      pending = 0;
      apply();
    });
  }

  input.addEventListener('input', schedule);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  if (input.value) apply();
  else if (status) status.textContent = '共 ' + rows.length + ' 项职权';
})();
