import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { pngSize } from "../../scripts/store/images";

// Issue 16: `npm run zip` makes what the stores take. Each browser's zip holds the manifest, icons, both
// locales and every bundle the manifest and pages load; no source map, no test file, no loopback match;
// and the Firefox sources zip rebuilds the very same package with the README's two commands.

const ROOT = new URL("../../", import.meta.url).pathname;
const OUT = join(ROOT, ".output");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
type Files = Record<string, Uint8Array>;
type Manifest = Record<string, any>;

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const readZip = (name: string): Files => unzipSync(readFileSync(join(OUT, name)));

/**
 * Runs a shell command line in `cwd` as a publisher would, in the environment without Vitest's own
 * variables (NODE_ENV=test changes what Vite builds) and without the build switches in `unset`; throws
 * with its output when it fails.
 */
function sh(line: string, cwd: string, env: Record<string, string> = {}, unset = ["TIDEMARK_SOURCEMAP", "TIDEMARK_E2E"]): void {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|TEST|VITEST.*)$/.test(k) && !unset.includes(k)),
  ) as Record<string, string>;
  const result = spawnSync(line, { cwd, shell: true, encoding: "utf8", env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`\`${line}\` failed in ${cwd} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Every file path the manifest names (bundles, pages, icons, locales), relative to the package root. */
function manifestFiles(m: Manifest): string[] {
  const files: string[] = [];
  const bg = m.background ?? {};
  if (bg.service_worker) files.push(bg.service_worker);
  files.push(...(bg.scripts ?? []));
  if (bg.page) files.push(bg.page);
  for (const cs of m.content_scripts ?? []) files.push(...(cs.js ?? []), ...(cs.css ?? []));
  const action = m.action ?? m.browser_action;
  if (action?.default_popup) files.push(action.default_popup);
  if (m.options_ui?.page) files.push(m.options_ui.page);
  files.push(...Object.values<string>(m.icons ?? {}));
  for (const war of m.web_accessible_resources ?? []) files.push(...(typeof war === "string" ? [war] : war.resources));
  files.push(`_locales/${m.default_locale}/messages.json`);
  return files.map((f) => f.replace(/^\//, ""));
}

/** Files a page or a script loads by a relative address (script src, stylesheet href, import), resolved. */
function referenced(path: string, body: string): string[] {
  const re = path.endsWith(".html") ? /(?:src|href)="([^"#?:]+)"/g : /["'`](\.{1,2}\/[^"'`\s]+?\.(?:js|css))["'`]/g;
  return [...body.matchAll(re)].map((m) => posix.normalize(posix.join(posix.dirname(path), m[1]!)).replace(/^\//, ""));
}

/** Every match pattern and host permission in a manifest. */
function patterns(m: Manifest): string[] {
  const hostish = (list: unknown[] = []) => list.filter((p): p is string => typeof p === "string" && /[:*<]/.test(p));
  return [
    ...hostish(m.permissions), ...hostish(m.optional_permissions), ...hostish(m.host_permissions), ...hostish(m.optional_host_permissions),
    ...(m.content_scripts ?? []).flatMap((cs: { matches?: string[] }) => cs.matches ?? []),
    ...(m.web_accessible_resources ?? []).flatMap((w: { matches?: string[] } | string) => (typeof w === "string" ? [] : w.matches ?? [])),
  ];
}

describe("npm run zip", () => {
  const zips: Record<"chrome" | "firefox" | "sources", Files> = {} as never;
  beforeAll(() => {
    for (const f of readdirSync(OUT, { withFileTypes: true }).filter((e) => e.name.endsWith(".zip"))) rmSync(join(OUT, f.name));
    // As a publisher runs it (no source-map switch left on from `npm run bench:size`).
    sh("npm run -s zip", ROOT);
    zips.chrome = readZip(`${pkg.name}-${pkg.version}-chrome.zip`);
    zips.firefox = readZip(`${pkg.name}-${pkg.version}-firefox.zip`);
    zips.sources = readZip(`${pkg.name}-${pkg.version}-sources.zip`);
  });

  describe.each(["chrome", "firefox"] as const)("the %s zip", (browser) => {
    const files = () => zips[browser];
    const manifest = () => JSON.parse(text(files()["manifest.json"])) as Manifest;

    it("has the manifest, at the version of package.json (its only place), in both languages", () => {
      const m = manifest();
      expect(m.version).toBe(pkg.version);
      // The changelog's newest version is the one being packaged.
      const newest = /^## \[([^\]]+)\]/m.exec(readFileSync(join(ROOT, "CHANGELOG.md"), "utf8"))?.[1];
      expect(newest).toBe(pkg.version);
      expect(readFileSync(join(ROOT, "wxt.config.ts"), "utf8")).not.toMatch(/\bversion:/);
      expect(m.manifest_version).toBe(browser === "chrome" ? 3 : 2);
      expect(m.default_locale).toBe("en");
      const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
      expect(new Set(used)).toEqual(new Set(["extName", "extDescription", "actionTitle", "commandNextHighlight", "commandPreviousHighlight"]));
      for (const lang of ["en", "fr"]) {
        const messages = JSON.parse(text(files()[`_locales/${lang}/messages.json`])) as Record<string, { message: string }>;
        for (const key of used) expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
      }
    });

    it("holds every file the manifest names, and the icons at their sizes", () => {
      const m = manifest();
      for (const f of manifestFiles(m)) expect(files()[f], f).toBeDefined();
      for (const [size, path] of Object.entries<string>(m.icons)) expect(pngSize(files()[path]!), path).toEqual([Number(size), Number(size)]);
    });

    it("holds the bundles: background, content script, page kit, popup and options, and all they load", () => {
      for (const f of ["background.js", "content-scripts/content.js", "page-kit.js", "reader-kit.js", "popup.html", "options.html"]) expect(files()[f], f).toBeDefined();
      for (const [path, bytes] of Object.entries(files()).filter(([p]) => /\.(html|js)$/.test(p))) {
        for (const dep of referenced(path, text(bytes))) expect(files()[dep], `${dep}, loaded by ${path}`).toBeDefined();
      }
    });

    it("has no source map, no test file and no e2e build", () => {
      for (const [path, bytes] of Object.entries(files())) {
        expect(path).not.toMatch(/\.map$|(^|\/)tests?\/|\.test\.|e2e|probe|fixture/);
        if (/\.(js|css)$/.test(path)) expect(text(bytes), path).not.toMatch(/sourceMappingURL/);
      }
    });

    it("matches no loopback address: every pattern is https (or the page kit's <all_urls> in Chrome)", () => {
      const m = manifest();
      expect(JSON.stringify(m)).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
      const all = patterns(m);
      expect(all.length).toBeGreaterThan(60);
      for (const p of all) expect(p, p).toMatch(/^https:\/\/|^<all_urls>$/);
    });
  });

  it("every permission of the Chrome package is justified in the store form (store/chrome-web-store.md)", () => {
    const m = JSON.parse(text(zips.chrome["manifest.json"])) as Manifest;
    const form = readFileSync(join(ROOT, "store/chrome-web-store.md"), "utf8");
    for (const p of m.permissions as string[]) expect(form, p).toContain(`### ${p}\n`);
    const hosts = form.split("### Host permissions\n")[1] ?? "";
    for (const h of [...m.host_permissions, ...m.optional_host_permissions] as string[]) expect(hosts, h).toContain(h);
  });

  it("names the Firefox build's files in the sources zip, and no build output, modules, pictures or tests", () => {
    const paths = Object.keys(zips.sources);
    for (const f of ["package.json", "package-lock.json", "wxt.config.ts", "tsconfig.json", "README.md", "public/_locales/fr/messages.json", "entrypoints/background.ts"]) {
      expect(paths, f).toContain(f);
    }
    for (const p of paths) expect(p).not.toMatch(/^(node_modules|\.output|\.wxt|store|tests|test-results|bench|docs\/screenshots)\/|\.log$/);
    // Pictures only where the build takes them (the toolbar icons).
    for (const p of paths.filter((x) => x.endsWith(".png"))) expect(p).toMatch(/^public\/icons\//);
  });

  it("the sources zip rebuilds the Firefox zip byte for byte with the README's two commands", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.split("## Build the Firefox package from its sources")[1] ?? "";
    const commands = /```sh\n([\s\S]*?)```/.exec(section)?.[1]?.trim().split("\n") ?? [];
    expect(commands).toEqual(["npm ci", "npm run build:firefox"]);
    const dir = mkdtempSync(join(tmpdir(), "tidemark-sources-"));
    try {
      for (const [path, bytes] of Object.entries(zips.sources)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
      }
      // The packages come from npm's cache when `npm ci` already ran here (CI): same lock file, same bytes.
      for (const line of commands) {
        sh(line, dir, { npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false" });
      }
      const built = join(dir, ".output", "firefox-mv2");
      const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(built, join(d, n))]));
      const rebuilt = Object.fromEntries(walk(built).map((p) => [p.split("\\").join("/"), readFileSync(join(built, p))]));
      expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(zips.firefox).sort());
      for (const [path, bytes] of Object.entries(zips.firefox)) expect(Buffer.compare(Buffer.from(bytes), rebuilt[path]!), path).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
