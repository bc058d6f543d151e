/**
 * Topic ids shared by detection (which topic a mention is about), the data layer (background texts,
 * curated figures) and the popover (what to show). Adding a topic means adding it here first.
 */
export const TOPIC_IDS = [
  "arrivals", // small-boat arrivals, crossings, Border Force, the time series itself
  "returns-deal", // UK–France "one in, one out" returns pilot
  "rwanda", // the Rwanda scheme and the Safety of Rwanda Act
  "law-2025", // Border Security, Asylum and Immigration Act 2025 (and Bill)
  "payments-france", // UK money to France: Sandhurst Treaty, 2023 three-year deal
  "french-tactics", // French interception rules, taxi boats, coastguard, maritime prefecture
  "deaths", // deaths and disappearances in the Channel
  "smuggling", // people smugglers, gangs, Border Security Command
  "asylum", // asylum claims, grant rates, nationalities
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
