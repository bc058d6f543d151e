import type { CardLanguage } from "./types";

type StringKey =
  | "dialog" | "close" | "loading" | "failed" | "claim" | "officialValue" | "counts" | "background" | "sources"
  | "copy" | "copied" | "copyRefused" | "chartHint" | "opensNewTab" | "mention" | "claimPending" | "readIn";
export type PopoverStrings = Record<StringKey, string>;

/** Fixed words of the popover, in English and French. Figures and sources come from the card model. */
export const POPOVER_STRINGS: Record<CardLanguage, PopoverStrings> = {
  en: {
    dialog: "Tidemark: official figures",
    close: "Close",
    loading: "Loading the official figures…",
    failed: "The figures could not be loaded. Try again in a moment.",
    claim: "What the article says",
    officialValue: "Official figure",
    counts: "What the figures count",
    background: "Background",
    sources: "Sources",
    copy: "Copy with citation",
    copied: "Copied",
    copyRefused: "This page does not allow copying: select the text instead",
    chartHint: "Values shown on hover or focus",
    opensNewTab: "(opens in a new tab)",
    mention: "Tidemark: official figures available",
    claimPending: "Tidemark: checking this figure",
    readIn: "read in",
  },
  fr: {
    dialog: "Tidemark\u00a0: chiffres officiels",
    close: "Fermer",
    loading: "Chargement des chiffres officiels…",
    failed: "Les chiffres n’ont pas pu être chargés. Réessayez dans un instant.",
    claim: "Ce que dit l’article",
    officialValue: "Chiffre officiel",
    counts: "Ce que comptent les chiffres",
    background: "Contexte",
    sources: "Sources",
    copy: "Copier avec la source",
    copied: "Copié",
    copyRefused: "Cette page ne permet pas de copier\u00a0: sélectionnez le texte",
    chartHint: "Valeurs affichées au survol ou au focus",
    opensNewTab: "(s’ouvre dans un nouvel onglet)",
    mention: "Tidemark\u00a0: chiffres officiels disponibles",
    claimPending: "Tidemark\u00a0: vérification de ce chiffre",
    readIn: "lu dans",
  },
};
