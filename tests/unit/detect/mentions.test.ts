import { describe, expect, it } from "vitest";
import { CONTEXT_EN, CONTEXT_FR, TERMS_EN, TERMS_FR } from "../../../core/detect/lexicon";
import { findMentions, mayMention, termSource } from "../../../core/detect/mentions";
import { isRelevant } from "../../../core/detect/relevance";
import { detectLanguage, type Language } from "../../../core/detect/language";

const texts = (t: string, lang: Language) => findMentions(t, lang).map((m) => `${m.text}|${m.topic}`);

describe("findMentions", () => {
  it.each<[string, Language, string[]]>([
    ["More small boats crossed.", "en", ["small boats|arrivals"]],
    ["Small-boat arrivals rose.", "en", ["Small-boat arrivals|arrivals"]],
    ["small\u00a0boats and small\u202fboats", "en", ["small\u00a0boats|arrivals", "small\u202fboats|arrivals"]],
    ["Migrants crossing the English Channel", "en", ["crossing the English Channel|arrivals"]],
    ["People smugglers and smuggling gangs", "en", ["People smugglers|smuggling", "smuggling gangs|smuggling"]],
    ["the “one in, one out” deal", "en", ["one in, one out” deal|returns-deal"]],
    ["The Rwanda scheme was scrapped.", "en", ["Rwanda scheme|rwanda"]],
    ["the Border Security, Asylum and Immigration Act", "en", ["Border Security, Asylum and Immigration Act|law-2025"]],
    ["under the Sandhurst Treaty", "en", ["Sandhurst Treaty|payments-france"]],
    ["Border Force picked up migrants", "en", ["Border Force|arrivals"]],
    ["taxi-boats off Gravelines", "en", ["taxi-boats|french-tactics"]],
    ["Les traversées de la Manche", "fr", ["traversées de la Manche|arrivals"]],
    ["pour rejoindre l’Angleterre", "fr", ["rejoindre l’Angleterre|arrivals"]],
    ["des « small boats »", "fr", ["small boats|arrivals"]],
    ["des embarcations de fortune et des canots pneumatiques", "fr", ["embarcations de fortune|arrivals", "canots pneumatiques|arrivals"]],
    ["l'accord « un pour un »", "fr", ["accord « un pour un »|returns-deal"]],
    ["le CROSS Gris-Nez et la préfecture maritime", "fr", ["CROSS Gris-Nez|french-tactics", "préfecture maritime|french-tactics"]],
    ["les passeurs", "fr", ["passeurs|smuggling"]],
  ])("%s", (text, lang, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it.each<[string, Language]>([
    ["Crossing the Channel by train takes two hours on Eurostar.", "en"],
    ["She will swim the Channel; crossing the Channel solo is hard.", "en"],
    ["Watch it on Channel 4 tonight.", "en"],
    ["Traverser la Manche à la nage.", "fr"],
  ])("no mention in: %s", (text, lang) => {
    expect(texts(text, lang)).toEqual([]);
  });

  it("boats only count near context", () => {
    expect(texts("Boats filled the marina for the regatta.", "en")).toEqual([]);
    expect(texts("Migrants boarded boats near Calais.", "en")).toEqual(["boats|arrivals"]);
  });

  it("never matches across a paragraph break", () => {
    expect(texts("a small\nboats", "en")).toEqual([]);
  });
});

describe("relevance", () => {
  it.each<[string, Language, boolean]>([
    ["Nearly 20,000 migrants crossed the Channel in small boats, the Home Office said.", "en", true],
    ["The small boats class at the regatta drew 40 sailors; the Channel race starts Friday.", "en", false],
    ["Channel 4 will air a documentary about the Channel Islands.", "en", false],
    ["Crossing the Channel by ferry from Dover to Calais; Border Force queues were long.", "en", false],
    ["Des milliers de migrants ont tenté de traverser la Manche, selon la préfecture maritime; les passeurs s'adaptent.", "fr", true],
    ["Le département de la Manche accueille le Tour de France.", "fr", false],
  ])("%s", (text, lang, relevant) => {
    expect(isRelevant(text, findMentions(text, lang), lang)).toBe(relevant);
  });

  it("the gate is one cheap test", () => {
    expect(mayMention("Nothing about it here")).toBe(false);
    expect(mayMention("small boats")).toBe(true);
  });
});

describe("detectLanguage", () => {
  it.each<[string, Language | null]>([
    ["The number of people who crossed the Channel has risen.", "en"],
    ["Le nombre de personnes qui ont traversé la Manche est en hausse.", "fr"],
    ["12 34", null],
  ])("%s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe("matching lower-cased text (case-sensitive expressions compile ~20× faster)", () => {
  it("every lexicon pattern is written in lower case, as the lower-cased text is", () => {
    // Escapes such as \p{L}, \S or \N are not literals: take them out before looking for capitals.
    const literals = (source: string) => source.replace(/\\p\{[^}]+\}|\\[A-Za-z]/g, "");
    for (const term of [...TERMS_EN, ...TERMS_FR]) expect(literals(termSource(term.pattern)), term.pattern).toBe(literals(termSource(term.pattern)).toLowerCase());
    expect(literals(CONTEXT_EN + CONTEXT_FR)).toBe(literals(CONTEXT_EN + CONTEXT_FR).toLowerCase());
  });

  it.each<[string, Language]>([
    ["SMALL BOATS reached Dover; the Home Office said MIGRANTS crossed the Channel.", "en"],
    ["Des PASSEURS ont organisé la traversée de la Manche en Petites Embarcations.", "fr"],
  ])("finds mentions in any case and keeps the page's own spelling: %s", (text, language) => {
    const found = findMentions(text, language);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(found.map((m) => m.text)).toContain(language === "en" ? "SMALL BOATS" : "PASSEURS");
  });

  it("text whose lower case is longer (İ) is matched case-insensitively as is, with the same offsets", () => {
    const plain = "Istanbul: small boats crossed the Channel, the Home Office said; more Small Boats later.";
    const dotted = plain.replace("Istanbul", "İstanbul");
    expect(dotted.toLowerCase().length).not.toBe(dotted.length);
    expect(findMentions(dotted, "en")).toEqual(findMentions(plain, "en"));
    expect(isRelevant(dotted, findMentions(dotted, "en"), "en")).toBe(isRelevant(plain, findMentions(plain, "en"), "en"));
  });
});

// Issue 15: the combined expression is compiled without the lexicon's travel guards, which are checked on
// a match instead; what is found must be what the guarded expression finds, also right after a match the
// guards rule out, and with the case-insensitive twins ("İ" moves offsets when lower-cased).
describe("travel guards checked after the match", () => {
  const guarded = (text: string, language: Language) => {
    const terms = (language === "fr" ? TERMS_FR : TERMS_EN);
    const rank = (t: { weak?: boolean; pattern: string }) => (t.weak ? 10_000 : 0) - t.pattern.length;
    const sorted = [...terms].sort((a, b) => rank(a) - rank(b));
    const re = new RegExp(`(?:${sorted.map((t) => `(${termSource(t.pattern)})`).join("|")})(?![\\p{L}\\p{N}])`, "giu");
    return [...text.matchAll(re)].filter((m) => m.index === 0 || !/[\p{L}\p{N}]/u.test(text[m.index - 1]!)).map((m) => m[0]);
  };
  it.each([
    ["Holidaymakers crossing the Channel by ferry met migrants who crossed the Channel in small boats.", "en"],
    ["Passengers crossing the English Channel on the Eurostar; then people crossing the Channel at night.", "en"],
    ["Ferries across the Channel were full, while dinghies across the Channel kept coming.", "en"],
    ["İ: lorries crossing the channel on le shuttle, and migrants crossing the channel.", "en"],
    ["Il a traversé la Manche à la nage ; d'autres traversent la Manche sur des canots pneumatiques.", "fr"],
  ] as [string, Language][])("%s", (text, language) => {
    const strong = findMentions(text, language).filter((m) => !m.weak).map((m) => m.text);
    // Every strong mention found is one the guarded expression finds at the same place.
    expect(strong.every((s) => guarded(text, language).includes(s))).toBe(true);
    expect(strong.some((s) => /by ferry|on the eurostar|ferries|on le shuttle|à la nage/i.test(s))).toBe(false);
    expect(strong.length).toBeGreaterThan(0);
  });
});
