import { browser, type ContentScriptContext } from "#imports";
import { POPOVER_STRINGS, VERDICT_WORDS } from "../../core/card/strings";
import {
  checkClaimsSetting, enabledSetting, highlightSetting, languageSetting, readSettings, siteHighlightModesSetting, siteListSetting,
  siteOverridesSetting, themeSetting, type HighlightLook, type Language, type SiteHighlightChoice, type Theme,
} from "../../platform/settings";
import { isToContent, sendToBackground, type PageArticle } from "../../platform/messages";
import { siteKey } from "../../platform/site-list";
import { Annotator, type Highlight } from "../../dom/annotator";
import { coreDetection } from "../../dom/core-detection";
import { logOnce } from "../../dom/log-once";
import { PERF, mark, measure } from "../../dom/perf-marks";
import type { PopoverController } from "../../dom/popover-controller";
import { PAGE_KIT_GLOBAL } from "../../dom/mark-names";
import type { PageKit } from "../../dom/page-kit-api";

/**
 * The content script's body (issue #5): wires the annotator, the popover and the settings together.
 * Nothing here touches the page until the annotator has found a mention; the popover is created on
 * the first highlight.
 */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const log = logOnce();
  try {
    await run(ctx, log);
  } catch (error) {
    // Errors never reach the page: logged once, the page keeps working.
    log(error);
  }
}

async function run(ctx: ContentScriptContext, log: (error: unknown) => void): Promise<void> {
  mark(PERF.start);
  const doc = document;
  const prefs = {
    theme: "auto" as Theme, language: "auto" as Language, checkClaims: true,
    look: { style: "underline", palette: "amber" } as HighlightLook,
    // This site's highlighting mode, when the reader chose one (decision 0007); read at start-up.
    drawMode: undefined as SiteHighlightChoice | undefined,
  };
  let controller: PopoverController | null = null;

  const article = (): PageArticle => {
    const info = annotator.articleInfo();
    return { published: info?.published ?? null, language: lang(info?.language) };
  };
  const lang = (page?: "en" | "fr" | null): "en" | "fr" => (prefs.language === "auto" ? page ?? "en" : prefs.language);
  const words = () => VERDICT_WORDS[lang(annotator.articleInfo()?.language)];

  const detection = coreDetection();
  // The surface is chosen when the first highlight is drawn: by then the page's framework markers exist.
  const loadWriter = async () => {
    const kit = await loadPageKit();
    return { findClaims: kit.findClaims, findClaimsInSlices: kit.findClaimsInSlices, surface: kit.createSurface(doc, prefs.drawMode ?? "auto") };
  };
  const annotator = new Annotator(doc, detection, loadWriter, {
    checkClaims: async (claims) => {
      if (!prefs.checkClaims) return {};
      const answer = await sendToBackground("checkClaims", {
        ...article(), claims: claims.map((c) => ({ id: c.id, text: c.text, claim: c.claim })),
      });
      return answer.verdicts;
    },
    onCount: (count) => void reportCount(count),
    onFirstHighlight: () => {
      void loadPageKit().then((ui) => {
        controller ??= ui.createPopoverUi(doc, annotator, {
          loadCard: (h: Highlight) => sendToBackground("getCard", {
            ...article(), topic: h.topic,
            ...(h.kind === "claim" ? { claim: { id: h.id, text: h.text, claim: h.claim } } : {}),
          }),
          copy: (text) => copyText(doc, text),
          theme: () => prefs.theme,
          language: () => lang(annotator.articleInfo()?.language),
          onError: log,
        });
      }, log);
    },
    describe: (kind, verdict) => {
      const t = POPOVER_STRINGS[lang(annotator.articleInfo()?.language)];
      if (kind === "mention") return t.mention;
      return verdict && verdict !== "pending" ? `Tidemark: ${words()[verdict] ?? verdict}` : t.claimPending;
    },
    onError: log,
  });

  // The count goes to the background for the badge; silently ignored where nobody listens.
  const reportCount = async (count: number) => {
    try {
      await sendToBackground("highlightCount", { count });
    } catch {
      // No receiver (e.g. the background is restarting): the badge is cosmetic.
    }
  };

  const settings = readSettings([
    enabledSetting, siteOverridesSetting, themeSetting, languageSetting, checkClaimsSetting, highlightSetting,
    siteListSetting, siteHighlightModesSetting,
  ] as const);
  // The gate (one read of the body's text and one test; no write) runs while the settings read is in
  // flight, so a page with no mention costs one gate and one storage round trip, and never waits for idle.
  // A MutationObserver (which writes nothing) tells whether the text changed before the annotator starts.
  const body = doc.body;
  let relevant: boolean | undefined;
  let changes: MutationObserver | null = null;
  let changed = false;
  if (body) {
    const gateStart = performance.now();
    relevant = detection.relevant(body.textContent ?? "");
    measure(PERF.gate, gateStart);
    changes = new MutationObserver(() => (changed = true));
    changes.observe(body, { childList: true, subtree: true, characterData: true });
  }
  const [enabled, overrides, theme, language, checkClaims, look, sites, drawModes] = await settings.finally(() => {
    if (changed || (changes && changes.takeRecords().length > 0)) relevant = undefined;
    changes?.disconnect();
  });
  Object.assign(prefs, { theme, language, checkClaims, look });
  annotator.setLook(look);
  // Per-site switches are stored under the listed site ("bbc.co.uk" for www.bbc.co.uk), as the popup and
  // options write them; a host outside the list (a loopback test page, "every site") is its own key.
  const keyFor = (list: typeof sites) => siteKey(location.hostname, list) ?? location.hostname.toLowerCase();
  let site = keyFor(sites);
  let latestDrawModes = drawModes;
  prefs.drawMode = drawModes[site];
  let latestOverrides = overrides;
  let siteOn = overrides[site] !== false;
  let on = enabled && siteOn;
  const update = (next: boolean) => {
    if (next === on) return;
    on = next;
    if (on) void annotator.restart();
    else {
      controller?.close();
      annotator.clear();
    }
  };

  // The reader changed how this site is highlighted: take the highlights out and draw them again.
  const redraw = () => {
    const next = latestDrawModes[site];
    if (next === prefs.drawMode) return;
    prefs.drawMode = next;
    controller?.close();
    annotator.clear(true);
    if (on) void annotator.restart();
  };

  const unwatch = [
    enabledSetting.watch((value) => update(value && siteOn)),
    siteOverridesSetting.watch((value) => {
      latestOverrides = value;
      siteOn = value[site] !== false;
      void enabledSetting.getValue().then((e) => update(e && siteOn));
    }),
    siteHighlightModesSetting.watch((value) => {
      latestDrawModes = value;
      redraw();
    }),
    siteListSetting.watch((value) => {
      site = keyFor(value);
      redraw();
      siteOn = latestOverrides[site] !== false;
      void enabledSetting.getValue().then((e) => update(e && siteOn));
    }),
    themeSetting.watch((value) => (prefs.theme = value)),
    languageSetting.watch((value) => {
      prefs.language = value;
      controller?.forgetCards();
    }),
    checkClaimsSetting.watch((value) => (prefs.checkClaims = value)),
    highlightSetting.watch((value) => {
      prefs.look = value;
      annotator.setLook(value);
    }),
  ];

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isToContent(message)) return undefined;
    const m = message as { type: string; data?: { id?: string; direction?: 1 | -1 } };
    try {
      if (m.type === "getFindings") {
        const all = annotator.highlights();
        return Promise.resolve({
          mentions: all.filter((x) => x.kind === "mention").map(({ id, topic, text }) => ({ id, topic, text })),
          claims: all.filter((x) => x.kind === "claim").map(({ id, text, verdict }) => ({ id, text, verdict: verdict ?? "pending" })),
        });
      }
      if (m.type === "reveal") {
        const target = annotator.highlights().find((x) => x.id === m.data?.id);
        if (target) controller?.reveal(target);
        return Promise.resolve({ ok: !!target });
      }
      if (m.type === "step") {
        controller?.step(m.data?.direction === -1 ? -1 : 1);
        return Promise.resolve({ ok: !!controller });
      }
    } catch (error) {
      log(error);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    for (const stop of unwatch) stop();
    controller?.destroy();
    annotator.destroy();
  });

  if (on) {
    // Let the page's own start-up work (e.g. React hydration, which runs in scheduled tasks) finish
    // first: highlighting a tree before it is hydrated would make the framework throw it away. Only a
    // page that passed the gate waits: on the others nothing is written.
    await annotator.start({
      relevant,
      beforeRead: async () => {
        const waited = performance.now();
        await idle();
        measure(PERF.idle, waited);
      },
    });
  }
}

/** Resolves when the page's event loop is idle, or after 300 ms at the latest. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 300 });
    else setTimeout(resolve, 0);
  });
}

let kit: Promise<PageKit> | null = null;
/** Loads the highlighter and popover (the page-kit script, see page-kit.ts) into this content script's world. */
function loadPageKit(): Promise<PageKit> {
  kit ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    if (!g[PAGE_KIT_GLOBAL]) {
      mark(PERF.ui);
      const started = performance.now();
      await import(/* @vite-ignore */ browser.runtime.getURL("/page-kit.js"));
      measure(PERF.kit, started);
    }
    const loaded = g[PAGE_KIT_GLOBAL] as PageKit | undefined;
    if (!loaded) throw new Error("Tidemark's page kit did not load");
    return loaded;
  })();
  kit.catch(() => (kit = null));
  return kit;
}

async function copyText(doc: Document, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall back to a selection copy (older engines, or clipboard permission refused).
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("data-tidemark-ui", "");
  area.style.setProperty("position", "fixed");
  area.style.setProperty("opacity", "0");
  doc.documentElement.append(area);
  area.select();
  const ok = doc.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("Copy failed");
}
