// Quick start: a handful of response deadlines with their explanations.
// Run: npm run example
import { type ResponseDeadlineInput, responseDeadline } from "adobe-support-sla";

const requests: { label: string; input: ResponseDeadlineInput }[] = [
  {
    label: "Ultimate P2, French customer, opened Friday 16:50",
    input: {
      plan: "ultimate",
      priority: "P2",
      billingCountry: "FR",
      openedAt: "2026-11-20T16:50:00+01:00",
    },
  },
  {
    label: "Expert P2 in the Americas, across the March DST change",
    input: {
      plan: "expert",
      priority: "P2",
      region: "americas",
      openedAt: "2026-03-06T16:00:00-08:00",
    },
  },
  {
    label: "Expert P3 in Japan, with a national holiday on Tuesday",
    input: {
      plan: "expert",
      priority: "P3",
      billingCountry: "JP",
      holidays: ["2026-11-03"],
      openedAt: "2026-11-02T16:00:00+09:00",
    },
  },
  {
    label: "Ultimate P1 in Sydney: 15 minutes of absolute time across the DST jump",
    input: {
      plan: "ultimate",
      priority: "P1",
      billingCountry: "AU",
      openedAt: "2026-10-04T01:50:00+10:00",
    },
  },
  {
    label: "Adobe Commerce on Managed Services, term started 2021-09-20: the Commerce table",
    input: {
      plan: "ultimate",
      priority: "P3",
      product: "commerce-managed-services",
      termStart: "2021-09-20",
      region: "americas",
      openedAt: "2026-03-06T17:00:00-08:00",
    },
  },
  {
    label: "Expert P4 opened on a Saturday in London",
    input: {
      plan: "expert",
      priority: "P4",
      billingCountry: "GB",
      openedAt: "2026-11-21T10:00:00Z",
    },
  },
];

for (const { label, input } of requests) {
  const due = responseDeadline(input);
  console.log(`${label}`);
  console.log(`  due ${due.dueAt}  (${due.dueAtLocal} in ${due.timeZone.id})`);
  for (const step of due.steps) console.log(`  - ${step}`);
  console.log("");
}
