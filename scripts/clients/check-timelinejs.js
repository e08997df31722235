// check-timelinejs.js renders TimelineJS exports with the real TimelineJS
// build (@knight-lab/timelinejs) in headless Chromium and checks what it
// shows: every event becomes a slide with its headline, TimelineJS reads
// every date (its own display of each start and end is printed), no script
// error happens, and open ranges have an end. It writes a screenshot of
// each timeline (its title slide, and the first slide that names its
// sources) beside the report.
//
//   node check-timelinejs.js OUTDIR FILE.timeline.json...
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const dist = path.join(__dirname, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const browser = ['chromium-headless-shell', 'chromium', 'chromium-browser'].find((b) => {
  try {
    execFileSync('sh', ['-c', 'command -v ' + b], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return false;
  }
});

function page(data) {
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${dist}/css/timeline.css">
<script src="file://${dist}/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1366px;height:700px"></div><pre id="result" style="display:none"></pre>
<script>
var errors = [];
window.addEventListener('error', function (e) { errors.push(String(e.message)); });
var data = ${JSON.stringify(data).replace(/</g, '\\u003c')};
var tl = new TL.Timeline('timeline', data, {language: 'en', hash_bookmark: false, start_at_slide: parseInt(location.search.slice(1) || '0', 10)});
function report() {
  var evs = (tl.config && tl.config.events) || [];
  var out = {
    errors: errors,
    slides: document.querySelectorAll('.tl-slide').length,
    headlines: Array.prototype.map.call(document.querySelectorAll('.tl-slide .tl-headline'), function (h) { return h.textContent; }),
    markers: document.querySelectorAll('.tl-timemarker').length,
    events: evs.map(function (e) {
      return {id: e.unique_id,
        start: e.start_date ? e.start_date.getDisplayDate('en') : null,
        end: e.end_date ? e.end_date.getDisplayDate('en') : null,
        text: e.text ? e.text.text : ''};
    })
  };
  document.getElementById('result').textContent = JSON.stringify(out);
}
tl.on('loaded', function () { setTimeout(report, 500); });
setTimeout(function () { if (!document.getElementById('result').textContent) report(); }, 5000);
</script></body></html>`;
}

function render(file, outDir) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const base = path.basename(file).replace(/\.json$/, '');
  const html = path.join(outDir, base + '.html');
  fs.writeFileSync(html, page(data));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--virtual-time-budget=15000', '--window-size=1366,768'];
  const dom = execFileSync(browser, [...args, '--dump-dom', 'file://' + html], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120000 });
  execFileSync(browser, [...args, '--screenshot=' + path.join(outDir, base + '.png'), 'file://' + html], { stdio: 'ignore', timeout: 120000 });
  // A second screenshot shows the first slide that names its sources.
  const slide = data.events.findIndex((e) => /Sources:/.test(e.text.text || '')) + 1;
  if (slide > 0) execFileSync(browser, [...args, '--screenshot=' + path.join(outDir, base + '.slide.png'), 'file://' + html + '?' + slide], { stdio: 'ignore', timeout: 120000 });
  const m = dom.match(/<pre id="result"[^>]*>([\s\S]*?)<\/pre>/);
  if (!m || !m[1]) return { file, problems: ['TimelineJS did not finish loading'] };
  const got = JSON.parse(m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const problems = [];
  for (const e of got.errors) problems.push('script error: ' + e);
  if (got.events.length !== data.events.length) problems.push(`TimelineJS read ${got.events.length} of ${data.events.length} events`);
  if (got.slides < data.events.length + 1) problems.push(`${got.slides} slides for ${data.events.length} events and the title`);
  if (got.markers !== data.events.length) problems.push(`${got.markers} markers on the time axis for ${data.events.length} events`);
  for (const ev of data.events) {
    const g = got.events.find((x) => x.id === ev.unique_id);
    if (!g) { problems.push(`${ev.unique_id}: no slide`); continue; }
    if (!got.headlines.some((h) => h.trim() === ev.text.headline.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))) problems.push(`${ev.unique_id}: headline not shown`);
    if (!g.start) problems.push(`${ev.unique_id}: start not read`);
    if (ev.end_date && !g.end) problems.push(`${ev.unique_id}: end not read`);
    if (/Open range/.test(ev.text.text || '') && /drawn/.test(ev.text.text) && !g.end) problems.push(`${ev.unique_id}: open range drawn as a point`);
    if (ev.start_date.year < 1 && !/BCE/.test(g.start)) problems.push(`${ev.unique_id}: year ${ev.start_date.year} shown as ${g.start}`);
  }
  return { file, got, problems };
}

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node check-timelinejs.js OUTDIR FILE.timeline.json...');
  process.exit(2);
}
if (!browser) {
  console.error('check-timelinejs.js: no headless Chromium (apt-get install chromium-headless-shell)');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
let ok = true;
for (const f of files) {
  const r = render(f, outDir);
  const n = r.got ? r.got.events.length : 0;
  console.log(`${f}: ${n} events rendered as slides; ${r.problems.length} problems; screenshot ${path.join(outDir, path.basename(f).replace(/\.json$/, '.png'))}`);
  if (r.got) for (const e of r.got.events) console.log(`  ${e.id}: ${e.start}${e.end ? ' – ' + e.end : ''}`);
  for (const p of r.problems) console.log('  PROBLEM ' + p);
  ok = ok && r.problems.length === 0;
}
process.exit(ok ? 0 : 1);
