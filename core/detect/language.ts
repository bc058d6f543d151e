/** Languages detection understands. */
export type Language = "en" | "fr";

// Frequent function words; counting them tells English from French prose (issue 4: `<html lang>` first).
const EN = /\b(?:the|and|of|to|that|is|was|have|has|with|which|from|this|were)\b/gi;
const FR = /\b(?:le|la|les|des|et|est|une|dans|que|qui|pour|sur|avec|sont|ont|du|au|aux)\b/gi;

/** "en" or "fr" from the words of `text` (the first 20,000 characters), or null if it has too few. */
export function detectLanguage(text: string): Language | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const en = sample.match(EN)?.length ?? 0;
  const fr = sample.match(FR)?.length ?? 0;
  if (en + fr < 3) return null;
  return en >= fr ? "en" : "fr";
}
