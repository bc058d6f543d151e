// `webextension-polyfill` for the bundler (wxt.config.ts aliases the package to this file; issue 15).
// Imported directly, the polyfill's CommonJS exports go through the bundler's interop, which copies every
// own property of them into a namespace object. In Firefox, and in Chromium with its own `browser` object,
// those exports are that object, and reading each of its properties makes the browser set up every
// extension API binding, on every page the content script runs on (≈ 12 ms per page load on a busy 2-core
// machine, more at 4× CPU slowdown). Here the interop copies a loader function instead, and the exports
// are what the polyfill itself returns: the browser's own `browser`, or its wrapper around `chrome`.
import loadPolyfill from "./webextension-polyfill-load.cjs";

export default loadPolyfill();
