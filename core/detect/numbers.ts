/**
 * Numbers as English and French news write them (issue 4): "19,982", "19 982" (space, U+00A0 or
 * U+202F), "19.982", "41.5k", "20k", "£700m", "541 millions d'euros", "48 %", with the hedge before
 * them ("nearly", "more than", "près de"…).
 */
import type { Language } from "./language";

/** How a figure is hedged: its relation to the true value it reports. */
export type Approx =
  | "exact" // "19,982"
  | "nearly" // true value a little above: "nearly", "almost", "just under", "près de", "presque"
  | "over" // true value above: "more than", "over", "plus de", "at least", "au moins"
  | "under" // true value below: "fewer than", "less than", "moins de"
  | "around"; // either side: "some", "about", "around", "environ", "quelque"

/** A number found in text. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  approx: Approx;
  /** "£", "€" or null. */
  currency: "£" | "€" | null;
  percent: boolean;
  /** True when the number is written rounded ("20,000", "20k", "£700m") rather than exact-looking. */
  round: boolean;
  /** The digits as written, before any multiplier, for precision decisions. */
  digits: string;
  /** Precision when the digits do not show it (a fraction such as "a quarter"). */
  precision?: number;
  /** Where the hedge and figure begin ("nearly 20,000"), found once with the hedge. */
  lead?: number;
}

const SP = "[ \\u00a0\\u202f\\u2009]"; // spaces allowed inside French numbers
// Hedge words that end right before a figure; checked on the 40 characters before it.
const HEDGE_WORDS: Record<Language, [string, Approx][]> = {
  en: [
    [String.raw`nearly|almost|just\s+(?:under|below|short\s+of|shy\s+of)|close\s+to|approaching|not\s+far\s+short\s+of`, "nearly"],
    [String.raw`more\s+than|over|above|in\s+excess\s+of|at\s+least|upwards\s+of|exceeding|exceeded|surpassed|passed|topped`, "over"],
    [String.raw`fewer\s+than|less\s+than|under|below`, "under"],
    [String.raw`some|about|around|roughly|approximately|an\s+estimated|estimated|circa|c\.|~`, "around"],
  ],
  fr: [
    [String.raw`près\s+de|presque|pas\s+loin\s+de|quasiment|frôlé|approchant`, "nearly"],
    [String.raw`plus\s+de|au\s+moins|au-delà\s+de|dépassé|franchi|plus\s+d['’]`, "over"],
    [String.raw`moins\s+de|moins\s+d['’]`, "under"],
    [String.raw`environ|quelque|quelques|autour\s+de|approximativement|à\s+peu\s+près`, "around"],
  ],
};
const HEDGES: Record<Language, [RegExp, Approx][]> = {
  en: HEDGE_WORDS.en.map(([w, a]) => [new RegExp(String.raw`(?<![\p{L}])(?:${w})$`, "iu"), a]),
  fr: HEDGE_WORDS.fr.map(([w, a]) => [new RegExp(String.raw`(?<![\p{L}])(?:${w})$`, "iu"), a]),
};

// One pattern for the number itself; language decides how "," and "." read.
// Groups: 1 currency before, 2 the number, 3 multiplier, 4 currency/percent after.
const NUMBER_RE = new RegExp(
  String.raw`(?:(£|€|\$)${SP}?)?` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:${SP}\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)` +
    String.raw`(?:${SP}?(k|bn|m|billion|million|thousand|millions|milliards?|mds?|mille)(?![\p{L}]))?` +
    String.raw`(?:${SP}?(%|per\s?cent|pour\s?cent|€|euros?|d['’]euros|de\s+livres|livres(?:\s+sterling)?|pounds))?`,
  "gu",
);

const MULTIPLIER: Record<string, number> = {
  k: 1e3, thousand: 1e3, mille: 1e3, m: 1e6, million: 1e6, millions: 1e6,
  bn: 1e9, billion: 1e9, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9,
};

/** Reads the digits of one number in the article's language: "19.982" is 19982 in French, 19.982 in English. */
export function parseDigits(raw: string, language: Language): number {
  const s = raw.replace(/[ \u00a0\u202f\u2009]/g, "");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, "")); // "19,982" (also in French copy)
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) && language === "fr") return Number(s.replace(/\./g, "").replace(",", "."));
  if (language === "fr") return Number(s.replace(",", "."));
  return Number(s.replace(/,/g, ""));
}

/** Every number in `text` with its hedge, currency, percent sign and multiplier applied. */
export function findNumbers(text: string, language: Language): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? "") && !m[1]) continue; // inside a word or a longer number
    const digits = m[2]!;
    let unit = (m[3] ?? "").toLowerCase();
    let end = start + m[0].length;
    // "m" and "k" read as multipliers only when glued to the digits ("£700m", "20k"), not "20 m offshore".
    const digitsEnd = start + m[0].indexOf(digits) + digits.length;
    if ((unit === "m" || unit === "k") && text[digitsEnd] !== unit[0] && text[digitsEnd] !== unit[0]!.toUpperCase()) {
      unit = "";
      end = digitsEnd;
    }
    let value = parseDigits(digits, language) * (MULTIPLIER[unit] ?? 1);
    value = Math.round(value * 1e6) / 1e6;
    const after = end === digitsEnd && unit === "" && m[3] ? "" : (m[4] ?? "").toLowerCase();
    const percent = /%|cent/.test(after);
    const currency = m[1] === "£" || /livres|pounds/.test(after) ? "£" : m[1] === "€" || /€|euro/.test(after) ? "€" : null;
    const { approx, lead } = hedgeBefore(text, start, language);
    const plain = digits.replace(/[^\d]/g, "");
    const round = unit !== "" || /000$/.test(plain) || (plain.length >= 3 && /00$/.test(plain));
    out.push({ start, end, text: text.slice(start, end), value, approx, currency, percent, round, digits, lead });
  }
  return out;
}

// The longest hedge ("not far short of", "approximately") fits in 24 characters: a shorter look is cheaper.
const HEDGE_REACH = 24;

/** The hedge right before the figure starting at `start`, and where it begins. */
function hedgeBefore(text: string, start: number, language: Language): { approx: Approx; lead: number } {
  const raw = text.slice(Math.max(0, start - HEDGE_REACH), start);
  const trimmed = raw.replace(/[\s\u00a0\u202f]+$/, "");
  for (const [re, approx] of HEDGES[language]) {
    const m = re.exec(trimmed);
    if (m) return { approx, lead: start - (raw.length - m.index) };
  }
  return { approx: "exact", lead: start };
}

/** The hedge words and figure as one phrase start: where "nearly 20,000" begins. */
export function hedgeStart(text: string, token: NumberToken, language: Language): number {
  return token.lead ?? hedgeBefore(text, token.start, language).lead;
}
