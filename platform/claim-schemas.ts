import * as v from "valibot";
import type { Claim, Doubt, Metric, NoData } from "../core/detect/claims";
import type { Approx } from "../core/detect/numbers";
import type { ClaimCheck, Official, Verdict } from "../core/detect/verdicts";
import { TOPIC_IDS } from "../core/topics";

/**
 * Valibot schemas for what crosses the message boundary about claims (issue 13): the parsed claim the
 * content script sends for a verdict, and the check (verdict, explanation, official figures) that comes
 * back and travels, unchanged, to the popover. Nothing is checked twice: opening a popover sends the check.
 */

const METRICS = ["people", "boats", "deaths", "returns", "admissions", "arrests", "officers", "other", "money", "percent", "people-per-boat", "people-per-day"] as const satisfies readonly Metric[];
const NO_DATA = ["attempts", "prevented", "rescues", "nationality", "subgroup", "all-routes", "asylum", "capacity", "forecast", "share"] as const satisfies readonly NoData[];
const DOUBTS = ["period-carried", "period-unclear", "measure-inherited", "since-unknown"] as const satisfies readonly Doubt[];
// Compile-time: the list names every Metric (adding one to claims.ts without listing it here fails tsc).
type Missing = Exclude<Metric, (typeof METRICS)[number]>;
const everyMetric: Missing extends never ? true : never = true;
void everyMetric;

/** The five verdicts, as `Verdict` in core/detect/verdicts.ts. */
export const VERDICTS = ["matches", "close", "differs", "disputed", "unverifiable"] as const satisfies readonly Verdict[];

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"));
const period = v.strictObject({ start: isoDate, end: isoDate });
const finite = v.pipe(v.number(), v.finite());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A parsed claim from the detection core. Loose: fields the core adds later pass through unchecked. */
export const ClaimSchema = v.looseObject({
  start: v.pipe(finite, v.integer()),
  end: v.pipe(finite, v.integer()),
  text: text(2000),
  number: v.looseObject({ start: v.pipe(finite, v.integer()), end: v.pipe(finite, v.integer()), text: text(100) }),
  metric: v.picklist(METRICS),
  value: finite,
  approx: v.picklist(["exact", "nearly", "over", "under", "around"] as const satisfies readonly Approx[]),
  round: v.boolean(),
  period: v.nullable(period),
  comparison: v.optional(v.strictObject({ period: v.nullable(period), direction: v.nullable(v.picklist(["up", "down"])) })),
  ongoing: v.optional(v.boolean()),
  precision: v.optional(finite),
  rate: v.optional(v.picklist(["day", "week", "month"])),
  day: v.optional(v.boolean()),
  record: v.optional(v.boolean()),
  currency: v.optional(v.picklist(["£", "€"])),
  topic: v.optional(v.picklist(TOPIC_IDS)),
  window: v.optional(v.pipe(finite, v.integer(), v.minValue(1), v.maxValue(366))),
  readings: v.optional(v.pipe(v.array(v.strictObject({ period, ongoing: v.optional(v.boolean()) })), v.maxLength(8))),
  certain: v.optional(v.boolean()),
  doubt: v.optional(v.picklist(DOUBTS)),
  noData: v.optional(v.picklist(NO_DATA)),
  incident: v.optional(v.boolean()),
  attribution: v.optional(text(200)),
});

const OfficialSchema = v.strictObject({
  value: finite,
  period: v.nullable(period),
  source: text(300),
  sourceId: text(120),
  asOf: isoDate,
  complete: v.optional(v.boolean()),
  note: v.optional(text(1000)),
});

/** A claim's check: verdict, the figure it was compared with, the sources when disputed, one sentence. */
export const ClaimCheckSchema = v.strictObject({
  verdict: v.picklist(VERDICTS),
  official: v.optional(OfficialSchema),
  sources: v.optional(v.pipe(v.array(OfficialSchema), v.maxLength(20))),
  matchedAsOf: v.optional(isoDate),
  reading: v.optional(v.strictObject({ period, ongoing: v.optional(v.boolean()) })),
  explanation: text(2000),
});

/** The claim, or null when what arrived is not one (it is then reported as "cannot be checked"). */
export function parseClaim(input: unknown): Claim | null {
  const result = v.safeParse(ClaimSchema, input);
  return result.success ? (result.output as unknown as Claim) : null;
}

/** The check, or null when what arrived is not one. */
export function parseCheck(input: unknown): ClaimCheck | null {
  const result = v.safeParse(ClaimCheckSchema, input);
  return result.success ? (result.output satisfies { official?: Official } as ClaimCheck) : null;
}
