import { browser } from "#imports";
import { buildCard } from "../core/card/build-card";
import type { Dataset } from "../core/data/types";
import { readText } from "../core/detect/read-text";
import { datasetLookup } from "../core/detect/official-figures";
import { checkClaim, type ClaimCheck, type FigureLookup } from "../core/detect/verdicts";
import { parseCheck, parseClaim } from "./claim-schemas";
import { currentDataset } from "./data-service";
import { MAX_READ_TEXT, type MessageSender, type PageArticle, type PageClaim, type ToBackground } from "./messages";
import { TextParts } from "./text-parts";

/**
 * Background side of the in-page messages (issue #5): verdicts for claims and popover cards, built
 * from the dataset the background holds, plus the keyboard shortcut that steps through highlights.
 */

type PageHandlers = {
  [K in "readText" | "readTextPart" | "checkClaims" | "getCard"]: (data: ToBackground[K]["request"], sender: MessageSender) => Promise<ToBackground[K]["response"]>;
};

// The parts of long texts on their way in (issue 15), one reading per tab.
const textParts = new TextParts(MAX_READ_TEXT);

// The tab a page request came from (only a tab's top frame may send one: background-main.ts).
function tabOf(sender: MessageSender): number {
  const tab = sender.tab?.id;
  if (tab === undefined) throw new Error("Tidemark reads text sent in parts only from a tab.");
  return tab;
}

/** Manifest `commands` names (wxt.config.ts). */
export const PAGE_COMMANDS = { next: "next-highlight", previous: "previous-highlight" } as const;

let data: { dataset: Dataset; lookup: FigureLookup } | null = null;
/**
 * The dataset cards and verdicts use: the background's current one (bundled, or a newer GOV.UK
 * release, plus enabled feeds; issue #6). `currentDataset()` returns the same object until the data
 * changes, so the lookup is rebuilt only then.
 */
async function current(): Promise<{ dataset: Dataset; lookup: FigureLookup }> {
  const dataset = await currentDataset();
  if (data?.dataset !== dataset) data = { dataset, lookup: datasetLookup(dataset) };
  return data;
}

/** The check for one claim the content script sent (valibot at the boundary); a malformed claim is unverifiable. */
function check(claim: PageClaim, article: PageArticle, lookup: FigureLookup): ClaimCheck {
  const c = parseClaim(claim.claim);
  if (!c) return { verdict: "unverifiable", explanation: article.language === "fr" ? "Ce chiffre n’a pas pu être lu." : "This figure could not be read." };
  return checkClaim({ ...c, text: claim.text }, lookup, article.published, article.language);
}

export const pageHandlers: PageHandlers = {
  // Detection runs here, off the page's main thread (issue 15): the page sends its text and waits.
  readText: async (req, sender) => {
    const text = req.parts ? textParts.take(tabOf(sender), req.parts.reading, req.parts.count, req.text) : req.text;
    const { mentions, claims } = readText(text, { language: req.language, published: req.published }, req.scope);
    return { mentions: mentions.map(({ start, end, topic }) => ({ start, end, topic })), claims };
  },
  readTextPart: async (req, sender) => {
    textParts.add(tabOf(sender), req.reading, req.index, req.text);
    return {};
  },
  checkClaims: async (req) => {
    const { lookup } = await current();
    return { checks: Object.fromEntries(req.claims.map((c) => [c.id, check(c, req, lookup)])) };
  },
  getCard: async (req) => {
    const { dataset } = await current();
    // The claim was checked when the page was read: its check comes with the request, never recomputed.
    const claimCheck = req.claim ? parseCheck(req.claim.check) : null;
    return buildCard(dataset, {
      topic: req.topic,
      language: req.language,
      published: req.published,
      today: new Date().toISOString().slice(0, 10),
      ...(req.claim && claimCheck ? { claim: { text: String(req.claim.text).slice(0, 2000), check: claimCheck } } : {}),
    });
  },
};

/** Forwards the next/previous-highlight shortcuts to the active tab's content script. */
export function listenForPageCommands(): void {
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === PAGE_COMMANDS.next ? 1 : command === PAGE_COMMANDS.previous ? -1 : 0;
    if (!direction) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    await browser.tabs.sendMessage(id, { to: "content", type: "step", data: { direction } }).catch(() => undefined);
  });
}
