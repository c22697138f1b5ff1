/** Run by memory.test.ts in its own process (`node --expose-gc --import tsx`): creates many distinct large calendars and prints heap sizes as JSON. */

import { calendarBytes } from "../../src/calendar/calendar.js";
import { createCalendar, isOpen } from "../../src/index.js";

const gc = (globalThis as { gc?: () => void }).gc as () => void;
const heap = () => {
  gc();
  gc();
  // Typed arrays (compiled years) live outside the JS heap: count them too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const count = Number(process.argv[2] ?? 1000);
const datesPerCalendar = Number(process.argv[3] ?? 1000);
const firstDay = Date.UTC(2020, 0, 1);
const dates = Array.from({ length: datesPerCalendar }, (_, i) =>
  new Date(firstDay + i * 86_400_000).toISOString().slice(0, 10),
);

/** Calendar `n`: its own hours on every date, so that no two share a cache entry. */
const definitionOf = (n: number) => ({
  timeZone: "Europe/Paris",
  weekly: { mon: [{ start: "09:00", end: "17:00" }] },
  dateHours: Object.fromEntries(
    dates.map((d) => [
      d,
      [
        {
          start: `0${n % 10}:00`,
          end: `1${Math.floor(n / 10) % 10}:${String(n % 60).padStart(2, "0")}`,
        },
      ],
    ]),
  ),
});

const before = heap();
// One calendar held by the caller, to compare the estimate with what V8 measures.
const held = createCalendar(definitionOf(0));
isOpen(held, "2021-03-01T10:00:00Z");
const one = heap() - before;
const samples: number[] = [];
for (let n = 1; n <= count; n++) {
  // Not kept by the caller: only the library's caches can keep it.
  isOpen(definitionOf(n), "2021-03-01T10:00:00Z");
  if (n % (count / 10) === 0) samples.push(heap() - before);
}
process.stdout.write(
  JSON.stringify({ one, estimate: calendarBytes(held), samples, after: heap() - before }),
);
