/** The HTML report's page: the document with its inline style, the heading, and the inputs and decisions behind the figures. */

import type { HtmlReportOptions } from "./html.js";
import {
  breakdownSection,
  type ExplainedRow,
  responsesSection,
  statesSection,
  weeksSection,
  worstSection,
} from "./html-sections.js";
import type { ReportTally } from "./html-tally.js";
import { esc, int } from "./html-text.js";

/** Inline style: screen and print; colours are kept when printed. */
const STYLE = `
:root{--met:#2e7d32;--late:#e08600;--breached:#c62828;--open:#8fa3b3;--risk:#f4511e;--pending:#1e88e5;--notopen:#b0b7c1;--rejected:#6d4c9f;--ink:#1d2430;--muted:#5b6675;--line:#d9dee5}
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1200px;padding:24px 28px 40px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:30px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line);break-after:avoid}
h3{font-size:14px;margin:0 0 2px}
p{margin:4px 0 10px}
.sub,.note{color:var(--muted)}
.note{font-size:12.5px}
figure{margin:8px 0;break-inside:avoid}
code{font-size:12.5px}
.tiles{display:grid;grid-template-columns:repeat(7,1fr);gap:8px}
.tile{border:1px solid var(--line);border-top:5px solid var(--c);border-radius:6px;padding:6px 10px;break-inside:avoid}
.tile b{display:block;font-size:24px;line-height:1.2}
.tile span{color:var(--muted);font-size:12px}
.t-pending{--c:var(--pending)}.t-at-risk{--c:var(--risk)}.t-breached{--c:var(--breached)}.t-met{--c:var(--met)}.t-met-late{--c:var(--late)}.t-not-open-yet{--c:var(--notopen)}.t-rejected{--c:var(--rejected)}
.badge{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;background:var(--c);font-size:12px;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:8px 0 14px;font-variant-numeric:tabular-nums}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.num td,.num th{text-align:right}
.num td:first-child,.num th:first-child{text-align:left}
thead th{font-size:12px;color:var(--muted);font-weight:600;border-bottom:1.5px solid var(--muted)}
tr{break-inside:avoid}
.chart{display:block;width:100%;height:auto}
.chart .grid{stroke:#e8ebef}.chart .axis{stroke:#7d8796}.chart .target{stroke:var(--breached);stroke-dasharray:4 3}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .small{font-size:10px}.chart .count{font-size:10px;fill:var(--ink)}
.weeks .tick{font-size:13px}.weeks .small{font-size:12px}.weeks .count{font-size:12px}
.s-met{fill:var(--met);background:var(--met)}.s-met-late{fill:var(--late);background:var(--late)}.s-breached{fill:var(--breached);background:var(--breached)}.s-open{fill:var(--open);background:var(--open)}
.legend{font-size:12px;color:var(--muted)}.legend span{margin-right:18px;white-space:nowrap}
.key{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px}
.grid4{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.worst tbody{break-inside:avoid}
.worst .why td{border-bottom:1px solid var(--line);padding-top:0}
.worst tr:first-child td{border-bottom:none}
.steps{margin:0 0 6px;padding-left:20px;color:var(--muted);font-size:12.5px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;margin:8px 0}
dt{color:var(--muted)}dd{margin:0}
ul.rules{padding-left:20px}
@page{margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10pt}h2{margin-top:18px}.tiles{grid-template-columns:repeat(4,1fr)}.grid4{grid-template-columns:repeat(2,1fr)}}
`;

/** The whole document; `body` is already HTML. No script, no link, nothing fetched. */
function documentHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="adobe-sla">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** `0.75` as `75%`. */
const share = (n: number) => `${Math.round(n * 10_000) / 100}%`;

/** A holiday as given: a date string as it is, anything else as JSON. */
const holidayText = (h: unknown) => (typeof h === "string" ? h : (JSON.stringify(h) ?? String(h)));

/** The inputs the figures rest on, and how each state is decided. */
function inputsSection(options: HtmlReportOptions, tally: ReportTally): string {
  const holidays =
    options.holidays.length === 0
      ? "none given for every row (a row's own <code>holidays</code> column still applies)"
      : `<ul class="plain">${options.holidays.map((h) => `<li>${esc(holidayText(h))}</li>`).join("")}</ul>`;
  const threshold = share(options.atRiskThreshold);
  return `<section id="inputs"><h2>Inputs and decisions</h2><dl data-testid="inputs">
<dt>source</dt><dd data-testid="source">${esc(options.source)}</dd>
<dt>evaluated at (<code>--now</code>)</dt><dd data-testid="now">${esc(options.now)}</dd>
<dt>at-risk threshold (<code>--at-risk</code>)</dt><dd data-testid="at-risk">${esc(options.atRiskThreshold)} (${threshold} of the target used)</dd>
<dt>holidays for every row</dt><dd data-testid="holidays">${holidays}</dd>
<dt>rows read</dt><dd>${int(tally.rows)}</dd>
<dt>tool</dt><dd data-testid="version">adobe-sla ${esc(options.version)} (adobe-support-sla)</dd>
</dl>
<h3>How states are decided</h3>
<p>Each row is a case for the library's <code>slaStatusFigures</code>, which validates it as <code>slaStatus</code> does. The deadline is the plan's first-response target for the priority, counted from the opening on the target's clock: elapsed time for P1 (24x7), the business hours of the row's support region for P2-P4, with weekends and holidays closed and pauses excluded. The state is taken at the response, or at the evaluation instant when there is none:</p>
<ul class="rules">
<li><b>met</b>: responded at or before the deadline; <b>met late</b>: responded after it.</li>
<li><b>breached</b>: no response, and the evaluation instant is past the deadline.</li>
<li><b>at risk</b>: no response, deadline ahead, at least ${threshold} of the target used; <b>pending</b>: less than that.</li>
<li><b>not open yet</b>: opened after the evaluation instant; not measured.</li>
<li><b>rejected</b>: the row could not be read, or the library rejected its case; the CSV report's <code>error</code> column says why.</li>
</ul>
<p class="note">Weeks are ISO 8601 weeks (Monday to Sunday) of the opening instant in UTC. Response-time buckets include their lower limit and not their upper one; a met ticket counts at most in 75-100%, a met-late one at least in 100-150%. This page holds no time of its own making: the same input and options give the same page.</p>
</section>`;
}

/** The page for `tally`, with the worst rows explained. */
export function pageHtml(
  options: HtmlReportOptions,
  tally: ReportTally,
  explained: readonly ExplainedRow[],
  worstLimit: number,
): string {
  const title = `Adobe support response report: ${options.source}`;
  const heading = `<header><h1>Adobe support response report</h1><p class="sub">${esc(options.source)}, evaluated at ${esc(options.now)}: first-response times against the targets of each ticket's plan and priority.</p></header>`;
  if (tally.rows === 0) {
    return documentHtml(
      title,
      `${heading}<section id="empty" data-testid="empty"><h2>No rows</h2><p>No rows were read from ${esc(options.source)}: there is nothing to count.</p></section>${inputsSection(options, tally)}`,
    );
  }
  return documentHtml(
    title,
    [
      heading,
      statesSection(tally),
      weeksSection(tally),
      responsesSection(tally),
      breakdownSection(tally),
      worstSection(explained, worstLimit),
      inputsSection(options, tally),
    ].join("\n"),
  );
}
