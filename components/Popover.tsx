import type { CardDeathRow, CardFigure, CardModel, CardSource } from "../core/card/types";
import { POPOVER_STRINGS, type PopoverStrings } from "../core/card/strings";
import { OglAttribution, usesOgl } from "./Attribution";
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
            <span class="tm-verdict-icon" aria-hidden="true">{card.claim.verdictSymbol}</span>
            <span>{card.claim.verdictLabel}</span>
          </p>
          <p class="tm-claim-text">{card.lang === "fr" ? `«\u00a0${card.claim.text}\u00a0»` : `“${card.claim.text}”`}</p>
          {card.claim.official && (
            <p class="tm-official"><span class="tm-label">{t.officialValue}{card.lang === "fr" ? "\u00a0: " : ": "}</span>{card.claim.official}</p>
          )}
          <p class="tm-explanation">{card.claim.explanation}</p>
        </section>
      )}
      {card.asOfTitle && (card.figures.length > 0 || card.deaths) && <h3 class="tm-asof">{card.asOfTitle}</h3>}
      {card.figures.length > 0 && <Figures figures={card.figures} sourceNames={sourceNames} />}
      {card.chart && <Chart chart={card.chart} hint={t.chartHint} />}
      {card.deaths && (
        <section class="tm-deaths">
          <h3>{card.deaths.title}</h3>
          <DeathRows rows={card.deaths.rows} />
        </section>
      )}
      {card.later && (
        <section class="tm-later" aria-label={card.later.title}>
          <h3>{card.later.title}</h3>
          {card.later.figures.length > 0 && <Figures figures={card.later.figures} sourceNames={sourceNames} />}
          {card.later.deaths.length > 0 && <DeathRows rows={card.later.deaths} />}
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
          {usesOgl(card.sources) && <OglAttribution className="tm-licence tm-detail" newTabHint={{ lang: card.lang, text: t.opensNewTab }} />}
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

function Figures({ figures, sourceNames }: { figures: CardFigure[]; sourceNames: Map<string, string> }) {
  return (
    <dl class="tm-figures">
      {figures.map((f) => (
        <div class="tm-figure" key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            <span class="tm-value">{f.value}</span>{" "}
            <span class="tm-detail">{f.detail}{sourceNames.has(f.sourceId) ? ` · ${sourceNames.get(f.sourceId)}` : ""}</span>
            {f.status && <span class="tm-status-note">{f.status}</span>}
            {f.note && <span class="tm-note">{f.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function DeathRows({ rows }: { rows: CardDeathRow[] }) {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sourceId + row.period}>
            <th scope="row">{row.source}<span class="tm-detail tm-period">{row.period}</span></th>
            <td class="tm-value">{row.value}</td>
            <td class="tm-detail">{row.counts}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
      {source.via && (
        <span class="tm-detail tm-via">
          {" "}· {t.readIn}{" "}
          <a href={source.via.url} target="_blank" rel="noopener noreferrer">
            {source.via.publisher}{source.via.published ? `, ${source.via.published}` : ""}
            <span class="tm-visually-hidden"> {t.opensNewTab}</span>
          </a>
        </span>
      )}
    </li>
  );
}
