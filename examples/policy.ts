// A live case through every policy rule: one object, as a helpdesk holds it, passed to each rule
// with the evaluation instant as `now`. Keys the library does not read (`id`, `subject`,
// `assignee`) are ignored; `null` means absent. Run: npm run example:policy
import {
  adobeMayContact,
  downgradeEligibility,
  fieldServiceActivitiesFor,
  responseDeadline,
  slaStatus,
  submissionCheck,
  supportChannels,
  supportLanguages,
} from "adobe-support-sla";

const ticket = {
  id: "CASE-4521",
  subject: "Checkout times out",
  assignee: null,
  plan: "ultimate",
  priority: "P2",
  billingCountry: "JP",
  holidays: ["2026-11-23"], // Labour Thanksgiving Day
  openedAt: "2026-11-20T16:40:00+09:00",
  respondedAt: null,
  submitter: "intern@example.jp",
  namedContacts: ["aiko.sato@example.jp", "ken.ito@example.jp"],
  contactAttempts: [
    { at: "2026-11-20T16:50:00+09:00", contact: "aiko.sato@example.jp", outcome: "no-response" },
    { at: "2026-11-21T11:00:00+09:00", contact: "ken.ito@example.jp", outcome: "no-response" }, // Saturday
    {
      at: "2026-11-24T09:05:00+09:00",
      contact: "Ken.Ito@example.jp",
      outcome: "missing-critical-information",
    },
  ],
} as const;
const now = "2026-11-24T09:10:00+09:00";

console.log(`deadline: ${responseDeadline(ticket).dueAtLocal}`);

const status = slaStatus({ ...ticket, now });
console.log(
  `status: ${status.state}, due ${status.dueAtLocal}, ${status.remainingMs / 60_000} min left`,
);
console.log(`  ${status.explanation}\n`);

const downgrade = downgradeEligibility({ ...ticket, now });
console.log(
  `downgrade: ${downgrade.eligible ? `eligible, suggested ${downgrade.suggested}` : "not eligible"}`,
);
for (const reason of downgrade.reasons) console.log(`  - ${reason.code}: ${reason.text}`);
if (downgrade.newDeadline)
  console.log(`  new deadline if lowered: ${downgrade.newDeadline.dueAtLocal}`);
console.log("");

const sunday = "2026-11-22T10:00:00+09:00";
console.log(
  `may Adobe contact a P2 on Sunday? ${adobeMayContact({ ...ticket, now: sunday }).explanation}`,
);
console.log(`and a P1? ${adobeMayContact({ ...ticket, priority: "P1", now: sunday }).allowed}\n`);

const channels = supportChannels({ ...ticket, now: sunday });
for (const channel of channels.channels) {
  console.log(
    `${channel.channel}: accepts now ${channel.acceptsNow}, handled now ${channel.handledNow}`,
  );
}
console.log("");

for (const at of ["2026-11-24T10:00:00+09:00", "2026-11-23T10:00:00+09:00"]) {
  const languages = supportLanguages({ ...ticket, now: at });
  console.log(
    `languages at ${at}: ${languages.languages.join(", ")} (${languages.japanese.reason.text})`,
  );
}
const commerce = supportLanguages({ ...ticket, product: "commerce", now });
console.log(`languages for Adobe Commerce: ${commerce.languages.join(", ")}\n`);

const check = submissionCheck(ticket);
console.log(`submission by ${ticket.submitter}: ${check.explanation}\n`);

console.log(
  `field-service activities for Target: ${fieldServiceActivitiesFor("target")
    .map((a) => a.name)
    .join("; ")}`,
);
