// 督办 — 合规检查页面。没有构建步骤：浏览器直接运行本文件。登录由浏览器的 HTTP Basic 对话框完成。
'use strict';

const LABELS = {
  VIOLATION: '违规', WARNING: '未达力争目标', AT_RISK: '进度滞后', MISSING_REPORT: '未报送', INFO: '提示'
};
const ORDER = Object.keys(LABELS);
// Evidence keys the rules use most, in words; any other key is shown as it is.
const EVIDENCE = {
  reported: '报告值', required: '要求', expected: '按进度应达', unit: '单位', asOf: '报告日期', deadline: '期限',
  elapsed: '时间进度', tolerance: '容差', done: '已完成'
};
const $ = (id) => document.getElementById(id);

let current = null;      // { text, doc, id }
const hidden = new Set(); // severities filtered out

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ''));
  return e;
}

function showProblem(p, status) {
  const box = $('problem');
  box.replaceChildren();
  box.append(el('strong', {}, (p.title || '请求失败') + '（' + (p.status || status) + '）'));
  if (p.detail && !(p.errors && p.errors.length)) box.append(el('p', {}, p.detail));
  if (p.errors && p.errors.length) {
    const ul = el('ul');
    for (const e of p.errors) {
      const where = (e.field ? e.field : '') + (e.line ? '（第' + e.line + '行第' + e.column + '列）' : '');
      ul.append(el('li', {}, el('code', {}, where || '—'), ' ', e.message));
    }
    box.append(ul);
  }
  box.hidden = false;
}

async function run() {
  const text = $('facts').value.trim();
  if (text) {
    try { JSON.parse(text); } catch (e) {
      showProblem({ title: '不是合法的 JSON', detail: e.message }, 400);
      return;
    }
  }
  $('problem').hidden = true;
  $('run').disabled = true;
  $('status').textContent = text ? '检查中…' : '检查中（使用已存档的报告）…';
  try {
    const asOf = $('asOf').value;
    const res = await fetch('api/checks' + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''), {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: text
    });
    const body = await res.text();
    if (!res.ok) {
      let p = {};
      try { p = JSON.parse(body); } catch (e) { p = { detail: body }; }
      showProblem(p, res.status);
      $('status').textContent = '';
      return;
    }
    current = { text: body, doc: JSON.parse(body), id: res.headers.get('Dunban-Check-Id'),
      source: res.headers.get('Dunban-Facts-Source') };
    render();
    $('status').textContent = '完成';
    loadHistory();
  } catch (e) {
    showProblem({ title: '无法连接服务', detail: String(e) }, 0);
    $('status').textContent = '';
  } finally {
    $('run').disabled = false;
  }
}

function render() {
  const doc = current.doc;
  $('result').hidden = false;
  $('meta').textContent = '截至 ' + doc.asOf + ' · 规则库 ' + doc.rulebase
    + (current.id ? ' · 检查记录 #' + current.id : '')
    + (current.source === 'stored' ? ' · 使用已存档报告' : '');
  const summary = $('summary');
  summary.replaceChildren();
  for (const s of ORDER) {
    const n = (doc.summary && doc.summary[s]) || 0;
    const chip = el('span', { class: 'chip ' + s + (hidden.has(s) ? ' off' : ''), title: '点击显示/隐藏' },
      LABELS[s] + ' ' + n);
    chip.addEventListener('click', () => { hidden.has(s) ? hidden.delete(s) : hidden.add(s); render(); });
    summary.append(chip);
  }
  const groups = new Map();
  for (const f of doc.findings) {
    if (hidden.has(f.severity)) continue;
    const units = f.leadUnits && f.leadUnits.length ? f.leadUnits : ['（未列牵头单位）'];
    for (const u of units) {
      const key = (f.jurisdiction ? f.jurisdiction + ' · ' : '') + u;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(f);
    }
  }
  const rank = (list) => ORDER.map((s) => list.filter((f) => f.severity === s).length);
  const sorted = [...groups.entries()].sort((a, b) => {
    const ra = rank(a[1]), rb = rank(b[1]);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i] - ra[i];
    return a[0].localeCompare(b[0], 'zh-CN');
  });
  const box = $('groups');
  box.replaceChildren();
  if (!sorted.length) box.append(el('p', {}, '没有问题。'));
  for (const [unit, list] of sorted) {
    const g = $('group').content.cloneNode(true);
    g.querySelector('.unit').textContent = unit;
    const counts = g.querySelector('.counts');
    rank(list).forEach((n, i) => { if (n) counts.append(el('span', { class: 'sev ' + ORDER[i] }, LABELS[ORDER[i]] + ' ' + n)); });
    const tbody = g.querySelector('tbody');
    for (const f of list) {
      const ev = f.evidence && Object.keys(f.evidence).length
        ? el('div', { class: 'evidence' }, Object.entries(f.evidence).map(([k, v]) => (EVIDENCE[k] || k) + '：' + v).join('　')) : '';
      tbody.append(el('tr', {},
        el('td', {}, el('span', { class: 'sev ' + f.severity }, LABELS[f.severity] || f.severity)),
        el('td', { class: 'subject' }, f.subject || ''),
        el('td', {}, f.message || '', ev),
        el('td', { class: 'cite' }, f.citation ? f.citation.document + ' 第' + f.citation.task + '项：' + f.citation.text : '')));
    }
    box.append(g);
  }
}

function download() {
  if (!current) return;
  const blob = new Blob([current.text], { type: 'application/json;charset=utf-8' });
  const a = el('a', { href: URL.createObjectURL(blob),
    download: 'dunban-findings-' + current.doc.asOf + (current.id ? '-' + current.id : '') + '.json' });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(a.href);
}

async function loadRun(id) {
  const res = await fetch('api/checks/' + id + '/findings', { headers: { Accept: 'application/json' } });
  if (!res.ok) return;
  const text = await res.text();
  const run = await (await fetch('api/checks/' + id)).json();
  current = { text, doc: JSON.parse(text), id: String(id), source: run.facts };
  render();
  $('result').scrollIntoView({ behavior: 'smooth' });
}

async function loadHistory() {
  const res = await fetch('api/checks?limit=10', { headers: { Accept: 'application/json' } });
  if (!res.ok) { $('history').hidden = true; return; }
  const runs = await res.json();
  const tbody = $('runs');
  tbody.replaceChildren();
  for (const r of runs) {
    const counts = el('span');
    for (const s of ORDER) {
      const n = r.summary[s] || 0;
      if (n) counts.append(el('span', { class: 'sev ' + s }, LABELS[s] + ' ' + n), ' ');
    }
    const open = el('button', { type: 'button', class: 'secondary' }, '查看');
    open.addEventListener('click', () => loadRun(r.id));
    tbody.append(el('tr', {}, el('td', {}, '#' + r.id), el('td', {}, r.asOf),
      el('td', {}, new Date(r.ranAt).toLocaleString('zh-CN')), el('td', {}, r.ranBy),
      el('td', {}, r.facts === 'stored' ? '已存档报告' : '提交的文件'), el('td', {}, counts), el('td', {}, open)));
  }
}

async function loadRulebase() {
  const res = await fetch('api/rules', { headers: { Accept: 'application/json' } });
  if (!res.ok) return;
  const r = await res.json();
  $('rulebase').textContent = '规则库 ' + r.version + (r.errors.length ? '（规则目录有 ' + r.errors.length + ' 处编译错误，仍用此版本）' : '');
}

$('asOf').value = today();
$('run').addEventListener('click', run);
$('download').addEventListener('click', download);
$('clear').addEventListener('click', () => { $('facts').value = ''; $('filename').textContent = ''; $('file').value = ''; });
// A facts document that names its date sets the check date (it can still be changed before running).
function takeAsOf() {
  try {
    const doc = JSON.parse($('facts').value);
    if (doc && doc.asOf) $('asOf').value = doc.asOf;
  } catch (err) { /* shown when run */ }
}
$('facts').addEventListener('change', takeAsOf);
$('file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (!f) return;
  $('facts').value = await f.text();
  $('filename').textContent = f.name;
  takeAsOf();
});
loadHistory();
loadRulebase();
