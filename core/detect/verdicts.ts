/**
 * Verdicts on numeric claims (issue 4): does the official figure agree at the precision the article
 * uses? Articles quote the latest published data, usually up to the day before publication, so each
 * claim is compared with the data as it stood on each of the seven days before the article.
 * The data itself comes through `FigureLookup` (see official-figures.ts for the dataset adapter).
 */
import type { Claim } from "./claims";
import type { Language } from "./language";
import { addDays, type ISODate, type Period } from "./periods";
import { describeFigure, describePeriod, formatNumber } from "./wording";

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
}

/** A claim's verdict with the figure it was compared with. */
export interface ClaimCheck {
  verdict: Verdict;
  official?: Official;
  /** Other sources when disputed. */
  sources?: Official[];
  /** The day whose data matched (one of the seven days before publication). */
  matchedAsOf?: ISODate;
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
  const zeros = /0*$/.exec(integer)?.[0].length ?? 0;
  return 10 ** Math.min(zeros, Math.max(0, integer.length - 1)) * multiplier;
}

/** Does `official` agree with the claim at the precision and hedge the article uses? */
export function agreement(claim: Pick<Claim, "value" | "approx" | "round" | "number" | "metric" | "precision">, official: number): "matches" | "close" | "differs" {
  const v = Math.abs(claim.value);
  const p = claim.precision ?? writtenPrecision(claim);
  const diff = official - claim.value;
  // Half a unit of the written precision, but never more than 5% ("20,000" is not 15,000 rounded).
  // A stated precision (a fraction: "a third") is taken at its word, without the 5% cap.
  const tol = (claim.precision !== undefined ? p / 2 : Math.max(Math.min(p / 2, 0.05 * v), claim.metric === "percent" ? 0.5 : 0)) + 1e-9;
  let ok: boolean;
  switch (claim.approx) {
    case "nearly": ok = diff <= 0 && -diff <= Math.max(tol, 0.06 * v); break;
    case "over": ok = diff > 0 && diff <= Math.max(p, 0.25 * v); break;
    case "under": ok = diff < 0 && -diff <= Math.max(p, 0.25 * v); break;
    // "about £476m" for £478m: a hedge word allows 1% even when the digits look precise.
    case "around": ok = Math.abs(diff) <= Math.max(tol, 0.01 * v); break;
    default: ok = p <= 1 && claim.metric !== "percent" ? diff === 0 : Math.abs(diff) <= tol;
  }
  if (ok) return "matches";
  // An exact-looking count must equal an official figure; a rounded one within two units of its
  // precision (and 10%) is "close": "about 28,000" for 29,437, but not "20,500" for 19,982.
  const exactLooking = claim.approx === "exact" && p <= 1 && claim.metric !== "percent";
  if (!exactLooking && Math.abs(diff) <= Math.min(2 * p, 0.1 * v) + 1e-9) return "close";
  return "differs";
}

const RANK = { matches: 0, close: 1, differs: 2 } as const;

/** The verdict on one claim, comparing with the data as of each of the seven days before `published`. */
export function checkClaim(claim: Claim, data: FigureLookup, published: ISODate | null, language: Language = "en"): ClaimCheck {
  const days = published
    ? Array.from({ length: AS_OF_WINDOW_DAYS }, (_, i) => addDays(published, -(i + 1)))
    : [new Date().toISOString().slice(0, 10)];
  let best: { verdict: "matches" | "close" | "differs"; official: Official; asOf: ISODate } | null = null;
  for (const asOf of days) {
    const answer = data.lookup(claim, asOf);
    if (answer.disputed && answer.disputed.length > 0) {
      return {
        verdict: "disputed",
        sources: answer.disputed,
        official: answer.disputed[0],
        explanation: describeFigure(language, "disputed", claim, answer.disputed[0]!, answer.disputed),
      };
    }
    for (const official of answer.figures) {
      const verdict = agreement(claim, official.value);
      if (!best || RANK[verdict] < RANK[best.verdict]) best = { verdict, official, asOf };
      if (verdict === "matches") break;
    }
    if (best?.verdict === "matches") break;
  }
  if (!best) {
    return { verdict: "unverifiable", explanation: unverifiable(language, claim) };
  }
  const check: ClaimCheck = {
    verdict: best.verdict,
    official: best.official,
    explanation: describeFigure(language, best.verdict, claim, best.official),
  };
  if (best.verdict === "matches") check.matchedAsOf = best.asOf;
  return check;
}

function unverifiable(language: Language, claim: Claim): string {
  const when = claim.period ? describePeriod(language, claim.period) : null;
  const figure = formatNumber(language, claim.value, claim.metric, claim.currency);
  return language === "fr"
    ? `Aucune donnée officielle ne permet de vérifier ${figure}${when ? ` pour ${when}` : ""}.`
    : `No official data covers ${figure}${when ? ` for ${when}` : ""}, so it cannot be checked.`;
}
