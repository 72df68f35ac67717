// The one stylesheet: small, readable on a phone (tables scroll sideways, cards stack).
export const STYLE_CSS = `
:root{--fg:#1d2330;--muted:#667085;--line:#e4e7ec;--bg:#f6f7f9;--card:#fff;--acc:#3563e9;--bad:#d64545;--good:#1f9d55;--warn:#d98b1c}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--acc);text-decoration:none}a:hover{text-decoration:underline}
header.top{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;padding:10px 16px;background:#1d2330;color:#fff}
header.top a{color:#cfd6e4}header.top a.on{color:#fff;font-weight:600}header.top .who{margin-left:auto;font-size:13px;color:#aab3c5}
header.top .brand{font-weight:700;color:#fff;margin-right:8px}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:4px 0 12px}h2{font-size:17px;margin:0 0 10px}h3{font-size:15px;margin:12px 0 6px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin-bottom:14px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:14px;margin-bottom:14px;align-items:start}.grid>.card{margin:0;min-width:0}.grid>*{min-width:0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{color:var(--muted);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:var(--muted)}.small{font-size:13px}.bad{color:var(--bad)}.good{color:var(--good)}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;background:#eef2ff;color:#3346a8;white-space:nowrap}
.badge.tA{background:#fdecec;color:#a12b2b}.badge.tB{background:#fff4e5;color:#8a5a00}.badge.tC{background:#eef2ff;color:#3346a8}.badge.tD{background:#f2f4f7;color:#555}
.badge.over{background:#fdecec;color:#a12b2b}.badge.old{background:#f2f4f7;color:#667085;text-decoration:line-through}
.hidden-field{color:var(--muted);font-style:italic}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin-bottom:12px}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
input,select,button{font:inherit;padding:6px 8px;border:1px solid #cdd3dd;border-radius:6px;background:#fff}
button,.btn{background:var(--acc);color:#fff;border-color:var(--acc);cursor:pointer;border-radius:6px;padding:7px 14px;display:inline-block}
button.secondary{background:#fff;color:var(--acc)}button:disabled{opacity:.5;cursor:default}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);color:#344054;background:#fafbfc}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
ul.timeline{list-style:none;padding:0;margin:0}ul.timeline li{padding:6px 0;border-bottom:1px solid var(--line)}
ul.timeline .ev{display:inline-block;min-width:52px;font-size:11px;color:#475467;background:#f2f4f7;border-radius:4px;padding:0 5px;margin-right:4px;text-align:center}
ul.timeline .when{color:var(--muted);font-size:12px;margin-right:8px;white-space:nowrap}
.errors{background:#fff5f5;border:1px solid #f3c5c5;color:#8b1d1d;border-radius:8px;padding:10px 14px}
.errors li{margin:2px 0}.ok{background:#f0faf4;border:1px solid #b7e4c7;color:#14532d;border-radius:8px;padding:10px 14px}
svg.chart{max-width:100%;height:auto;display:block}.chart-box{overflow-x:auto;max-width:100%}svg.chart .lbl,svg.chart .val,svg.chart .tick{font-size:12px;fill:#344054}
svg.chart .axis{stroke:#98a2b3;stroke-width:1}svg.chart .marker{stroke:#1d2330;stroke-width:2.5}svg.spark{width:180px;height:36px;display:block}
.legend{display:flex;flex-wrap:wrap;gap:10px;font-size:12px;color:var(--muted);margin-top:4px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.kpis{display:flex;flex-wrap:wrap;gap:10px}.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;min-width:140px}
.kpi b{display:block;font-size:22px}.kpi span{font-size:12px;color:var(--muted)}
.msg{max-width:520px;margin:12vh auto;text-align:center}
@media (max-width:640px){main{padding:10px}table.customers th:nth-child(2),table.customers td:nth-child(2){display:none}table.customers td.small{white-space:nowrap}h1{font-size:19px}.grid{grid-template-columns:1fr}th,td{padding:5px 6px}header.top .who{margin-left:0;width:100%}}
`;
