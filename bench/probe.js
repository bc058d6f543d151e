// Installed before the page's own scripts on pages where the extension runs (Playwright addInitScript,
// main world). Records what the extension does to the page without touching it: long tasks, every
// DOM mutation after the parser has finished (the benchmark pages write nothing themselves, except
// page 4's own appends, which are recognised and left out), and when each appended paragraph of
// page 4 first got a highlight. It also ticks every 5 ms in the page's own world and records every gap
// between ticks longer than 12 ms (issue 15): the main thread as the page feels it, whoever blocks it
// (our isolated world, the page kit's compilation, the style and layout our writes cause).
(function () {
  "use strict";
  var probe = {
    longTasks: [],
    records: 0,
    byType: { childList: 0, attributes: 0, characterData: 0 },
    addedElements: 0,
    marks: 0,
    highlightedAt: {},
    domContentLoaded: 0,
    load: 0,
    gaps: [],
    firstMarkAt: -1,
    firstInViewAt: -1,
    // Every highlight element with the time it was added: which of them the reader sees is asked only at the
    // end (firstInView), never while the extension writes. Asking then forced a layout after each of its
    // writes, in its task, until one highlight was in view: on the live blog, none is, so every slice paid
    // one (about 20 ms of the probe's own work and a full layout at 4× per slice, charged to Tidemark).
    added: [],
  };
  window.__tidemarkProbe = probe;
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { probe.longTasks.push({ start: e.startTime, duration: e.duration }); });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {
    probe.longTaskError = String(e);
  }

  // The ticker: a 5 ms timer, re-armed from itself; a gap is the time between two ticks.
  var TICK_MS = 5;
  var GAP_MS = 12;
  var last = performance.now();
  function tick() {
    var now = performance.now();
    if (now - last > GAP_MS) probe.gaps.push({ start: last, duration: now - last });
    last = now;
    setTimeout(tick, TICK_MS);
  }
  setTimeout(tick, TICK_MS);
  window.addEventListener("load", function () { probe.load = performance.now(); });

  // A highlight element the reader can see without scrolling (the first such is "first highlight in view").
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }

  function isPageAppend(record) {
    if (record.type !== "childList" || record.addedNodes.length !== 1 || record.removedNodes.length !== 0) return false;
    var node = record.addedNodes[0];
    return node.nodeType === 1 && node.hasAttribute("data-bench-append");
  }

  function onRecords(records) {
    var now = performance.now();
    for (var r = 0; r < records.length; r++) {
      var record = records[r];
      if (isPageAppend(record)) continue;
      probe.records++;
      probe.byType[record.type]++;
      for (var i = 0; i < record.addedNodes.length; i++) {
        var node = record.addedNodes[i];
        if (node.nodeType !== 1) continue;
        probe.addedElements++;
        if (node.localName !== "tidemark-mark") continue;
        probe.marks++;
        if (probe.firstMarkAt < 0) probe.firstMarkAt = now;
        probe.added.push({ node: node, at: now });
        var paragraph = node.closest("[data-bench-append]");
        if (paragraph) {
          var index = paragraph.getAttribute("data-bench-append");
          if (!(index in probe.highlightedAt)) probe.highlightedAt[index] = now;
        }
      }
    }
  }

  // When the first highlight the reader can see without scrolling was added (-1: none is in view). Asked once
  // the page has settled: the bench pages do not move, so what is in view then was in view when added.
  probe.firstInView = function () {
    var first = -1;
    for (var i = 0; i < probe.added.length; i++) {
      var item = probe.added[i];
      if (item.node.isConnected && inView(item.node) && (first < 0 || item.at < first)) first = item.at;
    }
    return first;
  };

  // Resolves when the content script has marked tidemark:done (a PerformanceObserver: no polling).
  probe.waitForDone = function (timeoutMs) {
    return new Promise(function (resolve) {
      function done() { return performance.getEntriesByName("tidemark:done", "mark").length > 0; }
      if (done()) return resolve(true);
      var observer = new PerformanceObserver(function () {
        if (done()) { observer.disconnect(); resolve(true); }
      });
      observer.observe({ type: "mark" });
      setTimeout(function () { observer.disconnect(); resolve(done()); }, timeoutMs);
    });
  };

  // Lets the writes reach style and layout, and late long tasks get reported.
  probe.settle = function (ms) {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(resolve, ms); }); });
    });
  };

  document.addEventListener("DOMContentLoaded", function () {
    probe.domContentLoaded = performance.now();
    new MutationObserver(onRecords).observe(document, {
      childList: true, subtree: true, attributes: true, characterData: true,
    });
  });
})();
