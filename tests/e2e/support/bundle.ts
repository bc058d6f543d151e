import { build } from "esbuild";

/**
 * Bundles a module and its imports (from node_modules too) into one browser script at test time, so
 * test-only bundles (property tests, a React client) are never committed. `globalName` exposes its exports.
 */
export async function bundleForBrowser(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    ...(globalName ? { globalName } : {}),
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = result.outputFiles[0]!.text;
  // The IIFE's `var` is global only in a classic script; page.evaluate runs it in a function scope.
  return globalName ? `${code}\nglobalThis.${globalName} = ${globalName};` : code;
}
