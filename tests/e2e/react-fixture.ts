import { build } from "vite";
import { serverHtml } from "../fixtures/pages/react/server.js";

const CLIENT = new URL("../fixtures/pages/react/client.js", import.meta.url).pathname;

/** The React 19 fixture: its client bundle (built with Vite per run) and a page around the server render. */
export async function reactFixture(): Promise<{ bundle: string; page(options?: { frameworkMarker?: boolean; head?: string }): string }> {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: { write: false, minify: false, lib: { entry: CLIENT, formats: ["iife"], name: "ReactFixture", fileName: () => "client.js" } },
  });
  const result = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  const bundle = result.output[0]!.code!;
  const article = serverHtml();
  return {
    bundle,
    // With `frameworkMarker`, the root sits in a Next.js-style `#__next` container, as Next.js pages do.
    page: ({ frameworkMarker = false, head = "" } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta property="article:published_time" content="2025-07-08T07:00:00Z"><title>React fixture</title>${head}</head>
<body>${frameworkMarker ? '<div id="__next">' : ""}<div id="root">${article}</div>${frameworkMarker ? "</div>" : ""}<script src="/react/client.js"></script></body></html>`,
  };
}
