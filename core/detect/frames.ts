/**
 * Which figure each time phrase of a sentence belongs to (issue 12). A phrase belongs to one figure (or,
 * before a bracket, to the figure on each side): the figure it stands next to within a clause.
 *
 *   "Last year a total of 29,437 migrants arrived, down 36% on a record 45,774 in 2022."
 *        └─ 29,437 (fronted)                               45,774 ─┘ (after it)
 *   "28,526 before 2022's record of 45,744"  →  "2022's" goes to 45,744 (a comparison word precedes it)
 *   "this time last year (11,058)"          →  both the change before it and the bracketed figure
 *   "2022, année record qui avait vu 45.000" →  an apposition: the whole year, for the figure after it
 */
import type { NumberToken } from "./numbers";
import type { PeriodPhrase } from "./periods";
import type { Span } from "./sentences";

/** The phrases bound to one figure; `crossed` holds those bound across a strong break (less sure). */
export interface Bound {
  phrases: PeriodPhrase[];
  crossed: Set<PeriodPhrase>;
}

// A break between clauses: punctuation, a dash, or a conjunction that starts another statement.
const STRONG = /[,;:()–—«»]|\s-\s|\b(?:and|but|while|whereas|et|mais|tandis|alors|dont|où)\b/i;
// Words that end the text before a phrase that introduces the next figure ("… before 2022's record of").
const LEADS_ON = /\b(?:before|after|than|compared\s+(?:to|with)|followed\s+by|versus|vs|against|avant|après|que|qu['’]|par\s+rapport\s+(?:à|au)|contre)\s*$/i;
// "the same period last year, when 13,489 made the journey", « de 2024, qui avait compté 13 489 arrivées ».
const RELATIVE = /^\s*,?\s*(?:when|in\s+which|qui|où|lorsque|quand)\b[^,;:()]*$/i;
// "2022, a record year when …", « 2022, année record qui … »: the year itself, as a whole year.
const APPOSITION = /^,\s+(?:une\s+|an?\s+)?(?:(?:record|busy)\s+)?(?:ann[ée]e|year)\b/i;

/** Binds each phrase of a sentence to its figures; returns one Bound per token, in order. */
export function bindPhrases(text: string, tokens: NumberToken[], leads: number[], phrases: PeriodPhrase[], sentence: Span): Bound[] {
  const bound: Bound[] = tokens.map(() => ({ phrases: [], crossed: new Set<PeriodPhrase>() }));
  const all = [...phrases, ...appositions(text, phrases, sentence)].sort((a, b) => a.start - b.start);
  for (const p of all) {
    if (p.vague) continue;
    let a = -1;
    while (a + 1 < tokens.length && tokens[a + 1]!.end <= p.start) a++;
    const b = a + 1 < tokens.length && tokens[a + 1]!.start >= p.end ? a + 1 : -1;
    if (a < 0 && b < 0) continue;
    if (a < 0) {
      // "The total so far is lower than this time last year, when 25,000 had crossed": the relative clause
      // ties the figure to the phrase it follows; time phrases before that one are the other side's.
      // ("… since Labour took power, when 703 arrived" is the record day's: a "since" span stays one of many.)
      if (RELATIVE.test(text.slice(p.end, Math.max(p.end, leads[b] ?? tokens[b]!.start))) && !/^(?:since|depuis)\b/i.test(p.text)) bound[b]!.phrases = [p];
      else bound[b]!.phrases.push(p);
      continue;
    }
    if (b < 0) {
      bound[a]!.phrases.push(p);
      if (STRONG.test(text.slice(tokens[a]!.end, p.start))) bound[a]!.crossed.add(p);
      continue;
    }
    const gapA = text.slice(tokens[a]!.end, p.start);
    // Up to the figure's hedge: "at the same point last year (more than 27,000)".
    const gapB = text.slice(p.end, Math.max(p.end, leads[b] ?? tokens[b]!.start));
    if (/^\s*[(«]\s*$/.test(gapB) || RELATIVE.test(gapB)) {
      // "this time last year (11,058)": the phrase is the change's base and the bracketed figure's period.
      bound[a]!.phrases.push(p);
      bound[b]!.phrases.push(p);
    } else if (p.forward || ((STRONG.test(gapA) || LEADS_ON.test(gapA) || tokens[a]!.percent) && !STRONG.test(gapB))) {
      // A change's base is read apart (claims.ts); a phrase after it belongs to the count it is compared with.
      bound[b]!.phrases.push(p);
    }
    else {
      bound[a]!.phrases.push(p);
      if (STRONG.test(gapA)) bound[a]!.crossed.add(p);
    }
  }
  return bound;
}

// "… en 2022, année record qui avait vu 45.000 migrants": the year, whole, for the figures that follow.
function appositions(text: string, phrases: PeriodPhrase[], sentence: Span): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  for (const p of phrases) {
    const year = p.bareYear ?? p.year ?? (/(20\d\d)$/.exec(p.text) ? Number(/(20\d\d)$/.exec(p.text)![1]) : undefined);
    if (!year) continue;
    const m = APPOSITION.exec(text.slice(p.end, Math.min(sentence.end, p.end + 30)));
    if (!m) continue;
    out.push({ start: p.end, end: p.end + m[0].length, text: m[0], role: "period", period: { start: `${year}-01-01`, end: `${year}-12-31` }, bareYear: year, forward: true });
  }
  return out;
}
