"use strict";
// Loads `webextension-polyfill` when called; see webextension-polyfill.mjs for why it is not imported directly.
module.exports = function loadPolyfill() {
  return require("webextension-polyfill/dist/browser-polyfill.js");
};
