import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 14, row 5: imports point inward (shared/docs/STYLE.md): entrypoints → components/dom → core.
// core knows nothing of the page, the extension or the views; dom and platform know nothing of the views'
// wiring; components render from props and never reach the extension API. Read from the sources, so a
// wrong import fails here before it reaches a build.

const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const LAYERS = ["core", "dom", "platform", "components", "entrypoints"] as const;
type Layer = (typeof LAYERS)[number];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every import (static, dynamic, re-export) of a file: [specifier, type-only]. */
function imports(path: string): { spec: string; typeOnly: boolean; names: string[] }[] {
  const source = readFileSync(join(ROOT, path), "utf8");
  const out: { spec: string; typeOnly: boolean; names: string[] }[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/gms)) {
    const names = [...m[3]!.matchAll(/(?:^|[{,]\s*)(type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+[\w$]+)?/g)]
      .filter((n) => !n[1]).map((n) => n[2]!).filter((n) => n !== "type");
    out.push({ spec: m[4]!, typeOnly: !!m[2] || names.length === 0 && /^\{/.test(m[3]!.trim()), names });
  }
  for (const m of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) out.push({ spec: m[1]!, typeOnly: false, names: [] });
  for (const m of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false, names: [] });
  return out;
}

/** The layer a relative import lands in, or null for packages and virtual modules. */
function layerOf(from: string, spec: string): Layer | null {
  if (!spec.startsWith(".")) return null;
  const target = relative(ROOT, resolve(dirname(join(ROOT, from)), spec));
  return LAYERS.find((l) => target === l || target.startsWith(`${l}/`)) ?? null;
}

const EXTENSION_API = /^(#imports|wxt\/browser|@wxt-dev\/browser|webextension-polyfill|wxt\/utils\/.*)$/;

/** What each layer may not import (value imports; a type is only a shape). */
const FORBIDDEN: Record<Exclude<Layer, "entrypoints">, Layer[]> = {
  core: ["dom", "platform", "components", "entrypoints"],
  dom: ["platform", "entrypoints"],
  platform: ["dom", "components", "entrypoints"],
  components: ["dom", "entrypoints"],
};

describe("imports point inward", () => {
  for (const layer of Object.keys(FORBIDDEN) as (keyof typeof FORBIDDEN)[]) {
    it(`${layer}/ imports nothing of ${FORBIDDEN[layer].join(", ")}`, () => {
      const wrong = files(layer).flatMap((file) =>
        imports(file).filter((i) => FORBIDDEN[layer].includes(layerOf(file, i.spec)!) && (layer === "core" || !i.typeOnly))
          .map((i) => `${file} → ${i.spec}`));
      expect(wrong).toEqual([]);
    });
  }

  it("core/ never reaches the page or the extension API", () => {
    const wrong = files("core").flatMap((file) => {
      const source = readFileSync(join(ROOT, file), "utf8");
      const api = imports(file).filter((i) => EXTENSION_API.test(i.spec)).map((i) => `${file} imports ${i.spec}`);
      const globals = /\b(document|window|browser|chrome)\s*\./.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")) ? [`${file} uses a page or extension global`] : [];
      return [...api, ...globals];
    });
    expect(wrong).toEqual([]);
  });

  it("components/ render from props: no extension API, and from platform/ only types and constant tables", () => {
    const wrong = files("components").flatMap((file) => {
      const source = readFileSync(join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const problems: string[] = [];
      for (const i of imports(file)) {
        if (EXTENSION_API.test(i.spec)) problems.push(`${file} imports ${i.spec}`);
        // Hooks (use*.ts) may hold a Setting object; views take values and callbacks only.
        const isHook = /\/use[A-Z][\w]*\.ts$/.test(file);
        if (layerOf(file, i.spec) === "platform" && !i.typeOnly && !isHook) {
          const values = i.names.filter((n) => !/^[A-Z][A-Z0-9_]*$/.test(n));
          if (values.length) problems.push(`${file} takes ${values.join(", ")} from ${i.spec}`);
        }
      }
      if (/\b(browser|chrome)\.(runtime|storage|tabs|permissions|scripting)\b/.test(source)) problems.push(`${file} calls the extension API`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it("entrypoints/ has no loose helper modules (WXT would build each as a script of its own)", () => {
    const loose = readdirSync(join(ROOT, "entrypoints")).filter((name) => /\.(ts|tsx)$/.test(name))
      .filter((name) => !/^(background|content|page-kit|reader-kit)\.ts$/.test(name));
    expect(loose).toEqual([]);
  });
});
