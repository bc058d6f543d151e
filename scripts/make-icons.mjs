// Renders assets/icon.svg to every PNG size the manifest names (public/icons/<size>.png).
// Run with `npm run icons` after changing the SVG; the PNGs are committed.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");
const outDir = new URL("../public/icons/", import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(new URL(`${size}.png`, outDir), png);
  console.log(`public/icons/${size}.png ${png.length} bytes`);
}
