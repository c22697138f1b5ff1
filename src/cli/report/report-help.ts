/** The text of `adobe-sla report --help`. */

/** The `--now` the repository's sample (examples/tickets.csv) is built around. */
export const SAMPLE_NOW = "2026-11-20T14:30:00Z";

export const reportHelp = `Usage: adobe-sla report [FILE|-] [options]

The deadline, state and time remaining of every ticket in a CSV, NDJSON or JSON file: one output
row per input record, in input order, streamed (memory stays flat whatever the input size). A
record that cannot be computed becomes an error row with its line number and the reason; the
other rows are still computed. A summary goes to stderr.

Input:
  FILE                      a file; - or no FILE reads standard input
                            The format is detected from the first character: [ a JSON array of
                            objects, { NDJSON (one JSON object per line), anything else CSV with
                            a header row (its delimiter, comma, semicolon or tab, is detected
                            from the header line)
  --input-format csv|ndjson|json   read the input as this format, whatever it starts with
  --map FIELD=COLUMN,...    read a field from another column (repeatable), e.g.
                            --map opened_at=created_at,priority=severity

Columns read (names matched loosely: opened_at, "Opened At", openedAt and OPENED-AT are one
column; any other column is passed through unchanged):
  ticket        an id, passed through
  plan          expert | ultimate (required)
  priority      P1 | P2 | P3 | P4 (required)
  opened_at     ISO 8601 with Z or an offset (required)
  responded_at  first response, ISO 8601 with Z or an offset; empty when none yet
  region        americas | emea | apac | japan
  country       billing country, ISO 3166-1 alpha-2 (picks region and zone)
  time_zone     IANA zone, overrides the zone
  product       commerce-managed-services selects the Commerce rule (needs term_start)
  term_start    licence term start, YYYY-MM-DD
  business_day  full-business-day | end-of-next-business-day (how P4 is read)
  holidays      closed dates YYYY-MM-DD separated by ";" (before the run's holidays)
  Cells are trimmed; an empty cell is an absent value.

Options:
  --now ISO                 the instant states are taken at (default: the current time)
  --at-risk SHARE           share of the target after which an open ticket is at-risk (0.75)
  --holiday YYYY-MM-DD      a closed date for every row (repeatable)
  --holidays FILE           closed days for every row (repeatable): an iCalendar (.ics) export,
                            or one "YYYY-MM-DD [name]" a line (blank lines and # comments ignored)
  --holidays-file FILE      an alias of --holidays
  --format csv|json|ndjson  output on stdout (default csv); json is an array, one object a line
  --json                    same as --format json (the summary stays text on stderr)
  --html FILE               also write a page to look at, from the same rows
  --fail-on LIST            what exits 1, comma-separated or repeated: breached, met-late,
                            at-risk, rejected (error rows), or none (default: none)
  -q, --quiet               no progress line, no notes and no summary on stderr

Output: the input columns, then
  line          physical line of the row in the input (the CSV header is line 1)
  due_at        deadline, ISO 8601 UTC; due_at_local: the same in the calendar's zone
  state         pending | at-risk | breached | met | met-late; not-open-yet (opened after
                --now: due_at is its deadline, nothing else is counted); error (rejected)
  remaining     target clock left at --now, or at the response: +1h 20m; used up: -2h 05m
                (-0h 00m: the deadline passed outside business hours)
  remaining_ms  the same in milliseconds (empty in CSV, null in JSON, when not computed)
  reason        "pending: 25 min left (17% used)", "met: responded 40 min before the
                deadline", "met-late: responded 1 h 5 min after the deadline", "breached:
                40 min overdue", "not-open-yet: opened 2 h after --now", or for a rejected row
                "line 12: \`opened_at\` has no UTC offset: ..."
  error         empty, or why the row was rejected (reason without the line number)
Target clock time (remaining, "left") is business time for P2-P4 and elapsed time for P1
(24x7); before/after the deadline and overdue are wall-clock time from due_at. A rejected row
keeps its input columns; a CSV row whose field count differs from the header's is rejected. An
input column named like an added column is replaced by it. When stderr is a terminal, a
progress line (rows, rows per second, share of the file read) is rewritten there.

Reading CSV: a record ends at LF, CRLF or a lone CR (line numbers count each); a field that
opens with " ends at its closing quote ("" inside is a quote) and may span lines; text after a
closing quote rejects the row (the field runs on to the next comma). A record over several lines
that turns out malformed (text after a closing quote, a quote never closed, over 8 MB, a wrong
field count) is rejected as its first line alone, and the next lines are read as rows: a stray
quote never swallows the tickets after it. Blank lines are skipped; a byte order mark is dropped.

Summary (stderr): records read = computed (per state) + not open yet + rejected, and the lines
read (header, records, more lines inside quoted cells, blank lines); both add up.

Examples:
  adobe-sla report tickets.csv
  adobe-sla report tickets.csv --now ${SAMPLE_NOW} --format json > report.json
  adobe-sla report tickets.csv --now ${SAMPLE_NOW} --holiday 2026-11-26 --at-risk 0.5
  adobe-sla report tickets.csv --now ${SAMPLE_NOW} --fail-on breached,rejected --html report.html
  sed 1s/opened_at/created_at/ tickets.csv | adobe-sla report --map opened_at=created_at
  adobe-sla report tickets.csv --format ndjson | adobe-sla report -
examples/tickets.csv is such a file (in the repository, and in the package under
node_modules/adobe-support-sla/examples/): its tickets run up to ${SAMPLE_NOW}.

Exit codes:
  0    the report was written, and no row is in a state --fail-on names (by default, none)
  1    some row is in a state --fail-on names (breached, met-late, at-risk, rejected)
  2    usage or input error: bad, missing or repeated flag, unknown format, bad --map,
       unreadable or empty file, no header or required column, bad --now or holiday
  3    internal error (a bug: please report it)
  141  standard output closed early (| head): the report stops quietly
`;
