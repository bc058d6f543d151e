/** The store's pictures (issue 16): what `npm run store:assets` writes, and the exact size each must have. */

export type StoreLanguage = "en" | "fr";

export interface StoreImage {
  /** Path from the repository root. */
  path: string;
  width: number;
  height: number;
}

// Chrome Web Store: screenshots 1280×800 (or 640×400), small promotional tile 440×280. AMO takes the same
// screenshots (it scales them; 1280×800 is its recommended size).
const SHOTS = ["popover", "popup", "options"] as const;
const SCHEMES = ["light", "dark"] as const;
const LANGUAGES: readonly StoreLanguage[] = ["en", "fr"];

/** Every store image, screenshots first. */
export const STORE_IMAGES: readonly StoreImage[] = [
  ...LANGUAGES.flatMap((lang) => SHOTS.flatMap((shot) => SCHEMES.map((scheme) => ({ path: `store/screenshots/${lang}/${shot}-${scheme}.png`, width: 1280, height: 800 })))),
  ...LANGUAGES.map((lang) => ({ path: `store/promo/tile-${lang}.png`, width: 440, height: 280 })),
];

/** Width and height read from a PNG's header (IHDR); throws on anything that is not a PNG. */
export function pngSize(bytes: Uint8Array): [number, number] {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error("not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}
