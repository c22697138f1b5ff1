// Scans every time zone Intl knows, 1970-2200, sampling offsets every 6 hours, and prints the zones
// whose UTC-offset changes come closest together. The engine samples offsets every 3 days
// (src/time/zone.ts, SAMPLE_STEP_MS) and relies on no two changes being closer than that.
// Run: node scripts/check-transition-gaps.mjs  (takes about 3 minutes)
const step = 6 * 3600e3;
const start = Date.UTC(1970, 0, 1);
const end = Date.UTC(2201, 0, 1);
function offsetReader(zone) {
  const dtf = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (t) => {
    const m = /(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)/.exec(dtf.format(t));
    return Date.UTC(+m[3], +m[1] - 1, +m[2], +m[4], +m[5], +m[6]) - Math.floor(t / 1000) * 1000;
  };
}
const rows = [];
for (const zone of Intl.supportedValuesOf("timeZone")) {
  const offset = offsetReader(zone);
  let previous = offset(start);
  let lastChange = null;
  let minGap = Number.POSITIVE_INFINITY;
  let at = "";
  for (let t = start + step; t < end; t += step) {
    const o = offset(t);
    if (o === previous) continue;
    if (lastChange !== null && t - lastChange < minGap) {
      minGap = t - lastChange;
      at = new Date(t).toISOString();
    }
    lastChange = t;
    previous = o;
  }
  rows.push({ days: minGap / 86400e3, zone, at });
}
rows.sort((a, b) => a.days - b.days);
for (const row of rows.slice(0, 10))
  console.log(`${row.days.toFixed(2)} days  ${row.zone}  ${row.at}`);
