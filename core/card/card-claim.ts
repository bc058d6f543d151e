import type { CuratedFigure } from "../data/types";
import type { ClaimCheck, Official } from "../detect/verdicts";
import { describePeriod } from "../detect/wording";
import { describeCuratedPeriod, formatAmount, formatCount } from "./card-format";
import type { CardClaim, CardLanguage } from "./types";
import { verdictWords } from "./verdict-words";

/**
 * The claim section: the article's words, the verdict from the one verdict table, the official value in
 * its unit ("€541m", not "541,000,000") and its period at the precision its source gives.
 */
export function claimSection(
  text: string, check: ClaimCheck, lang: CardLanguage, use: (id: string) => void, figureOf: (o: Official) => CuratedFigure | undefined,
): CardClaim {
  const words = verdictWords(check.verdict, lang);
  const view: CardClaim = { text, verdict: check.verdict, verdictLabel: words.label, verdictSymbol: words.symbol, explanation: check.explanation };
  const o = check.official;
  if (o && check.verdict !== "disputed") {
    use(o.sourceId);
    view.sourceId = o.sourceId;
    const figure = figureOf(o);
    const value = figure ? formatAmount(lang, figure.unit, o.value) : formatCount(lang, o.value);
    const when = figure ? describeCuratedPeriod(lang, figure.period) : o.period ? describePeriod(lang, o.period) : "";
    view.official = `${value} · ${when ? `${when} · ` : ""}${o.source}`;
  }
  for (const s of check.sources ?? []) use(s.sourceId);
  return view;
}
