/** `adobe-sla plans`: the catalog as tables: targets per plan and priority, regions and hours. */

import { commonOptions, parseFlags } from "../args.js";
import type { Command } from "../command.js";
import { type CliIo, exitCodes } from "../io.js";
import { priorities, regionIds, regions, targetTableIds, targetTables } from "../library.js";
import { styleFor, table } from "../style.js";

function targetText(
  id: (typeof targetTableIds)[number],
  priority: (typeof priorities)[number],
): string {
  const target = targetTables[id].targets[priority];
  if (target.unit === "business-day") return "1 business day";
  const unit = target.amount === 1 ? target.unit.slice(0, -1) : target.unit;
  return `${target.amount} ${unit}${target.clock === "24x7" ? ", 24x7" : " (business)"}`;
}

export const plansCommand: Command = {
  name: "plans",
  summary: "the targets per plan and priority, and the regional hours",
  help: `Usage: adobe-sla plans [--json]

The targeted initial-response times of the Expert and Ultimate plans and of Adobe Commerce on
Managed Services (licence term starting on or after 2021-09-20), and the regional business hours
with the time zone each is read in.

Examples:
  adobe-sla plans
  adobe-sla plans --json

Exit codes:
  0    the tables were printed
  2    usage error (an unknown flag or an argument)
  3    internal error (a bug: please report it)
  141  standard output closed early (| head)
`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, commonOptions);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ targetTables, regions }, null, 2)}\n`);
      return exitCodes.ok;
    }
    const style = styleFor(io, io.stdout);
    const targets = table(
      [
        "priority",
        ...targetTableIds.map((id) =>
          id === "commerce-managed-services" ? "Commerce Managed Services" : targetTables[id].name,
        ),
      ],
      priorities.map((p) => [p, ...targetTableIds.map((id) => targetText(id, p))]),
      style,
    );
    const hours = table(
      ["region", "hours (Mon-Fri)", "time zone"],
      regionIds.map((id) => {
        const region = regions[id];
        const zone =
          region.zone.kind === "fixed"
            ? region.zone.timeZone
            : `customer's zone, else ${region.zone.defaultTimeZone}`;
        return [region.name, `${region.opens}-${region.closes}`, zone];
      }),
      style,
    );
    io.stdout.write(
      `${targets}\n\n${hours}\n\nCommerce Managed Services: licence term starting on or after 2021-09-20.\n`,
    );
    return exitCodes.ok;
  },
};
