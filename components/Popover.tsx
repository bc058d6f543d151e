import type { CardModel, CardSource } from "../core/card/types";
import { POPOVER_STRINGS, type PopoverStrings } from "../core/card/strings";
import { Chart } from "./Chart";

/** What the popover shows: the card, or the state of fetching it. */
export type PopoverContent =
  | { state: "loading"; lang: "en" | "fr" }
  | { state: "error"; lang: "en" | "fr" }
  | { state: "ready"; card: CardModel };

export interface PopoverProps {
  content: PopoverContent;
  /** True after "Copy with citation" succeeded (shows "Copied"); "refused" when the browser would not copy. */
  copied?: boolean | "refused";
  onClose(): void;
  onCopy(text: string): void;
}

const VERDICT_ICONS: Record<string, string> = {
  matches: "✓", close: "≈", differs: "✗", disputed: "⇄", unverifiable: "?", pending: "…", unchecked: "–",
};

/** The popover's body (issue #5). Renders from props only; the host positions and isolates it. */
export function Popover({ content, copied, onClose, onCopy }: PopoverProps) {
  const lang = content.state === "ready" ? content.card.lang : content.lang;
  const t = POPOVER_STRINGS[lang];
  return (
    <div class="tm-panel" role="dialog" aria-labelledby="tm-title" lang={lang}>
      <div class="tm-arrow" aria-hidden="true" />
      <div class="tm-scroll">
        <header class="tm-head">
          <p class="tm-brand" aria-hidden="true">Tidemark</p>
          <h2 id="tm-title">{content.state === "ready" ? content.card.title : t.dialog}</h2>
          <button type="button" class="tm-close" aria-label={t.close} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {content.state === "loading" && <p class="tm-status" role="status">{t.loading}</p>}
        {content.state === "error" && <p class="tm-status" role="alert">{t.failed}</p>}
        {content.state === "ready" && <CardBody card={content.card} t={t} copied={copied} onCopy={onCopy} />}
      </div>
    </div>
  );
}

function CardBody({ card, t, copied, onCopy }: { card: CardModel; t: PopoverStrings; copied?: boolean | "refused"; onCopy(text: string): void }) {
  const sourceNames = new Map(card.sources.map((s) => [s.id, s.publisher]));
  return (
    <>
      {card.claim && (
        <section class="tm-claim" data-verdict={card.claim.verdict} aria-label={t.claim}>
          <p class="tm-verdict">
            <span class="tm-verdict-icon" aria-hidden="true">{VERDICT_ICONS[card.claim.verdict] ?? "?"}</span>
            <span>{card.claim.verdictLabel}</span>
          </p>
          <p class="tm-claim-text">“{card.claim.text}”</p>
          {card.claim.official && (
            <p class="tm-official"><span class="tm-label">{t.officialValue}: </span>{card.claim.official}</p>
          )}
          <p class="tm-explanation">{card.claim.explanation}</p>
        </section>
      )}
      {card.figures.length > 0 && (
        <dl class="tm-figures">
          {card.figures.map((f) => (
            <div class="tm-figure" key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                <span class="tm-value">{f.value}</span>{" "}
                <span class="tm-detail">{f.detail}{sourceNames.has(f.sourceId) ? ` · ${sourceNames.get(f.sourceId)}` : ""}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.chart && <Chart chart={card.chart} hint={t.chartHint} />}
      {card.deaths && (
        <section class="tm-deaths">
          <h3>{card.deaths.title}</h3>
          <table>
            <tbody>
              {card.deaths.rows.map((row) => (
                <tr key={row.sourceId + row.source}>
                  <th scope="row">{row.source}</th>
                  <td class="tm-value">{row.value}</td>
                  <td class="tm-detail">{row.counts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {card.counts.length > 0 && (
        <section class="tm-counts">
          <h3>{t.counts}</h3>
          <ul>{card.counts.map((c) => <li key={c}>{c}</li>)}</ul>
        </section>
      )}
      {card.background && (
        <section class="tm-background">
          <h3>{card.backgroundTitle ?? t.background}</h3>
          <p>{card.background}</p>
        </section>
      )}
      {card.sources.length > 0 && (
        <section class="tm-sources">
          <h3>{t.sources}</h3>
          <ol>{card.sources.map((s) => <SourceItem key={s.id} source={s} t={t} />)}</ol>
        </section>
      )}
      <footer class="tm-foot">
        <p class="tm-fresh">{card.freshness}</p>
        <button type="button" class="tm-copy" onClick={() => onCopy(card.citation)}>
          {copied === "refused" ? t.copyRefused : copied ? t.copied : t.copy}
        </button>
      </footer>
    </>
  );
}

function SourceItem({ source, t }: { source: CardSource; t: PopoverStrings }) {
  return (
    <li>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span class="tm-visually-hidden"> {t.opensNewTab}</span>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      <span class="tm-detail"> · {source.publisher}, {source.published} · {source.tier}</span>
    </li>
  );
}
