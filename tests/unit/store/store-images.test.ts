import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pngSize, STORE_IMAGES } from "../../../scripts/store/images";

// Issue 16: the store pictures `npm run store:assets` renders are committed, each at the exact size the
// stores take (screenshots 1280×800, small promotional tile 440×280), in English and French, light and dark.
describe("store images", () => {
  it("lists popover, popup and options in both languages and schemes, and a tile per language", () => {
    expect(STORE_IMAGES.filter((i) => i.path.includes("/screenshots/"))).toHaveLength(12);
    expect(STORE_IMAGES.filter((i) => i.path.includes("/promo/"))).toHaveLength(2);
  });

  it.each(STORE_IMAGES.map((i) => [i.path, i] as const))("%s is committed at its exact size", (_path, image) => {
    const bytes = readFileSync(new URL(`../../../${image.path}`, import.meta.url));
    expect(pngSize(bytes)).toEqual([image.width, image.height]);
  });

  it("reads a PNG's size and refuses what is not a PNG", () => {
    expect(() => pngSize(new TextEncoder().encode("not a picture at all, no"))).toThrow(/not a PNG/);
  });
});
