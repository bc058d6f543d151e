/**
 * Verdicts on numeric claims (issues 4, 12). A verdict is something we say about a journalist's work, so the
 * policy refuses to guess:
 * - `differs` only when the figure's measure and period are bound in its own sentence without ambiguity
 *   (`claim.certain`), the data covers that period, and the figure is outside tolerance on every one of the
 *   seven days before publication;
 * - an exact-looking figure that equals the official value for one of the readings its words allow is
 *   `matches` with that reading (journalists quote official figures), and an exact match beats a hedge's;
 * - small gaps are revisions: within 0.1 % (or 5 people) of the current series is `matches` with a note that
 *   daily figures are revised; before 2023, when the Ministry of Defence published the daily counts, within
 *   2 % is `matches`; other gaps within 2 % are `close`;
 * - anything less certain is `unverifiable`, with the reason and the official figures the text could mean;
 * - the data cannot speak about days it does not cover: running totals only grow, so "more than N" is
 *   `matches` once the count so far passes N and "fewer than N" `differs` only then; otherwise a figure for a
 *   period beyond the data is `unverifiable` ("data ends D: N so far").
 */
import type { Claim, Reading } from "./claims";
import type { Language } from "./language";
import { addDays, type ISODate, type Period } from "./periods";
import { MOD_ERA_END, secondThoughts, type AlternativeLookup } from "./second-thoughts";
import { describeFigure, describeReadings, describeSecondThought, formatDate, formatNumber, noDataReason, unverifiableWhy } from "./wording";

/** The five verdicts. */
export type Verdict = "matches" | "close" | "differs" | "disputed" | "unverifiable";

/** An official figure a claim is compared with. */
export interface Official {
  value: number;
  period: Period | null;
  /** Publisher, e.g. "Home Office". */
  source: string;
  sourceId: string;
  /** The last day the figure covers or was published for. */
  asOf: ISODate;
  /** False when the data does not yet cover the whole period. */
  complete?: boolean;
  note?: string;
}

/** What the data layer answers for a claim as it stood on a day. */
export interface LookupAnswer {
  /** Official figures that could verify the claim: the time series first, then alternatives (quarterly statistics). */
  figures: Official[];
  /** Sources that disagree (deaths): the claim is "disputed" and these are shown. */
  disputed?: Official[];
}

/** The data as seen by verdicts: figures for a claim as of a day. */
export interface FigureLookup {
  lookup(claim: Claim, asOf: ISODate): LookupAnswer;
  /** Other readings' figures, tried before a figure is called wrong (second-thoughts.ts). */
  alternatives?: AlternativeLookup;
}

/** A claim's verdict with the figure it was compared with. */
export interface ClaimCheck {
  verdict: Verdict;
  official?: Official;
  /** Other sources when disputed; the official figures for each reading when the period is unclear. */
  sources?: Official[];
  /** The day whose data matched (one of the seven days before publication). */
  matchedAsOf?: ISODate;
  /** The reading the verdict rests on, when the text allowed several. */
  reading?: Reading;
  /** One sentence in the article's language. */
  explanation: string;
}

/** How many days before publication the data may date from. */
export const AS_OF_WINDOW_DAYS = 7;

/** The precision a figure is written at: "20,000" → 10,000; "19,982" → 1; "41.5k" → 100; "48%" → 1. */
export function writtenPrecision(claim: Pick<Claim, "value" | "number">): number {
  const written = claim.number.text.replace(/^[£€$]/, "");
  const digits = (/\d[\d\s\u00a0\u202f.,]*/.exec(written)?.[0] ?? "").replace(/[\s\u00a0\u202f]/g, "");
  const decimals = /[.,](\d{1,2})$/.exec(digits); // "41.5", "12,5": one or two decimals (three would be thousands)
  const integer = digits.replace(/[.,]\d{1,2}$/, "").replace(/[.,]/g, "");
  const multiplier = claim.value / Number((decimals ? `${integer}.${decimals[1]}` : integer) || 1) || 1;
  if (decimals) return 10 ** -decimals[1]!.length * multiplier;
  // Trailing zeros are rounding ("20,000", "11 300", "60"), but one zero at the end of a figure of four or
  // more digits is usually exact ("44,460", "1,180").
  const trailing = /0*$/.exec(integer)?.[0].length ?? 0;
  const zeros = trailing === 1 && integer.length >= 4 && multiplier === 1 ? 0 : trailing;
  return 10 ** Math.min(zeros, Math.max(0, integer.length - 1)) * multiplier;
}

/** How many significant digits the figure is written with ("12,901" → 5, "25,000" → 2, "59" → 2). */
export function significantDigits(claim: Pick<Claim, "value" | "number">): number {
  const p = writtenPrecision(claim);
  if (p < 1 || claim.value === 0) return String(Math.round(Math.abs(claim.value))).length;
  return Math.max(1, Math.floor(Math.log10(Math.abs(claim.value) / p) + 1e-9) + 1);
}

type Agreement = "exact" | "revised" | "mod" | "matches" | "close" | "differs";

// Counts of people that a revision may move by a few: "within 0.1 % or 5 people".
const REVISION_SHARE = 0.001;
const REVISION_PEOPLE = 5;

function isRatio(metric: Claim["metric"]): boolean {
  return metric === "people-per-boat" || metric === "people-per-day" || metric === "percent";
}

/** Does `official` agree with the claim at the precision and hedge the article uses? (Detail of `agreement`.) */
function agreementOf(claim: Pick<Claim, "value" | "approx" | "round" | "number" | "metric" | "precision" | "period">, official: number, officialPeriod?: Period | null): Agreement {
  const v = Math.abs(claim.value);
  const p = claim.precision ?? writtenPrecision(claim);
  const diff = official - claim.value;
  // Half a unit of the written precision, but never more than 5% ("20,000" is not 15,000 rounded).
  // A stated precision (a fraction: "a third") is taken at its word, without the 5% cap.
  const tol = (claim.precision !== undefined ? p / 2 : Math.max(Math.min(p / 2, 0.05 * v), claim.metric === "percent" ? 0.5 : 0)) + 1e-9;
  const exactLooking = p <= 1 && !isRatio(claim.metric);
  if (exactLooking && diff === 0) return "exact";
  const revision = Math.max(REVISION_SHARE * Math.abs(official), claim.metric === "boats" ? 1 : REVISION_PEOPLE) + 1e-9;
  let ok: boolean;
  switch (claim.approx) {
    case "nearly": ok = diff <= 0 && -diff <= Math.max(tol, 0.06 * v); break;
    // "More than 45,774" for 45,774: an exact-looking figure after "more than" is the official one quoted.
    case "over": ok = (diff > 0 || (exactLooking && diff >= -revision)) && diff <= Math.max(p, 0.25 * v); break;
    case "under": ok = (diff < 0 || (exactLooking && diff <= revision)) && -diff <= Math.max(p, 0.25 * v); break;
    // "about £476m" for £478m: a hedge word allows 1% even when the digits look precise.
    case "around": ok = Math.abs(diff) <= Math.max(tol, 0.01 * v); break;
    default: ok = exactLooking ? false : Math.abs(diff) <= tol;
  }
  if (ok) return "matches";
  if (exactLooking && Math.abs(diff) <= revision) return "revised";
  const gap = Math.abs(diff) / Math.max(1, Math.abs(official));
  const period = officialPeriod ?? claim.period;
  if (exactLooking && claim.metric !== "money" && gap <= 0.02) return period && period.end <= MOD_ERA_END ? "mod" : "close";
  // A rounded figure within two units of its precision (and 10%) is "close": "about 28,000" for 29,437.
  if (!exactLooking && Math.abs(diff) <= Math.min(2 * p, 0.1 * v) + 1e-9) return "close";
  return "differs";
}

/** Does `official` agree with the claim at the precision and hedge the article uses? */
export function agreement(claim: Pick<Claim, "value" | "approx" | "round" | "number" | "metric" | "precision" | "period">, official: number): "matches" | "close" | "differs" {
  const a = agreementOf(claim, official);
  return a === "exact" || a === "revised" || a === "mod" || a === "matches" ? "matches" : a;
}

const RANK: Record<Agreement, number> = { exact: 0, matches: 1, revised: 2, mod: 3, close: 4, differs: 5 };

interface Outcome {
  reading: number;
  official: Official;
  asOf: ISODate;
  agreement: Agreement;
  /** The data stops before the period ends. */
  partial: boolean;
}

/** The verdict on one claim, comparing with the data as of each of the seven days before `published`. */
export function checkClaim(claim: Claim, data: FigureLookup, published: ISODate | null, language: Language = "en"): ClaimCheck {
  if (claim.noData) return { verdict: "unverifiable", explanation: noDataReason(language, claim) };
  if (claim.doubt === "since-unknown") return { verdict: "unverifiable", explanation: unverifiableWhy(language, claim, "since-unknown") };
  const days = published
    ? Array.from({ length: AS_OF_WINDOW_DAYS }, (_, i) => addDays(published, -(i + 1)))
    : [new Date().toISOString().slice(0, 10)];
  const readings: Reading[] = [{ period: claim.period ?? { start: "", end: "" }, ...(claim.ongoing ? { ongoing: true } : {}) }, ...(claim.readings ?? [])];
  const outcomes: Outcome[] = [];
  for (const [r, reading] of readings.entries()) {
    const asked: Claim = r === 0 ? claim : { ...claim, period: reading.period, ongoing: reading.ongoing === true, readings: undefined };
    for (const asOf of days) {
      const answer = data.lookup(asked, asOf);
      if (answer.disputed && answer.disputed.length > 0) {
        return {
          verdict: "disputed",
          sources: answer.disputed,
          official: answer.disputed[0],
          ...(r > 0 ? { reading } : {}),
          explanation: describeFigure(language, "disputed", claim, answer.disputed[0]!, answer.disputed),
        };
      }
      for (const official of answer.figures) {
        outcomes.push({ reading: r, official, asOf, agreement: agreementOf(asked, official.value, official.period), partial: official.complete === false });
      }
    }
  }
  if (outcomes.length === 0) return { verdict: "unverifiable", explanation: unverifiableWhy(language, claim, "no-data") };

  // Figures for periods the data covers, and for those it only partly covers (articles dated after the data).
  const covered = outcomes.filter((o) => !o.partial);
  const best = (list: Outcome[]) => list.reduce<Outcome | null>((b, o) => (!b || RANK[o.agreement] < RANK[b.agreement] ? o : b), null);
  const exactLooking = claim.metric !== "percent" && significantDigits(claim) >= 3 && writtenPrecision(claim) <= 1;
  const primary = best(covered.filter((o) => o.reading === 0));
  const matchOf = (o: Outcome) => o.agreement === "exact" || o.agreement === "matches" || o.agreement === "revised" || o.agreement === "mod";

  // 1. An exact-looking figure (three or more significant digits) equal to the official value for a reading
  // its words allow: that reading (journalists quote official figures).
  const precise = claim.metric !== "percent" && significantDigits(claim) >= 3;
  if (precise) {
    const exact = covered.filter((o) => o.official.value === claim.value).sort((a, b) => a.reading - b.reading)[0];
    if (exact) return matched({ ...exact, agreement: "exact" });
  }
  // 2. The first reading agrees (an exact match beats a hedge's, the latest day beats earlier ones).
  if (primary && matchOf(primary)) return matched(primary);
  // 3. Another reading agrees within a revision's reach, for an exact-looking figure.
  if (exactLooking || precise) {
    const other = best(covered.filter((o) => o.reading > 0 && matchOf(o)));
    if (other) return matched(other);
  }
  // 4. Beyond the data: running totals only grow.
  const partial = outcomes.filter((o) => o.partial && o.reading === 0).sort((a, b) => b.official.asOf.localeCompare(a.official.asOf))[0];
  if (!primary && partial) {
    const soFar = partial.official.value;
    const growing = claim.ongoing || claim.window === undefined;
    if (growing && claim.approx === "over" && soFar > claim.value) return matched(partial);
    if (growing && claim.approx === "under" && soFar > claim.value && claim.certain) {
      return { verdict: "differs", official: partial.official, explanation: describeFigure(language, "differs", claim, partial.official) };
    }
    return { verdict: "unverifiable", official: partial.official, explanation: unverifiableWhy(language, claim, "beyond-data", partial.official) };
  }
  if (!primary) return { verdict: "unverifiable", explanation: unverifiableWhy(language, claim, "no-data") };
  // 5. Certain readings may be close or differ; uncertain ones are left unverifiable, with what they could mean.
  if (claim.certain) {
    const verdict = primary.agreement === "close" ? "close" : "differs";
    // Before saying so: another reading that agrees, data that cannot settle it, or a gap too large to be
    // the same count leave it unverifiable, with why and the figures it could mean.
    const doubt = published
      ? secondThoughts(claim, verdict, primary.official, published, data, (asked, value) => ["exact", "matches", "revised"].includes(agreementOf(asked, value)))
      : null;
    if (doubt) {
      return {
        verdict: "unverifiable",
        official: primary.official,
        explanation: describeSecondThought(language, claim, primary.official, doubt),
      };
    }
    return { verdict, official: primary.official, explanation: describeFigure(language, verdict, claim, primary.official) };
  }
  const perReading = readings
    .map((_, r) => best(covered.filter((o) => o.reading === r)))
    .filter((o): o is Outcome => !!o);
  return {
    verdict: "unverifiable",
    official: primary.official,
    sources: perReading.map((o) => o.official),
    explanation: describeReadings(language, claim, perReading.map((o) => o.official), claim.doubt ?? "period-unclear"),
  };

  function matched(o: Outcome): ClaimCheck {
    const note = o.agreement === "revised" ? "revised" : o.agreement === "mod" ? "mod" : undefined;
    return {
      verdict: "matches",
      official: o.official,
      matchedAsOf: o.asOf,
      ...(o.reading > 0 ? { reading: readings[o.reading] } : {}),
      explanation: describeFigure(language, "matches", claim, o.official, undefined, note),
    };
  }
}

export { formatDate, formatNumber };
