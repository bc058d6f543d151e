import { browser, type ContentScriptContext } from "#imports";
import type { ClaimCheck } from "../../core/detect/verdicts";
import { parseContentMessage, sendToBackground, type PageArticle, type ToContent, type ToContentName } from "../../platform/messages";
import { e2eInspectablePopoverState, e2eReadOnPageState, readSettings } from "../../platform/setting-defs";
import { Annotator, type Highlight, type HighlightKit, type StopReason } from "../../dom/annotator";
import { coreDetection } from "../../dom/core-detection";
import { gateInSlices } from "../../dom/gate-in-slices";
import { yieldToPage } from "../../dom/pace";
import { logOnce } from "../../dom/log-once";
import { PERF, mark, measure } from "../../dom/perf-marks";
import type { PopoverController } from "../../dom/popover-controller";
import { PAGE_KIT_KEY, READER_KIT_KEY } from "../../dom/mark-names";
import type { PageKit } from "../../dom/page-kit-api";
import type { ReaderKit } from "../../dom/reader-kit-api";
import { readInBackground } from "./remote-reading";
import { SettingsStore } from "./settings-store";

/**
 * The content script's body (issue #5): wires the annotator, the popover and the settings together.
 * Nothing here touches the page until the annotator has found a mention; the popover is created on
 * the first highlight.
 *
 * Its life is its own (issue 14, row 3): WXT's context is invalidated by a page CustomEvent named after
 * the extension's id, so that event only ends this script when the extension really is gone (an update
 * or reload, when `browser.runtime.id` disappears); a newer copy of this script in the same world
 * replaces it through a registered Symbol the page cannot reach.
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

const INSTANCE_KEY: unique symbol = Symbol.for("tidemark.content-script");
type Instance = { stop(): void };

/** True when this script's extension was updated, reloaded or removed (its runtime is gone). */
function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** An AbortSignal for this script's life: a newer copy of it, or the extension going away, ends it. */
function lifetime(ctx: ContentScriptContext): AbortSignal {
  const life = new AbortController();
  const world = globalThis as { [INSTANCE_KEY]?: Instance };
  world[INSTANCE_KEY]?.stop();
  const me: Instance = { stop: () => life.abort() };
  world[INSTANCE_KEY] = me;
  const maybeGone = () => {
    if (extensionGone()) life.abort();
  };
  // WXT's own signal: believed only when the extension is gone (a page can fire it at will).
  ctx.onInvalidated(maybeGone);
  // The same event again after WXT stopped listening (it listens once): a copy started after an update.
  const started = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  document.addEventListener(started, maybeGone, { signal: life.signal });
  life.signal.addEventListener("abort", () => {
    if (world[INSTANCE_KEY] === me) delete world[INSTANCE_KEY];
  });
  return life.signal;
}

async function run(ctx: ContentScriptContext, log: (error: unknown) => void): Promise<void> {
  mark(PERF.start);
  const signal = lifetime(ctx);
  // Parsing, compiling and running this script's modules is one task of the page's (≈ 40 ms at 4× CPU
  // slowdown): the settings read and everything after it start in a task of their own (issue 15).
  await yieldToPage();
  if (signal.aborted) return;
  const doc = document;
  const settings = SettingsStore.load();
  let store: SettingsStore | null = null;
  let controller: PopoverController | null = null;
  let stopped: StopReason | null = null;
  const host = location.hostname;

  const language = (page?: "en" | "fr" | null): "en" | "fr" => {
    const chosen = store?.get("language") ?? "auto";
    return chosen === "auto" ? page ?? "en" : chosen;
  };
  const article = (): PageArticle => {
    const info = annotator.articleInfo();
    return { published: info?.published ?? null, language: language(info?.language) };
  };
  const drawMode = () => store?.get("siteHighlightModes")[store.siteOf(host)] ?? "auto";

  const detection = coreDetection();
  // E2E build only: a test may have the page read its text itself (the reader kit), as when the background
  // cannot answer, or want the popover inspectable (decision 0009). Both asked once, beside the settings and
  // with the same browser call, so that the bench, which runs this build, pays what a release build pays.
  const e2eFlags = import.meta.env.MODE === "e2e"
    ? readSettings([e2eReadOnPageState, e2eInspectablePopoverState] as const)
      .catch(() => [e2eReadOnPageState.fallback, e2eInspectablePopoverState.fallback] as const)
    : null;
  const readOnPage = e2eFlags ? e2eFlags.then(([onPage]) => onPage) : Promise.resolve(false);
  // The surface is chosen when the first highlight is drawn: by then the page's framework markers exist.
  const loadKit = async (): Promise<HighlightKit> => {
    const kit = await loadPageKit();
    return {
      surface: kit.createSurface(doc, drawMode()),
      // Only when the background could not read the text: a page it reads never loads this script.
      reader: loadReaderKit,
    };
  };
  const annotator = new Annotator(doc, detection, loadKit, {
    // The text is read by the background, off the page's main thread (issue 15); when it cannot answer,
    // the page kit's own reader reads it here, in slices.
    read: async (snapshot, info, scope) => (await readOnPage) ? null : readInBackground((request) => sendToBackground("readText", request), snapshot, info, scope, {
      // A long text goes in parts, each serialised in a task of its own; each send is a step of ours.
      part: (request) => sendToBackground("readTextPart", request),
      pause: yieldToPage,
      onSent: (startedAt) => void measure(PERF.scan, startedAt),
    }),
    checkClaims: async (claims) => {
      if (store && !store.get("checkClaims")) return {};
      const answer = await sendToBackground("checkClaims", {
        ...article(), claims: claims.map((c) => ({ id: c.id, text: c.text, claim: c.claim })),
      });
      // Checked at the boundary: only well-formed checks reach the highlights and the popover. The check
      // (valibot) is in the page kit, already loaded: claims are only found once it is.
      const { parseCheck } = await loadPageKit();
      const checks: Record<string, ClaimCheck> = {};
      for (const [id, c] of Object.entries(answer?.checks ?? {})) {
        const parsed = parseCheck(c);
        if (parsed) checks[id] = parsed;
      }
      return checks;
    },
    onCount: (count) => void reportCount(count),
    onFirstHighlight: () => {
      void loadPageKit().then(async (ui) => {
        // In a task of its own: the first write's task also carries the page's style and layout in its frame,
        // and the popover is only needed once the reader reaches a highlight (issue 15: the block with our
        // work in it at 4×, article 78.5 vs 86.6 ms and money 64.8 vs 75.9, medians of three A/B pairs).
        await yieldToPage();
        // The e2e build's test hook (decision 0009): an inspectable popover unless a test turned it off.
        const inspectable = e2eFlags ? (await e2eFlags)[1] : false;
        if (signal.aborted) return;
        controller ??= ui.createPopoverUi(doc, annotator, {
          loadCard: (h: Highlight) => sendToBackground("getCard", {
            ...article(), topic: h.topic,
            ...(h.kind === "claim" && h.check ? { claim: { id: h.id, text: h.text, check: h.check } } : {}),
          }),
          copy: (text) => ui.copyText(text),
          theme: () => store?.get("theme") ?? "auto",
          language: () => language(annotator.articleInfo()?.language),
          onError: log,
        }, { inspectable });
      }).catch(log);
    },
    // Asked only when drawing, by then the page kit is in (it holds the words, issue 15).
    describe: (kind, verdict) => loadedKit?.describeHighlight(language(annotator.articleInfo()?.language), kind, verdict) ?? "",
    onError: log,
    onStopped: (reason) => {
      stopped = reason;
      // Once per page: the console, and the popup (getFindings) say why nothing more is highlighted.
      console.warn("[Tidemark] Stopped on this page: this page is too large or changes too fast. Highlights already shown stay.");
    },
  });

  // The count goes to the background for the badge; silently ignored where nobody listens.
  const reportCount = async (count: number) => {
    try {
      await sendToBackground("highlightCount", { count });
    } catch {
      // No receiver (e.g. the background is restarting): the badge is cosmetic.
    }
  };

  // The gate (the body's text nodes and one test, in slices that stop at the first node that passes; no
  // write) runs while the settings read is in flight, so a page with no mention costs one gate and one
  // storage round trip, and never waits for idle. It starts in a task of its own, apart from the script's
  // start-up. A MutationObserver (which writes nothing) tells whether the text changed before the annotator
  // starts.
  const body = doc.body;
  let relevant: boolean | undefined;
  let changes: MutationObserver | null = null;
  let changed = false;
  if (body) {
    changes = new MutationObserver(() => (changed = true));
    changes.observe(body, { childList: true, subtree: true, characterData: true });
    await yieldToPage();
    relevant = (await gateInSlices(body, detection.relevant, {
      budgetMs: GATE_SLICE_MS,
      now: () => performance.now(),
      pause: async () => {
        await yieldToPage();
        return !signal.aborted;
      },
      onSlice: (startedAt) => void measure(PERF.gate, startedAt),
    })) ?? undefined;
  }
  store = await settings.finally(() => {
    if (changed || (changes && changes.takeRecords().length > 0)) relevant = undefined;
    changes?.disconnect();
  });
  const current = store;
  annotator.setLook(current.get("highlight"));
  let on = current.activeOn(host);
  let shownMode = drawMode();

  const update = () => {
    const next = current.activeOn(host);
    // The reader changed how this site is highlighted: take the highlights out and draw them again.
    const mode = drawMode();
    if (mode !== shownMode) {
      shownMode = mode;
      controller?.close();
      annotator.clear(true);
      if (on && next) void annotator.restart();
    }
    if (next === on) return;
    on = next;
    stopped = null;
    if (on) void annotator.restart();
    else {
      controller?.close();
      annotator.clear();
    }
  };
  current.follow((changed) => {
    if (changed === "language") controller?.forgetCards();
    else if (changed === "highlight") annotator.setLook(current.get("highlight"));
    else if (changed === "enabled" || changed === "siteOverrides" || changed === "sites" || changed === "siteHighlightModes") update();
  });

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    const parsed = parseContentMessage(message);
    if (!parsed.ok) return "notOurs" in parsed ? undefined : Promise.reject(new Error(parsed.error));
    try {
      return Promise.resolve(answer(parsed.message.type as ToContentName, parsed.message.data));
    } catch (error) {
      log(error);
      return undefined;
    }
  };
  const answer = <K extends ToContentName>(type: K, data: unknown): ToContent[K]["response"] | undefined => {
    if (type === "getFindings") {
      const all = annotator.highlights();
      return {
        mentions: all.filter((x) => x.kind === "mention").map(({ id, topic, text }) => ({ id, topic, text })),
        claims: all.filter((x) => x.kind === "claim").map(({ id, text, verdict }) => ({ id, text, verdict: verdict ?? "pending" })),
        ...(stopped ? { stopped } : {}),
      } as ToContent[K]["response"];
    }
    if (type === "reveal") {
      const target = annotator.highlights().find((x) => x.id === (data as ToContent["reveal"]["request"]).id);
      if (target) controller?.reveal(target);
      return { ok: !!target } as ToContent[K]["response"];
    }
    if (type === "step") {
      controller?.step((data as ToContent["step"]["request"]).direction);
      return { ok: !!controller } as ToContent[K]["response"];
    }
    if (type === "e2eInspect" && import.meta.env.MODE === "e2e") {
      return { popover: controller?.inspect() ?? null } as ToContent[K]["response"];
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  signal.addEventListener("abort", () => {
    browser.runtime.onMessage.removeListener(onMessage);
    current.destroy();
    controller?.destroy();
    annotator.destroy();
  });
  if (signal.aborted) return;

  if (on) {
    // A page that passed the gate will most likely be highlighted: the page kit starts loading now, so its
    // fetch and compilation overlap the idle wait and the read instead of following them (issue 15).
    if (relevant !== false) void loadPageKit().catch(() => undefined);
    // Taking the settings in (and asking for the kit) was this task's work: reading starts in the next one.
    await yieldToPage();
    if (signal.aborted) return;
    // Let the page's own start-up work (e.g. React hydration, which runs in scheduled tasks) finish before
    // the first highlight: highlighting a tree before it is hydrated would make the framework throw it away.
    // The page is read meanwhile (reading writes nothing). Only a page that passed the gate waits.
    await annotator.start({
      relevant,
      beforeWrite: async () => {
        const waited = performance.now();
        await idle();
        measure(PERF.idle, waited);
      },
    });
  }
}

// The gate's slices: a 2 MB page with no mention is read in some ten of them at 1× (issue 15).
const GATE_SLICE_MS = 10;

/** Resolves when the page's event loop is idle, or after 300 ms at the latest. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 300 });
    else setTimeout(resolve, 0);
  });
}

let kit: Promise<PageKit> | null = null;
// The kit once loaded, for what is asked synchronously while drawing (the highlights' descriptions).
let loadedKit: PageKit | null = null;
/**
 * Loads the highlighter and popover (the page-kit script, see page-kit-api.ts) into this content script's
 * world. It publishes itself under a registered Symbol, which no element of the page can clobber.
 */
function loadPageKit(): Promise<PageKit> {
  kit ??= loadScript<PageKit>("/page-kit.js", PAGE_KIT_KEY).then((loaded) => (loadedKit = loaded));
  kit.catch(() => (kit = null));
  return kit;
}

let readerKit: Promise<ReaderKit> | null = null;
/** Loads the page's own reader of mentions and claims (the reader-kit script, see reader-kit-api.ts). */
function loadReaderKit(): Promise<ReaderKit> {
  readerKit ??= loadScript<ReaderKit>("/reader-kit.js", READER_KIT_KEY);
  readerKit.catch(() => (readerKit = null));
  return readerKit;
}

// Imports one of the extension's web-accessible scripts, which publishes itself in this world under `key`.
async function loadScript<T>(path: "/page-kit.js" | "/reader-kit.js", key: symbol): Promise<T> {
  const world = globalThis as { [key: symbol]: T | undefined };
  if (!world[key]) {
    if (path === "/page-kit.js") mark(PERF.ui);
    const started = performance.now();
    await import(/* @vite-ignore */ browser.runtime.getURL(path));
    measure(PERF.kit, started);
  }
  const loaded = world[key];
  if (!loaded) throw new Error(`Tidemark's ${path.slice(1, -3)} did not load`);
  return loaded;
}
