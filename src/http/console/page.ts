// The web chat at `/`: pick who you are and which chat you are in, and talk to
// the bot. A single page with no build step, so `npm start` needs nothing else.
// Laid out as a column that fills the screen (header, log, composer), so the Send button
// stays on screen on a 390 px phone however the header wraps. A chat screenshot (issue 19) goes
// with the 📷 button or by pasting an image into the text box; the text then is its caption.
import { chatMarkdownToHtml } from './markdown.js';

export const CONSOLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Baton console</title>
<style>
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#1d2330}
header{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap;padding:.6rem 1rem;background:#1f3b63;color:#fff}
header h1{font-size:1.05rem;margin:0 .8rem 0 0}header label{font-size:.85rem;opacity:.9}
select,input,button{font:inherit;border-radius:6px;border:1px solid #c9ced8;padding:.35rem .5rem}
button{background:#2d6cdf;color:#fff;border-color:#2d6cdf;cursor:pointer}button:disabled{opacity:.5}
html,body{height:100%}body{display:flex;flex-direction:column;height:100dvh}
header{flex:none}header select{max-width:46vw}
main{flex:1;min-height:0;width:100%;max-width:900px;margin:0 auto;display:flex;flex-direction:column}
#log{flex:1;min-height:0;overflow-y:auto;padding:1rem}
.msg{max-width:80%;margin:.35rem 0;padding:.5rem .7rem;border-radius:10px;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;box-shadow:0 1px 1px #0001}
.msg.me{margin-left:auto;background:#dcebff}.msg.bot{background:#fff8e1}.msg a{color:#1f57c3;text-decoration:underline}
.msg code{background:#0000000d;border-radius:4px;padding:0 .25rem;font-size:.9em}
.meta{font-size:.75rem;color:#667;margin-bottom:.15rem}
form{flex:none;display:flex;gap:.5rem;padding:.6rem 1rem;background:#fff;border-top:1px solid #dde}
textarea{flex:1;min-width:0;font:inherit;min-height:2.6rem;max-height:12rem;border-radius:6px;border:1px solid #c9ced8;padding:.4rem}
#send,#pick{flex:none}#pick{background:#fff;color:#1d2330;border-color:#c9ced8}
#attached{flex:none;display:flex;align-items:center;gap:.3rem;font-size:.8rem;color:#445}#attached img{max-height:2.6rem;max-width:3.5rem;border-radius:4px}
#attached button{padding:0 .4rem;background:#fff;color:#445;border-color:#c9ced8}#attached[hidden]{display:none}
@media (max-width:480px){header{padding:.4rem .6rem;gap:.3rem .5rem}#log{padding:.6rem}.msg{max-width:92%}form{padding:.5rem .6rem}}
.note{padding:.5rem 1rem;color:#8a5a00;background:#fff4d6;font-size:.85rem}
</style></head><body>
<header><h1>Baton</h1>
<label>I am <select id="who"></select></label>
<label>in <select id="chat"></select></label>
<span id="status" style="font-size:.8rem;opacity:.8"></span></header>
<main><div id="note" class="note" hidden></div><div id="log"></div>
<form id="f"><input type="file" id="file" accept="image/png,image/jpeg" hidden><button type="button" id="pick" title="Send a chat screenshot (or paste one)" aria-label="Send a chat screenshot">📷</button><span id="attached" hidden><img id="thumb" alt=""><span id="attachedName"></span><button type="button" id="unattach" aria-label="Remove the picture">×</button></span><textarea id="text" placeholder="Type a message, paste a customer chat or a screenshot, or /help"></textarea><button id="send">Send</button></form></main>
<script>
const $ = (id) => document.getElementById(id);
let team = { members: [], chats: [] }, polling = null, seen = new Set(), generation = 0, inFlight = null, picture = null;
// tsx (npm run dev) compiles with esbuild's keepNames, which wraps functions in __name(): a no-op here.
var __name = (f) => f;
const markdown = ${chatMarkdownToHtml.toString()};
const token = () => localStorage.getItem('batonConsoleToken') || '';
async function api(path, opts = {}) {
  const res = await fetch(path, { ...opts, headers: { 'content-type': 'application/json', ...(token() ? { authorization: 'Bearer ' + token() } : {}) } });
  if (res.status === 401) { const t = prompt('Console token (CONSOLE_TOKEN):'); if (t) { localStorage.setItem('batonConsoleToken', t); return api(path, opts); } }
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}
function fillChats() {
  const who = $('who').value, keep = $('chat').value;
  $('chat').innerHTML = '';
  for (const c of team.chats.filter((c) => c.members.includes(who))) {
    const o = document.createElement('option'); o.value = c.id; o.textContent = (c.title || c.id) + (c.has_external ? ' ⚠ external' : ''); $('chat').append(o);
  }
  const dm = 'dm:' + who;
  $('chat').value = [...$('chat').options].some((o) => o.value === keep) ? keep : ([...$('chat').options].some((o) => o.value === dm) ? dm : ($('chat').options[0]||{}).value);
  localStorage.setItem('batonWho', who);
  // The server lets this page post and read only as the person chosen here.
  api('/api/console/session', { method: 'POST', body: JSON.stringify({ as: who }) }).then(reload, (e) => { $('status').textContent = e.message; });
}
function render(m) {
  const who = $('who').value, d = document.createElement('div');
  d.className = 'msg ' + (m.from === 'bot' ? 'bot' : m.from === who ? 'me' : '');
  const name = m.from === 'bot' ? 'Baton' : ((team.members.find((x) => x.id === m.from) || {}).name || m.from);
  const meta = document.createElement('div'); meta.className = 'meta'; meta.textContent = name + ' · ' + new Date(m.at).toLocaleString();
  // Escaped first, then the bot's markdown: nothing in a message becomes markup of its own.
  const body = document.createElement('div'); body.innerHTML = markdown(m.text || '📷');
  d.append(meta, body); $('log').append(d);
}
async function reload() { generation++; if (inFlight) await inFlight; seen = new Set(); $('log').innerHTML = ''; await poll(); }
// One poll at a time, and each message drawn once (by id): the timer, Send and a chat switch
// used to overlap and draw the same messages twice.
// window.batonPolls counts finished polls, so a browser test can wait for the page to have drawn
// what the server had rather than sleep and hope.
function poll() { if (!inFlight) inFlight = pollOnce().finally(() => { inFlight = null; window.batonPolls = (window.batonPolls || 0) + 1; }); return inFlight; }
async function pollOnce() {
  const chat = $('chat').value, gen = generation; if (!chat) return;
  try {
    const { messages } = await api('/api/console/chats/' + encodeURIComponent(chat) + '/messages');
    if (gen !== generation) return;
    const atBottom = $('log').scrollHeight - $('log').scrollTop - $('log').clientHeight < 40;
    const fresh = messages.filter((m) => !seen.has(m.id));
    for (const m of fresh) { seen.add(m.id); render(m); }
    if (fresh.length && atBottom) $('log').scrollTop = $('log').scrollHeight;
    $('status').textContent = '';
  } catch (e) { $('status').textContent = e.message; }
}
$('who').onchange = fillChats; $('chat').onchange = reload;
// A picture to send (the 📷 button or a paste): PNG or JPEG only, sent as base64 in "image".
function attach(file) {
  if (!file || (file.type !== 'image/png' && file.type !== 'image/jpeg')) { $('status').textContent = 'only PNG or JPEG screenshots'; return; }
  picture = file; $('attached').hidden = false; $('attachedName').textContent = file.name || 'screenshot';
  $('thumb').src = URL.createObjectURL(file);
}
function unattach() { picture = null; $('attached').hidden = true; $('thumb').removeAttribute('src'); $('file').value = ''; }
const dataUrl = (file) => new Promise((resolve, reject) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.onerror = () => reject(r.error); r.readAsDataURL(file); });
$('pick').onclick = () => $('file').click();
$('file').onchange = () => attach($('file').files[0]);
$('unattach').onclick = unattach;
$('text').onpaste = (e) => {
  const item = [...(e.clipboardData ? e.clipboardData.items : [])].find((i) => i.kind === 'file' && i.type.startsWith('image/'));
  if (item) { e.preventDefault(); attach(item.getAsFile()); }
};
$('f').onsubmit = async (e) => {
  e.preventDefault(); const text = $('text').value.trim(); if (!text && !picture) return;
  $('send').disabled = true; $('status').textContent = picture ? 'reading the screenshot…' : 'thinking…';
  try {
    const body = { chat: $('chat').value, from: $('who').value, ...(text ? { text } : {}), ...(picture ? { image: await dataUrl(picture) } : {}) };
    await api('/api/console/messages', { method: 'POST', body: JSON.stringify(body) }); $('text').value = ''; unattach(); await poll(); $('log').scrollTop = $('log').scrollHeight;
  }
  catch (err) { $('status').textContent = err.message; } finally { $('send').disabled = false; }
};
$('text').onkeydown = (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('f').requestSubmit(); };
(async () => {
  team = await api('/api/console/team');
  for (const m of team.members) { const o = document.createElement('option'); o.value = m.id; o.textContent = m.name + ' (' + m.role + ')'; $('who').append(o); }
  $('who').value = localStorage.getItem('batonWho') || 'lily'; fillChats();
  polling = setInterval(poll, 2000);
  try { const s = await api('/api/console/status'); if (s.note) { $('note').hidden = false; $('note').textContent = s.note; } } catch {}
})();
</script></body></html>`;
