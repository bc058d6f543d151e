import type { ClaimCheck } from "../detect/verdicts";
import { describePeriod } from "../detect/wording";
import { formatCount } from "./card-format";
import type { CardClaim, CardLanguage } from "./types";
import { verdictWords } from "./verdict-words";

/** The claim section: the article's words, the verdict from the one verdict table, the official value. */
export function claimSection(text: string, check: ClaimCheck, lang: CardLanguage, use: (id: string) => void): CardClaim {
  const words = verdictWords(check.verdict, lang);
  const view: CardClaim = { text, verdict: check.verdict, verdictLabel: words.label, verdictSymbol: words.symbol, explanation: check.explanation };
  const o = check.official;
  if (o && check.verdict !== "disputed") {
    use(o.sourceId);
    view.sourceId = o.sourceId;
    const period = o.period ? `${describePeriod(lang, o.period)} · ` : "";
    view.official = `${formatCount(lang, o.value)} · ${period}${o.source}`;
  }
  for (const s of check.sources ?? []) use(s.sourceId);
  return view;
}
