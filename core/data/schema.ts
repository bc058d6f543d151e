/**
 * One valibot schema for the whole Dataset, used on the bundled JSON (in tests) and on any dataset fetched at
 * run time (issue 6), so remote data can never show something the bundled data could not: unknown tiers,
 * non-https links, as-of dates in the future, or text that is not plain text (issue 3).
 */
import * as v from "valibot";
import { TOPIC_IDS } from "../topics.ts";
import { addDays, dayNumber, isIsoDate } from "./dates.ts";
import { SOURCE_TIERS, type Dataset, type ISODate } from "./types.ts";

// Plain text only: the popover renders strings as text, but a remote dataset is untrusted, so markup, control
// characters and script-like URLs are refused outright rather than escaped.
const FORBIDDEN = /[<>\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|javascript:|vbscript:|data:/i;

const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "must not be empty"),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !FORBIDDEN.test(s), "must be plain text (no markup, control characters or script URLs)"),
  );

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a lower-case id (a-z, 0-9, -)"));

const isoDate = v.pipe(v.string(), v.check(isIsoDate, "must be a real date YYYY-MM-DD"));

const partialDate = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isIsoDate(`${s}-01`)) || isIsoDate(s), "must be YYYY, YYYY-MM or YYYY-MM-DD"),
);

const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "https:" && u.username === "" && u.password === "" && u.href === s && !FORBIDDEN.test(s.replace(/^https:/, ""));
    } catch {
      return false;
    }
  }, "must be a plain https URL"),
);

const bilingual = (max: number) => v.strictObject({ en: plainText(max), fr: plainText(max) });

const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

// A curated figure's period, with the precision its source gives it at (a year, a month, days).
const curatedPeriod = v.pipe(
  v.strictObject({ start: isoDate, end: isoDate, precision: v.picklist(["year", "month", "day"], "precision must be year, month or day") }),
  v.check((p) => p.start <= p.end, "period must not end before it starts"),
);

/** Schema of a Dataset whose dates must not be after `now` (the device's today). */
export function datasetSchema(now: ISODate) {
  const notFuture = v.check((s: string) => s <= now, `must not be after ${now}`);
  const pastDate = v.pipe(isoDate, notFuture);
  // A partial date is "not in the future" when it is not after today at its own precision ("2026" ≤ "2026").
  const pastPartial = v.pipe(partialDate, v.check((s: string) => s <= now.slice(0, s.length), `must not be after ${now}`));

  // A copy we read a source in ("via"): always an address we opened.
  const copy = v.strictObject({
    publisher: plainText(200),
    title: plainText(300),
    url: httpsUrl,
    published: v.optional(pastPartial),
  });

  // Every source links somewhere a reader can check: the original, or the copy it was read in (issue 13).
  const source = v.pipe(
    v.strictObject({
      id,
      publisher: plainText(200),
      title: plainText(300),
      url: v.optional(httpsUrl),
      published: pastPartial,
      licence: v.optional(plainText(200)),
      tier: v.picklist(SOURCE_TIERS, "is not a known source tier"),
      via: v.optional(copy),
    }),
    v.check((s) => s.url !== undefined || s.via !== undefined, "needs an https link: the original's url, or the copy it was read in (via)"),
  );

  const weekly = v.pipe(
    v.strictObject({
      firstWeekEnding: isoDate,
      people: v.array(count),
      boats: v.array(count),
      preventedPeople: v.array(count),
      preventedEvents: v.array(count),
    }),
    v.check((w) => [w.boats, w.preventedPeople, w.preventedEvents].every((a) => a.length === w.people.length), "weekly arrays must have the same length"),
  );

  const series = v.pipe(
    v.strictObject({
      sourceId: id,
      released: pastDate,
      asOf: pastDate,
      start: isoDate,
      people: v.array(count),
      boats: v.array(count),
      revised: v.array(isoDate),
      weekly,
      caveats: v.array(bilingual(600)),
    }),
    v.check((s) => s.asOf <= s.released, "series as-of date must not be after its release"),
    v.check((s) => s.people.length === dayNumber(s.asOf) - dayNumber(s.start) + 1 && s.boats.length === s.people.length, "daily arrays must cover start to asOf exactly"),
    v.check((s) => s.weekly.people.length === 0 || addDays(s.weekly.firstWeekEnding, 7 * (s.weekly.people.length - 1)) <= s.asOf, "weekly data must not run past asOf"),
  );

  const figure = v.pipe(
    v.strictObject({
      id,
      topic: v.picklist(TOPIC_IDS, "is not a known topic"),
      kind: id,
      value: v.optional(v.pipe(v.number(), v.finite())),
      values: v.optional(v.array(v.strictObject({ label: bilingual(200), value: v.pipe(v.number(), v.finite()) }))),
      unit: plainText(20),
      period: curatedPeriod,
      asOf: pastDate,
      published: pastPartial,
      sourceId: id,
      status: v.picklist(["primary", "secondary", "unverified"]),
      label: bilingual(300),
      counts: v.optional(bilingual(400)),
      note: v.optional(bilingual(600)),
    }),
    v.check((f) => !(f.value !== undefined && f.values !== undefined), "a figure has a value or values, not both"),
  );

  const topic = v.strictObject({
    id: v.picklist(TOPIC_IDS, "is not a known topic"),
    title: bilingual(120),
    sentences: v.pipe(
      v.array(v.strictObject({ en: plainText(500), fr: plainText(600), sourceIds: v.pipe(v.array(id), v.minLength(1, "every sentence needs a source")) })),
      v.minLength(3, "a background has 3–5 sentences"),
      v.maxLength(5, "a background has 3–5 sentences"),
    ),
    lastReviewed: pastDate,
  });

  return v.pipe(
    v.strictObject({
      schemaVersion: v.literal(1),
      series,
      sources: v.array(source),
      figures: v.array(figure),
      topics: v.array(topic),
    }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const message of referenceProblems(dataset.value)) addIssue({ message });
    }),
  );
}

/** Cross-references a schema cannot express field by field: unique ids, every source id known. */
function referenceProblems(d: Dataset): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const s of d.sources) {
    if (sourceIds.has(s.id)) problems.push(`source id "${s.id}" is used twice`);
    sourceIds.add(s.id);
  }
  const known = (sid: string, where: string) => {
    if (!sourceIds.has(sid)) problems.push(`${where} refers to unknown source "${sid}"`);
  };
  known(d.series.sourceId, "the series");
  const figureIds = new Set<string>();
  for (const f of d.figures) {
    if (figureIds.has(f.id)) problems.push(`figure id "${f.id}" is used twice`);
    figureIds.add(f.id);
    known(f.sourceId, `figure "${f.id}"`);
  }
  const topicIds = new Set<string>();
  for (const t of d.topics) {
    if (topicIds.has(t.id)) problems.push(`topic "${t.id}" has two backgrounds`);
    topicIds.add(t.id);
    t.sentences.forEach((s, i) => s.sourceIds.forEach((sid) => known(sid, `topic "${t.id}" sentence ${i + 1}`)));
  }
  return problems;
}

/** Validation result: the dataset, or readable problems with their paths. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Validates an unknown value (bundled or downloaded JSON) as a Dataset as of `now`. */
export function validateDataset(input: unknown, now: ISODate): ValidationResult {
  const result = v.safeParse(datasetSchema(now), input);
  if (result.success) return { ok: true, dataset: result.output as Dataset };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
