import type { BenchPage } from "./pages";
import { createRng } from "./prng";
import { fillerParagraph } from "./prose";

/**
 * Hostile pages for the bench (issue 14, row 1): text crafted or piled up so that work which grows
 * faster than the text would freeze the page. A short relevant article (so every step of the pipeline
 * runs) with, after it:
 * - punctuation: 80,000 "." and 40,000 "…" in hidden paragraphs (runs a sentence splitter may backtrack on);
 * - money: 55,000 "£1 " in one hidden paragraph (one "sentence" with 55,000 figures);
 * - appended: 8,000 paragraphs, each "5 migrants in 2025.", appended one by one in one task once
 *   `window.__benchStartAppending()` is called (8,000 separate insertions for the mutation batcher).
 * Sizes are the ones issue 14's review measured. Each page says what it is in `id`.
 */

/** The id of a hostile page. */
export type HostilePageId = "punctuation" | "money" | "appended";

/** How many of each run; issue 14's measurements. */
export const HOSTILE_SIZES = { dots: 80_000, ellipses: 40_000, money: 55_000, appended: 8_000 } as const;

/** The sentence every appended paragraph repeats. */
export const APPENDED_SENTENCE = "5 migrants in 2025.";

const PUBLISHED = "2025-07-08T09:30:00+01:00";

/** One hostile page: a bench page whose id says which attack it is. */
export type HostilePage = BenchPage & { id: HostilePageId };

/** True for the hostile pages (no baselines: they measure what Tidemark costs there, not a ratio). */
export function isHostile(id: string): id is HostilePageId {
  return id === "punctuation" || id === "money" || id === "appended";
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Written for the bench: a plainly relevant opening (several terms, migration context, two claims).
const OPENING = [
  "More than 600 people crossed the Channel in small boats on Tuesday, the Home Office said.",
  "Border Force brought several groups ashore at Dover, and the French coastguard said it had followed two more dinghies.",
  "Nearly 20,000 people crossed in small boats between January and June, according to the official figures.",
  "Ministers said the returns pilot with France would be expanded, while charities said people smugglers were adapting quickly.",
];

function page(title: string, extra: string, script = ""): string {
  const rng = createRng(0x7a1de014);
  const intro = OPENING.map((sentence) => `<p>${esc(sentence)} ${esc(fillerParagraph(rng, 2, true))}</p>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title} | The Daily Ledger</title>
<meta property="article:published_time" content="${PUBLISHED}"></head>
<body>
<article>
<h1>${title}</h1>
${intro.join("\n")}
${extra}
<div id="live"></div>
</article>
${script ? `<script>${script}</script>` : ""}
</body>
</html>
`;
}

/** The three hostile pages, in the order the bench reports them. */
export function hostilePages(): HostilePage[] {
  const punctuation = page("Arrivals on the coast: the day in full",
    `<p hidden>${".".repeat(HOSTILE_SIZES.dots)}</p>\n<p hidden>${"…".repeat(HOSTILE_SIZES.ellipses)}</p>`);
  const money = page("What the payments bought", `<p hidden>${"£1 ".repeat(HOSTILE_SIZES.money)}</p>`);
  // The page's own code, in the main world: every paragraph is a separate appendChild, all in one task.
  const script = `(function () {
  window.__benchAppended = [];
  window.__benchStartAppending = function () {
    var live = document.getElementById("live");
    for (var i = 0; i < ${HOSTILE_SIZES.appended}; i++) {
      var p = document.createElement("p");
      p.setAttribute("data-bench-append", String(i));
      p.textContent = ${JSON.stringify(APPENDED_SENTENCE)};
      live.appendChild(p);
      window.__benchAppended.push(performance.now());
    }
    window.__benchAppendDone = true;
  };
})();`;
  const appended = page("Live: the coast, hour by hour", "", script);
  // What the opening says (the hostile runs add no mention; their claims are what is being measured).
  const counts = { mentionSentences: OPENING.length, claimSentences: 2 };
  return [
    { id: "punctuation", path: "/hostile-punctuation.html", title: "hidden runs of 80,000 \".\" and 40,000 \"…\"", html: punctuation, ...counts },
    { id: "money", path: "/hostile-money.html", title: "a hidden run of 55,000 \"£1 \"", html: money, ...counts },
    { id: "appended", path: "/hostile-appended.html", title: "8,000 paragraphs appended one by one", html: appended, ...counts,
      appends: { count: HOSTILE_SIZES.appended, everyMs: 0 } },
  ];
}
