import type { Source } from "../data/types";
import { formatDate } from "../detect/wording";
import { CARD_WORDS } from "./card-words";
import { formatPublished } from "./card-format";
import type { CardLanguage, CardModel, CardSource } from "./types";
import { verdictWords } from "./verdict-words";

const httpsOnly = (url: string | undefined) => (url && /^https:\/\//.test(url) ? url : undefined);

/** One source as the popover lists it: the original, its date and tier, and the copy it was read in. */
export function sourceView(s: Source, lang: CardLanguage): CardSource {
  const url = httpsOnly(s.url);
  const viaUrl = httpsOnly(s.via?.url);
  return {
    id: s.id, publisher: s.publisher, title: s.title, ...(url ? { url } : {}),
    published: s.published.length === 10 ? formatDate(lang, s.published) : formatPublished(lang, s.published),
    tier: CARD_WORDS[lang].tiers[s.tier] ?? s.tier,
    ...(s.licence ? { licence: s.licence } : {}),
    ...(s.via && viaUrl
      ? { via: { publisher: s.via.publisher, title: s.via.title, url: viaUrl, ...(s.via.published ? { published: formatPublished(lang, s.via.published) } : {}) } }
      : {}),
  };
}

/**
 * Plain text for "Copy with citation": the claim's verdict (from the verdict table) or the first figure,
 * its period, its source with the copy it was read in, and the freshness line.
 */
export function citation(card: CardModel, lang: CardLanguage): string {
  const w = CARD_WORDS[lang];
  const first = card.figures[0];
  const src = card.sources.find((s) => s.id === (card.claim?.sourceId ?? first?.sourceId ?? card.deaths?.rows[0]?.sourceId));
  const claim = card.claim ? `${w.quote(card.claim.text)} — ${w.verdict} ${verdictWords(card.claim.verdict, lang).cited}. ` : "";
  const line = card.claim?.official
    ? `${card.claim.official}.`
    : first
      ? `${first.label}${lang === "fr" ? "\u00a0:" : ":"} ${first.value}${first.unit ? ` ${first.unit}` : ""} (${first.detail}).`
      : card.deaths
        ? `${card.deaths.title}. ${card.deaths.rows.map((r) => `${r.source} ${r.value} (${r.period})`).join("; ")}.`
        : `${card.title}.`;
  const via = src?.via ? `, ${w.via} ${src.via.publisher}, ${src.via.url}` : "";
  const cite = src ? ` ${w.source} ${src.publisher}, ${w.quote(src.title)}${src.url ? `, ${src.url}` : ""}${via}.` : "";
  return `${claim}${line}${cite} ${card.freshness}.`.trim();
}
