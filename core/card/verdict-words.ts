import type { Verdict } from "../detect/verdicts";
import type { CardLanguage } from "./types";
import { POPOVER_STRINGS } from "./strings";

/**
 * The one table of verdict words and symbols (issue 13). The popover's heading, the popup's list, the
 * highlights' screen-reader descriptions and the citation text all read it, so a `disputed` claim reads
 * the same everywhere, in both languages. A symbol is never the only signal (WCAG 1.4.1): words go with it.
 */

/** A claim's state as views see it: one of the five verdicts, or not (yet) checked. */
export type ClaimState = Verdict | "pending" | "unchecked";

/** Every state, in the order views list them. */
export const CLAIM_STATES: readonly ClaimState[] = ["matches", "close", "differs", "disputed", "unverifiable", "pending", "unchecked"];

/** How a state looks: the highlight's and the popup's colour family. */
export type VerdictTone = "ok" | "near" | "off" | "mixed" | "none";

/** What each view shows for one state. */
export interface VerdictWords {
  /** Shown before the words, hidden from screen readers. */
  symbol: string;
  /** The popover's heading and the popup's label: "Sources differ". */
  label: string;
  /** After "Tidemark: " in a highlight's screen-reader description: "sources differ on this figure". */
  spoken: string;
  /** In a copied citation: "Tidemark verdict: sources differ". */
  cited: string;
  tone: VerdictTone;
}

const TABLE: Record<CardLanguage, Record<ClaimState, Omit<VerdictWords, "symbol" | "tone">>> = {
  en: {
    matches: { label: "Matches the official figures", spoken: "matches the official figures", cited: "matches the official figures" },
    close: { label: "Close to the official figures", spoken: "close to the official figures", cited: "close to the official figures" },
    differs: { label: "Does not match the official figures", spoken: "does not match the official figures", cited: "does not match the official figures" },
    disputed: { label: "Sources differ", spoken: "sources differ on this figure", cited: "sources differ" },
    unverifiable: { label: "Cannot be checked against official data", spoken: "cannot be checked against official data", cited: "cannot be checked against official data" },
    pending: { label: "Being checked", spoken: "checking this figure", cited: "not checked yet" },
    unchecked: { label: "Not checked", spoken: "not checked", cited: "not checked" },
  },
  fr: {
    matches: { label: "Conforme aux chiffres officiels", spoken: "conforme aux chiffres officiels", cited: "conforme aux chiffres officiels" },
    close: { label: "Proche des chiffres officiels", spoken: "proche des chiffres officiels", cited: "proche des chiffres officiels" },
    differs: { label: "Ne correspond pas aux chiffres officiels", spoken: "ne correspond pas aux chiffres officiels", cited: "ne correspond pas aux chiffres officiels" },
    disputed: { label: "Les sources divergent", spoken: "les sources divergent sur ce chiffre", cited: "les sources divergent" },
    unverifiable: { label: "Invérifiable avec les données officielles", spoken: "invérifiable avec les données officielles", cited: "invérifiable avec les données officielles" },
    pending: { label: "Vérification en cours", spoken: "vérification de ce chiffre en cours", cited: "pas encore vérifié" },
    unchecked: { label: "Non vérifié", spoken: "non vérifié", cited: "non vérifié" },
  },
};

const LOOK: Record<ClaimState, { symbol: string; tone: VerdictTone }> = {
  matches: { symbol: "✓", tone: "ok" },
  close: { symbol: "≈", tone: "near" },
  differs: { symbol: "✗", tone: "off" },
  disputed: { symbol: "⇄", tone: "mixed" },
  unverifiable: { symbol: "?", tone: "none" },
  pending: { symbol: "…", tone: "none" },
  unchecked: { symbol: "–", tone: "none" },
};

/** True for a known claim state (anything else from outside reads as "unchecked"). */
export function isClaimState(value: unknown): value is ClaimState {
  return typeof value === "string" && (CLAIM_STATES as readonly string[]).includes(value);
}

/** The words and symbol for a claim state in a language; an unknown state reads as "unchecked". */
export function verdictWords(state: ClaimState | string, lang: CardLanguage): VerdictWords {
  const known: ClaimState = isClaimState(state) ? state : "unchecked";
  return { ...TABLE[lang][known], ...LOOK[known] };
}

/**
 * What a screen reader hears for a highlight (its aria description): a mention, a claim waiting for its
 * verdict, or "Tidemark: <verdict>". Lives with the page kit, not the content script, since it is only
 * needed once something is drawn (issue 15: content script ≤ 20 KB).
 */
export function describeHighlight(lang: CardLanguage, kind: "mention" | "claim", verdict?: ClaimState): string {
  const t = POPOVER_STRINGS[lang];
  if (kind === "mention") return t.mention;
  if (!verdict || verdict === "pending") return t.claimPending;
  return `Tidemark${lang === "fr" ? "\u00a0:" : ":"} ${verdictWords(verdict, lang).spoken}`;
}
