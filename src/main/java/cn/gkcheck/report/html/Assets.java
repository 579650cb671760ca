package cn.gkcheck.report.html;

/**
 * The stylesheet and the overview's script, written inline into every page: the audit is opened from
 * a disk, a mail attachment or a CI artefact, with no network, so a page carries all it needs.
 * Java text rather than resources because the build filters resources and would read {@code ${…}}.
 */
final class Assets {
    private Assets() {}

    static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em;color:#222;line-height:1.5}
            nav{margin-bottom:1em}
            h1{font-size:1.4em}
            h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-bottom:.2em}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
            dl.meta dt{font-weight:bold}
            dl.meta dd{margin:0;word-break:break-all}
            .sev-error,.r-errors{color:#b00020}
            .sev-warning,.r-warnings{color:#8a5a00}
            .sev-info{color:#1f5fa8}
            .r-pass{color:#19692c}
            .r-unreadable{color:#6b2fa3}
            .counts span{margin-right:.8em}
            .result{font-weight:bold}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{border:1px solid #bbb;padding:.2em .45em;vertical-align:top}
            table.report-table th{background:#f3f3f3;font-weight:normal;text-align:left}
            table.report-table tr.head th{background:#e4e8ee;font-weight:bold}
            td.cell{min-width:2.5em;text-align:right;white-space:pre-wrap}
            td.k-blank{background:#fafafa}
            td.k-text{font-style:italic}
            td.absent{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
            td.guess{outline:1px dashed #888;outline-offset:-3px}
            td.hit{background:#fff3c4;box-shadow:inset 0 0 0 2px #e0a800}
            td.hit.sev-error{background:#ffd9de;box-shadow:inset 0 0 0 2px #b00020}
            td.hit.sev-info{background:#dde9f8;box-shadow:inset 0 0 0 2px #1f5fa8}
            th.hit-row,th.hit-col{box-shadow:inset 0 0 0 2px #e0a800}
            th.hit-row.sev-error,th.hit-col.sev-error{box-shadow:inset 0 0 0 2px #b00020}
            sup.mark{font-size:.7em;margin-left:.2em}
            :target{outline:3px solid #1f5fa8}
            ol.findings{padding-left:1.2em}
            li.finding{margin:.4em 0;list-style:none}
            li.finding .num{display:inline-block;min-width:1.6em;font-weight:bold;color:#555}
            li.finding .sev{font-weight:bold}
            li.finding .where,.evidence,.basis{color:#555;font-size:.9em}
            li.finding .msg{margin-left:1.6em}
            li.finding .evidence,li.finding .basis{margin-left:1.6em;word-break:break-all}
            pre.body{white-space:pre-wrap;background:#f8f8f8;padding:.5em;max-height:30em;overflow:auto}
            div.unreadable{border:2px solid #6b2fa3;background:#f5effa;padding:.5em 1em;margin:1em 0}
            p.unreadable-part{color:#6b2fa3}
            .filters{margin:1em 0;display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
            .filters input{min-width:16em}
            table.overview th{cursor:pointer;background:#e4e8ee;user-select:none}
            table.overview th[aria-sort=ascending]::after{content:" ▲"}
            table.overview th[aria-sort=descending]::after{content:" ▼"}
            td.n{text-align:right}
            .charts{display:flex;flex-wrap:wrap;gap:2em}
            figure.chart{margin:0}
            figure.chart figcaption{font-weight:bold}
            svg text{font-size:12px;fill:#222}
            rect.bar{fill:#1f5fa8}
            rect.sev-error,rect.r-errors{fill:#b00020}
            rect.sev-warning,rect.r-warnings{fill:#e0a800}
            rect.r-pass{fill:#19692c}
            rect.r-unreadable{fill:#6b2fa3}
            dl.rules dt{margin-top:1em;font-weight:bold}
            dl.rules dd{margin-left:1.5em}
            """;

    /** Filters (text, organ, rule, category, severity) and sorting by a click on a column head. */
    static final String OVERVIEW_JS = """
            (function () {
              'use strict';
              var table = document.getElementById('reports');
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              var q = document.getElementById('q');
              var selects = {organ: 'f-organ', rules: 'f-rule', categories: 'f-category', severities: 'f-severity'};
              function listed(list, value) {
                return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0;
              }
              function apply() {
                var text = q.value.trim().toLowerCase();
                var shown = 0;
                rows.forEach(function (row) {
                  var ok = !text || row.getAttribute('data-text').indexOf(text) >= 0;
                  Object.keys(selects).forEach(function (attr) {
                    var value = document.getElementById(selects[attr]).value;
                    if (!value) return;
                    var held = row.getAttribute('data-' + attr);
                    ok = ok && (attr === 'organ' ? held === value : listed(held, value));
                  });
                  row.hidden = !ok;
                  if (ok) shown++;
                });
                document.getElementById('shown').textContent = String(shown);
              }
              q.addEventListener('input', apply);
              Object.keys(selects).forEach(function (attr) {
                document.getElementById(selects[attr]).addEventListener('change', apply);
              });
              function key(row, i, numeric) {
                var cell = row.cells[i];
                var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
                if (!numeric) return v;
                return v === '' ? null : Number(v);
              }
              function sortBy(th) {
                var i = th.cellIndex;
                var numeric = th.getAttribute('data-type') === 'num';
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var order = rows.map(function (row, at) { return {row: row, at: at, k: key(row, i, numeric)}; });
                order.sort(function (a, b) {
                  if (a.k === null || b.k === null) {
                    if (a.k === b.k) return a.at - b.at;
                    return a.k === null ? 1 : -1;
                  }
                  var c = numeric ? a.k - b.k : a.k.localeCompare(b.k, 'zh-CN');
                  if (!ascending) c = -c;
                  return c !== 0 ? c : a.at - b.at;
                });
                order.forEach(function (o) { body.appendChild(o.row); });
              }
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
                th.addEventListener('click', function () { sortBy(th); });
                th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortBy(th); });
              });
            })();
            """;
}
