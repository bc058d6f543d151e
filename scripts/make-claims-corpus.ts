/**
 * `npm run corpus:claims` (issue 12): writes tests/fixtures/claims-corpus/, our own corpus of claim sentences.
 * Each page is a short article in our words built from one construction journalists use (running totals,
 * the same point of another year, "since …" spans, lists, brackets, bases of changes, averages, measures with
 * no series, attribution, figures beyond the data, revisions), in English and French. Every figure is
 * computed here from the Home Office series (assets/data/series.json) and every expected verdict follows
 * from what the sentence says and how the figure relates to the official value — never from running the
 * claim checker:
 *   - the official value, or one off by a revision (≤ 0.1 % or 5 people) → matches;
 *   - a hedge that holds ("more than 12,000" for 12,313) → matches; a round figure just outside → close;
 *   - a figure 20 % or more off → differs when the sentence itself says what and when it counts,
 *     unverifiable when its period comes from another sentence or its words allow several;
 *   - measures no series counts (attempts, rescues, nationalities, forecasts…) → unverifiable;
 *   - deaths → disputed (sources count differently); a period the data has not reached → unverifiable.
 * The output is committed; run this again after a new data release.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledDataset } from "../core/data/bundled";
import { addDays, dayNumber } from "../core/data/dates";
import { highestDay, sumPeriod } from "../core/data/queries";
import type { OfficialSeries, Period } from "../core/data/types";

const OUT = join(import.meta.dirname, "../tests/fixtures/claims-corpus");
const series: OfficialSeries = bundledDataset().series;
const DATA_END = series.asOf;

type Lang = "en" | "fr";
interface Figure {
  number: string;
  verdict: string;
}
interface Page {
  slug: string;
  language: Lang;
  published: string;
  construction: string;
  headline: string;
  sentences: string[];
  figures: Figure[];
}

// ── numbers and dates in the article's style ─────────────────────────────────────────────────────────
const NNBSP = "\u202f";
const NBSP = "\u00a0";
/** "12,901" in English; "12 901", "12 901" or "12.901" in French (all three occur in the press; the value picks one). */
function n(lang: Lang, value: number): string {
  const en = Math.round(value).toLocaleString("en-GB");
  if (lang === "en") return en;
  const sep = [NNBSP, NBSP, "."][Math.round(value) % 3]!;
  return en.replace(/,/g, sep);
}
const WORDS_EN = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const WORDS_FR = ["aucune", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
/** Small counts are written in words, as newspapers do (and then they are not claims). */
function small(lang: Lang, value: number): string {
  return value < 10 ? (lang === "en" ? WORDS_EN : WORDS_FR)[value]! : n(lang, value);
}
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
};
const weekday = (lang: Lang, date: string) => WEEKDAYS[lang][new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const month = (lang: Lang, m: number) => MONTHS[lang][m - 1]!;
const dayMonth = (lang: Lang, date: string) => `${Number(date.slice(8)) === 1 && lang === "fr" ? "1er" : Number(date.slice(8))} ${month(lang, Number(date.slice(5, 7)))}`;
const year = (date: string) => Number(date.slice(0, 4));

// ── official values ──────────────────────────────────────────────────────────────────────────────────
const count = (start: string, end: string, metric: "people" | "boats" = "people") => sumPeriod(series, metric, { start, end }).value;
const ytd = (day: string) => count(`${day.slice(0, 4)}-01-01`, day);
const samePoint = (day: string, y: number) => count(`${y}-01-01`, `${y}${day.slice(4)}`);
const fullYear = (y: number, metric: "people" | "boats" = "people") => count(`${y}-01-01`, `${y}-12-31`, metric);
const change = (now: number, then: number) => Math.round(((now - then) / then) * 100);

// ── how a figure is written, and what a careful reader says of it ────────────────────────────────────
type Kind = "exact" | "revised" | "over" | "nearly" | "close" | "wrong";
interface Written {
  text: (lang: Lang) => string;
  /** The figure as it will appear (for finding it). */
  number: (lang: Lang) => string;
  verdict: (certain: boolean) => string;
}
function written(kind: Kind, official: number): Written {
  switch (kind) {
    case "exact":
      return { text: (l) => n(l, official), number: (l) => n(l, official), verdict: () => "matches" };
    case "revised": {
      const v = official + (official > 1000 ? 3 : 2);
      return { text: (l) => n(l, v), number: (l) => n(l, v), verdict: () => "matches" };
    }
    case "over": {
      const step = official >= 10_000 ? 1000 : official >= 1000 ? 100 : 10;
      const v = Math.floor(official / step) * step === official ? official - step : Math.floor(official / step) * step;
      return { text: (l) => `${l === "en" ? "more than" : "plus de"} ${n(l, v)}`, number: (l) => n(l, v), verdict: () => "matches" };
    }
    case "nearly": {
      // The largest rounding that stays within 5 % above the official figure ("nearly 12,000" for 11,115 is not).
      const step = [1000, 100, 10].find((k) => official >= 10 * k && (Math.ceil(official / k) * k - official) / (Math.ceil(official / k) * k) <= 0.05) ?? 10;
      const v = Math.ceil(official / step) * step === official ? official + step : Math.ceil(official / step) * step;
      return { text: (l) => `${l === "en" ? "nearly" : "près de"} ${n(l, v)}`, number: (l) => n(l, v), verdict: () => "matches" };
    }
    case "close": {
      // "About 43,000" for 41,472: a figure rounded to thousands (not to tens of thousands), more than half a
      // thousand and 1 % away (so the hedge does not cover it) but within two thousands.
      const candidates = [-2, -1, 1, 2].map((k) => Math.round(official / 1000) * 1000 + k * 1000);
      const v = candidates.find((c) => c % 10_000 !== 0 && Math.abs(c - official) > Math.max(500, 0.01 * c) && Math.abs(c - official) <= Math.min(2000, 0.1 * c)) ?? Math.round(official / 1000) * 1000;
      return { text: (l) => `${l === "en" ? "about" : "environ"} ${n(l, v)}`, number: (l) => n(l, v), verdict: (c) => (c ? "close" : "unverifiable") };
    }
    case "wrong": {
      const v = Math.round(official * 1.27) + 7;
      return { text: (l) => n(l, v), number: (l) => n(l, v), verdict: (c) => (c ? "differs" : "unverifiable") };
    }
  }
}

// ── the constructions ────────────────────────────────────────────────────────────────────────────────
const HEADLINES = {
  en: ["Small boats: the latest Home Office figures on migrants", "Migrant Channel crossings: what the numbers show", "Migrants crossing the Channel in small boats: the count so far"],
  fr: ["Migrants : les derniers chiffres des traversées de la Manche", "Small boats : ce que montrent les chiffres britanniques sur les migrants", "Migrants : le point sur les traversées de la Manche"],
};
const pages: Page[] = [];
function page(language: Lang, published: string, construction: string, sentences: string[], figures: Figure[]): void {
  const slug = `${language}-${construction}-${published}-${pages.filter((p) => p.construction === construction && p.language === language).length + 1}`;
  pages.push({ slug, language, published, construction, headline: HEADLINES[language][pages.length % 3]!, sentences, figures });
}

/** Publication dates across the data (the series ends on DATA_END); the day before is the latest day of data. */
const DATES = ["2022-08-16", "2023-06-21", "2023-09-12", "2024-06-25", "2024-10-29", "2025-03-05", "2025-07-31", "2025-11-19", "2026-02-24", "2026-08-21"];
const KINDS: Kind[] = ["exact", "revised", "over", "nearly", "wrong"];

DATES.forEach((published, i) => {
  const day = addDays(published, -1);
  const y = year(published);
  const kind = KINDS[i % KINDS.length]!;
  const kind2 = KINDS[(i + 2) % KINDS.length]!;
  const dayPeople = count(day, day);
  const dayBoats = count(day, day, "boats");
  const total = ytd(day);
  for (const lang of ["en", "fr"] as Lang[]) {
    // 1. The day, its boats, and the running total (the Home Office's daily release as the press reports it).
    if (dayPeople >= 50) {
      const d = written(kind, dayPeople);
      const t = written(kind2, total);
      const boats = small(lang, dayBoats);
      const s = lang === "en"
        ? `${cap(d.text(lang))} people were detected crossing the Channel in ${boats} small boats on ${weekday(lang, day)}, bringing the total for the year so far to ${t.text(lang)}.`
        : `${cap(d.text(lang))} personnes ont traversé la Manche à bord de ${boats} embarcations ${weekday(lang, day)}, portant le total depuis le début de l'année à ${t.text(lang)}.`;
      const figs = [{ number: d.number(lang), verdict: d.verdict(true) }, { number: t.number(lang), verdict: t.verdict(true) }];
      if (dayBoats >= 10) figs.push({ number: n(lang, dayBoats), verdict: "matches" });
      page(lang, published, "day-and-running-total", [s], figs);
    }
    // 2. The year so far, then the same point of the two years before: a change and a bracketed figure each.
    for (const back of [1, 2]) {
      const before = samePoint(day, y - back);
      if (before === 0) continue;
      const pct = change(total, before);
      const b = written(back === 1 ? kind : "exact", before);
      const higher = pct >= 0;
      const first = lang === "en" ? `So far this year, ${n(lang, total)} people have made the crossing in small boats.` : `Depuis le début de l'année, ${n(lang, total)} personnes ont traversé la Manche.`;
      const pctText = `${Math.abs(pct)}${lang === "en" ? "%" : " %"}`;
      const s = lang === "en"
        ? `That is ${pctText} ${higher ? "higher" : "lower"} than at the same point in ${y - back} (${b.text(lang)}).`
        : `C'est ${pctText} de ${higher ? "plus" : "moins"} qu'à la même date en ${y - back} (${b.text(lang)}).`;
      // The sentence continues the one before ("That is…"): what its figures count comes from there, so a
      // right figure matches and a wrong one cannot be called wrong.
      page(lang, published, "same-point-bracket", [first, s], [
        { number: n(lang, total), verdict: "matches" },
        { number: pctText.replace(" ", ""), verdict: "matches" },
        { number: b.number(lang), verdict: b.verdict(false) },
      ]);
    }
    // 3. Last year's total, up or down on the year before (a change with its own base).
    const last = fullYear(y - 1);
    const prior = fullYear(y - 2);
    if (last > 0 && prior > 0) {
      const l = written(kind2, last);
      const pct = change(last, prior);
      const s = lang === "en"
        ? `Last year ${l.text(lang)} people crossed the Channel in small boats, ${pct >= 0 ? "up" : "down"} ${Math.abs(pct)}% on ${y - 2}.`
        : `L'an dernier, ${l.text(lang)} personnes ont traversé la Manche, soit une ${pct >= 0 ? "hausse" : "baisse"} de ${Math.abs(pct)} % par rapport à ${y - 2}.`;
      page(lang, published, "last-year-and-change", [s], [{ number: l.number(lang), verdict: l.verdict(true) }, { number: `${Math.abs(pct)}%`, verdict: "matches" }]);
    }
    // 4. A list of years, each with its own figure.
    if (i % 3 === 0) {
      const years = [y - 4, y - 3, y - 2].filter((x) => x >= 2018);
      const values = years.map((x) => fullYear(x));
      const wrongAt = i % 2;
      const shown = values.map((v, k) => (k === wrongAt && kind === "wrong" ? Math.round(v * 1.3) + 7 : v));
      const parts = years.map((x, k) => (lang === "en" ? `${n(lang, shown[k]!)} in ${x}` : `${n(lang, shown[k]!)} en ${x}`));
      const firstPart = lang === "en" ? `${n(lang, shown[0]!)} people crossed in ${years[0]}` : `${n(lang, shown[0]!)} personnes ont traversé en ${years[0]}`;
      const rest = parts.slice(1);
      const joined = (and: string) => (rest.length > 1 ? `${rest.slice(0, -1).join(", ")} ${and} ${rest[rest.length - 1]}` : rest[0]!);
      const s = lang === "en" ? `Home Office figures show ${firstPart}, followed by ${joined("and")}.` : `Selon le Home Office, ${firstPart}, puis ${joined("et")}.`;
      page(lang, published, "list-of-years", [s], shown.map((v, k) => ({ number: n(lang, v).replace(/\s/g, " "), verdict: v === values[k] ? "matches" : "differs" })));
    }
    // 5. Since an event or a date, counted to the latest day.
    const sinceStart = y >= 2025 ? "2024-07-05" : "2022-10-25";
    const since = count(sinceStart, day);
    if (published > sinceStart) {
      const sv = written(kind, since);
      const s = lang === "en"
        ? sinceStart === "2024-07-05" ? `Since Labour came to power, ${sv.text(lang)} people have crossed the Channel in small boats.` : `Since Rishi Sunak became Prime Minister in October 2022, ${sv.text(lang)} people have made the journey.`
        : sinceStart === "2024-07-05" ? `Depuis l'arrivée des travaillistes au pouvoir, ${sv.text(lang)} personnes ont traversé la Manche.` : `Depuis octobre 2022, ${sv.text(lang)} personnes ont traversé la Manche.`;
      // « Depuis octobre 2022 » counts from 1 October; the exact figure above is from 25 October.
      const fromFirst = lang === "fr" && sinceStart === "2022-10-25";
      const figure = fromFirst ? written(kind, count("2022-10-01", day)) : sv;
      const sentence = fromFirst ? s.replace(sv.text(lang), figure.text(lang)) : s;
      // "Since Rishi Sunak became Prime Minister in October 2022" allows the 1st or the day he took office: two
      // readings, so not certain; « depuis octobre 2022 » has one.
      page(lang, published, "since-event", [sentence], [{ number: figure.number(lang), verdict: figure.verdict(sinceStart === "2024-07-05" || fromFirst) }]);
    }
    const all = count("2018-01-01", day);
    const a = written(kind2, all);
    page(lang, published, "since-records-began", [lang === "en" ? `In all, ${a.text(lang)} people have crossed in small boats since records began in 2018.` : `Au total, ${a.text(lang)} personnes ont traversé la Manche depuis 2018, début des relevés.`], [{ number: a.number(lang), verdict: a.verdict(true) }]);
    // 6. The first half of a finished year, and the year ending in June.
    const h1Year = published.slice(5) > "07-15" ? y : y - 1;
    if (h1Year >= 2019) {
      const h = written(kind, count(`${h1Year}-01-01`, `${h1Year}-06-30`));
      page(lang, published, "first-half", [lang === "en" ? `Between January and June ${h1Year}, ${h.text(lang)} people arrived in small boats.` : `Au premier semestre ${h1Year}, ${h.text(lang)} personnes ont rejoint l'Angleterre à bord de petites embarcations.`], [{ number: h.number(lang), verdict: h.verdict(true) }]);
      const ye = written(kind2, count(`${h1Year - 1}-07-01`, `${h1Year}-06-30`));
      if (lang === "en") page(lang, published, "year-ending", [`In the year ending June ${h1Year}, there were ${ye.text(lang)} small boat arrivals.`], [{ number: ye.number(lang), verdict: ye.verdict(true) }]);
    }
    // 7. One week of days, named by its first and last day.
    const weekEnd = addDays(day, -3);
    const weekStart = addDays(weekEnd, -6);
    if (weekStart.slice(5, 7) === weekEnd.slice(5, 7) && count(weekStart, weekEnd) >= 50) {
      const w = written(kind, count(weekStart, weekEnd));
      const s = lang === "en"
        ? `${cap(w.text(lang))} people crossed between ${Number(weekStart.slice(8))} and ${Number(weekEnd.slice(8))} ${month(lang, Number(weekEnd.slice(5, 7)))}, according to the weekly figures.`
        : `Du ${Number(weekStart.slice(8)) === 1 ? "1er" : Number(weekStart.slice(8))} au ${dayMonth(lang, weekEnd)}, ${w.text(lang)} personnes ont traversé, selon les chiffres hebdomadaires.`;
      page(lang, published, "week-range", [s], [{ number: w.number(lang), verdict: w.verdict(true) }]);
    }
    // 8. The busiest day of a finished year.
    const busiestYear = y - 1;
    if (busiestYear >= 2023) {
      const best = highestDay(series, "people", { start: `${busiestYear}-01-01`, end: `${busiestYear}-12-31` });
      if (best.date) {
        const s = lang === "en"
          ? `The busiest day of ${busiestYear} was ${dayMonth(lang, best.date)}, when ${n(lang, best.value)} people crossed.`
          : `La journée la plus chargée de ${busiestYear} a été le ${dayMonth(lang, best.date)}, avec ${n(lang, best.value)} arrivées.`;
        page(lang, published, "busiest-day", [s], [{ number: n(lang, best.value), verdict: "matches" }]);
      }
    }
    // 9. People per boat on the day, and the average per day since January.
    if (dayBoats >= 3) {
      const ratio = Math.round(dayPeople / dayBoats);
      const s = lang === "en"
        ? `On ${weekday(lang, day)}, ${n(lang, dayPeople)} people crossed in ${small(lang, dayBoats)} boats, an average of ${ratio} people per boat.`
        : `${cap(weekday(lang, day))}, ${n(lang, dayPeople)} personnes ont traversé à bord de ${small(lang, dayBoats)} embarcations, soit ${ratio} personnes par embarcation en moyenne.`;
      const figs = [{ number: n(lang, dayPeople), verdict: "matches" }, { number: String(ratio), verdict: "matches" }];
      if (dayBoats >= 10) figs.push({ number: n(lang, dayBoats), verdict: "matches" });
      page(lang, published, "people-per-boat", [s], figs);
    }
    if (lang === "en" && total > 0) {
      const days = dayNumber(day) - dayNumber(`${y}-01-01`) + 1;
      const perDay = Math.round(total / days);
      page(lang, published, "average-per-day", [`Since January ${y}, ${n(lang, total)} people have crossed the Channel, an average of ${perDay} people per day.`], [{ number: n(lang, total), verdict: "matches" }, { number: String(perDay), verdict: "matches" }]);
    }
    // 10. A difference in people between this year and the same point of last year, in the same sentence.
    const lastSame = samePoint(day, y - 1);
    if (total > 0 && lastSame > 0 && total !== lastSame) {
      const diff = written(kind === "wrong" ? "wrong" : "exact", Math.abs(total - lastSame));
      const s = lang === "en"
        ? `The ${y} total so far is ${n(lang, total)}, ${diff.text(lang)} ${total > lastSame ? "more" : "fewer"} than at the same point last year.`
        : `Le total de ${y} s'élève à ${n(lang, total)}, soit ${diff.text(lang)} de ${total > lastSame ? "plus" : "moins"} qu'à la même date l'an dernier.`;
      page(lang, published, "difference", [s], [{ number: n(lang, total), verdict: "matches" }, { number: diff.number(lang), verdict: diff.verdict(true) }]);
    }
    // 11. A figure whose period comes only from the sentence before: right, it matches; wrong, it cannot be called wrong.
    if (fullYear(y - 1) > 0) {
      const boats = written(kind === "exact" ? "exact" : "wrong", fullYear(y - 1, "boats"));
      const first = lang === "en" ? `${n(lang, fullYear(y - 1))} people crossed the Channel in small boats last year.` : `L'an dernier, ${n(lang, fullYear(y - 1))} personnes ont traversé la Manche.`;
      const second = lang === "en" ? `They came in ${boats.text(lang)} boats.` : `Elles ont pris place à bord de ${boats.text(lang)} embarcations.`;
      page(lang, published, "period-carried", [first, second], [{ number: n(lang, fullYear(y - 1)), verdict: "matches" }, { number: boats.number(lang), verdict: boats.verdict(false) }]);
    }
    // 12. Measures no series counts: attempts, rescues, nationalities, forecasts, all routes.
    const noData = lang === "en"
      ? [
          `French officers say they stopped ${n(lang, 1200 + i * 37)} attempted crossings last year.`,
          `French coastguards rescued ${n(lang, 60 + i)} people on ${weekday(lang, day)} after two dinghies got into difficulty.`,
          `Of those who arrived last year, ${n(lang, 3000 + i * 111)} were Afghans, the most common nationality.`,
          `Officials expect crossings to reach ${n(lang, 40_000 + i * 1000)} by the end of the year.`,
          `There were ${n(lang, 38_000 + i * 211)} irregular arrivals by all routes in the year to June.`,
        ]
      : [
          `Les forces de l'ordre françaises disent avoir empêché ${n(lang, 1200 + i * 37)} tentatives de traversée l'an dernier.`,
          `Le Cross Gris-Nez a secouru ${n(lang, 60 + i)} personnes ${weekday(lang, day)} après la panne de deux canots.`,
          `Parmi les arrivées de l'an dernier, ${n(lang, 3000 + i * 111)} étaient de nationalité afghane.`,
          `Les autorités s'attendent à ce que les traversées atteignent ${n(lang, 40_000 + i * 1000)} d'ici la fin de l'année, selon une prévision.`,
        ];
    const pick = noData[i % noData.length]!;
    const figure = /(\d[\d\s\u00a0\u202f.,]*\d|\d)/.exec(pick)![1]!.trim();
    page(lang, published, "no-data-measure", [pick], [{ number: figure, verdict: "unverifiable" }]);
    // 13. Deaths: sources count them differently.
    if (y - 1 === 2024 || y - 1 === 2025) {
      const s = lang === "en" ? `At least ${y - 1 === 2024 ? 69 : 25} people died trying to cross the Channel in ${y - 1}.` : `Au moins ${y - 1 === 2024 ? 69 : 25} personnes sont mortes en tentant de traverser la Manche en ${y - 1}.`;
      page(lang, published, "deaths", [s], [{ number: String(y - 1 === 2024 ? 69 : 25), verdict: "disputed" }]);
    }
    // 14. A figure attributed to someone: judged like any other (the card says who said it).
    if (last > 0) {
      const said = written(kind, last);
      const s = lang === "en"
        ? `A minister told MPs that ${said.text(lang)} people had crossed the Channel in small boats in ${y - 1}.`
        : `Selon un député, ${said.text(lang)} personnes ont traversé la Manche en ${y - 1}.`;
      page(lang, published, "attribution", [s], [{ number: said.number(lang), verdict: said.verdict(true) }]);
    }
    // 15. A round figure for a finished year, near but outside its precision.
    if (last > 5000) {
      const c = written("close", last);
      page(lang, published, "rounded-close", [lang === "en" ? `${cap(c.text(lang))} people crossed in small boats in ${y - 1}.` : `${cap(c.text(lang))} personnes ont traversé la Manche en ${y - 1}.`], [{ number: c.number(lang), verdict: c.verdict(true) }]);
    }
  }
});

// 16. After the data ends: a year-to-date figure cannot be judged; "more than" a count already passed holds.
for (const lang of ["en", "fr"] as Lang[]) {
  const published = addDays(DATA_END, 60);
  const soFar = ytd(DATA_END);
  const low = Math.floor(soFar / 1000) * 1000 - 1000;
  page(lang, published, "beyond-data", [
    lang === "en" ? `So far this year ${n(lang, soFar + 4321)} people have crossed the Channel in small boats.` : `Depuis le début de l'année, ${n(lang, soFar + 4321)} personnes ont traversé la Manche.`,
    lang === "en" ? `More than ${n(lang, low)} people have made the crossing this year.` : `Plus de ${n(lang, low)} personnes ont fait la traversée cette année.`,
  ], [{ number: n(lang, soFar + 4321), verdict: "unverifiable" }, { number: n(lang, low), verdict: "matches" }]);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ── write ────────────────────────────────────────────────────────────────────────────────────────────
function html(p: Page): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: p.headline, datePublished: `${p.published}T08:00:00+00:00`, inLanguage: p.language });
  return [
    "<!doctype html>",
    `<html lang="${p.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<!-- Tidemark claims corpus (our own words), construction: ${p.construction}; generated by scripts/make-claims-corpus.ts -->`,
    `<title>${esc(p.headline)}</title>`,
    `<script type="application/ld+json">${ld}</script>`,
    "</head>",
    "<body>",
    "<article>",
    `<h1>${esc(p.headline)}</h1>`,
    ...p.sentences.map((s) => `<p>${esc(s)}</p>`),
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const MENTION = { en: /small boats|Channel crossings|crossing the Channel/i, fr: /traversées de la Manche|Small boats/i };
rmSync(join(OUT, "pages"), { recursive: true, force: true });
mkdirSync(join(OUT, "pages"), { recursive: true });
const expected: Record<string, unknown> = {};
for (const p of pages) {
  writeFileSync(join(OUT, "pages", `${p.slug}.html`), html(p));
  const mention = MENTION[p.language].exec(p.headline)?.[0];
  expected[p.slug] = {
    published: p.published,
    language: p.language,
    relevant: true,
    construction: p.construction,
    mentions: mention ? [mention] : [],
    claims: p.figures.map((f) => ({ number: f.number, verdict: f.verdict, sentence: p.sentences.find((s) => s.includes(f.number)) ?? p.sentences.join(" ") })),
  };
}
writeFileSync(join(OUT, "expected.json"), `${JSON.stringify(expected, null, 1)}\n`);
const claims = pages.reduce((k, p) => k + p.figures.length, 0);
console.log(`${pages.length} pages, ${claims} claims (${pages.filter((p) => p.language === "en").length} English, ${pages.filter((p) => p.language === "fr").length} French) → ${OUT}`);
