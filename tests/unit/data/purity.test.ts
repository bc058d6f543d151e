import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// core/data also runs in the extension's service worker: no DOM, no extension APIs, no Node built-ins (issue 3).
const dir = fileURLToPath(new URL("../../../core/data/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("core/data is pure", () => {
  it.each(files)("%s uses no DOM, browser or Node-only API", (file) => {
    const code = readFileSync(dir + file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/from "node:|from "(fs|path|os|child_process)"|\bBuffer\b|\bprocess\.|\bdocument\b|\bwindow\b|\bbrowser\.|\bchrome\.|DOMParser/);
  });
});
