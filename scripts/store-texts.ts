// `npm run store`: writes the store texts (listings, privacy policy, Chrome Web Store form, AMO reviewer
// notes, store/README.md) from the project's own files (scripts/store/texts.ts says which). The pictures
// come from `npm run store:assets`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { storeTexts } from "./store/texts";

const ROOT = new URL("../", import.meta.url).pathname;
for (const [path, text] of Object.entries(storeTexts(ROOT))) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
  console.log(`  ${path}`);
}
