/**
 * What a French reader would see as wrong in a French text (issue 16): an ordinary space or none before
 * « : ; ! ? », guillemets without their no-break space, straight apostrophes, English or straight quotes.
 * A no-break space is U+00A0, or U+202F (narrow) before « ; ! ? ».
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const at = (re: RegExp, what: string) => {
    for (const m of text.matchAll(re)) problems.push(`${what} at ${m.index}: …${text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 4)}…`);
  };
  at(/ [:;!?]/g, "ordinary space before a colon, semicolon, ! or ?");
  // A colon glued to a word ("Aperçu:"), except in addresses ("https://") and times ("10:30").
  at(/[^\s\u00a0\u202f\d](?<!https?)[:](?!\/\/)/g, "no space before a colon");
  at(/[^\s\u00a0\u202f][;!]/g, "no space before ; or !");
  at(/[^\s\u00a0\u202f/=][?]/g, "no space before ?");
  at(/«(?![\u00a0\u202f])/g, "« without a no-break space after it");
  at(/(?<![\u00a0\u202f])»/g, "» without a no-break space before it");
  at(/'/g, "straight apostrophe");
  at(/["“”]/g, "English or straight quotation marks");
  return problems;
}
