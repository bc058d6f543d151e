// The four baselines of issue 7, run inside the benchmark page (main world) on a page the extension
// does not touch. Plain JavaScript injected as a <script> after load, so no build step can change what
// is measured. Methods as in shared/docs/PERFORMANCE.md. Each function runs synchronously in one task
// and returns { ms, matches, writes }; the harness calls exactly one of them per freshly loaded page.
(function () {
  "use strict";
  // Checked on the text node's parent, which PERFORMANCE.md found 2× faster than an acceptNode filter.
  var SKIP = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEXTAREA: 1 };

  function articleRoot() {
    return document.querySelector("article") || document.body;
  }

  // (a) scan floor: TreeWalker over text nodes + one combined expression, no writes.
  function scan(root, re) {
    var found = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentNode;
      if (parent && SKIP[parent.nodeName] === 1) continue;
      var data = node.data;
      re.lastIndex = 0;
      var m;
      var first = true;
      while ((m = re.exec(data))) {
        if (first) { found.push(node); first = false; }
        found.push(m.index, m[0].length);
      }
      if (!first) found.push(-1); // end of this node's matches
    }
    return found;
  }

  function countMatches(found) {
    var n = 0;
    for (var i = 0; i < found.length; i++) if (typeof found[i] === "number" && found[i] >= 0) n++;
    return n / 2;
  }

  function scanFloor(source, flags) {
    var t0 = performance.now();
    var found = scan(articleRoot(), new RegExp(source, flags));
    var ms = performance.now() - t0;
    return { ms: ms, matches: countMatches(found), writes: 0 };
  }

  // (a′) write floor: the same scan, then each match wrapped with splitText and one element.
  function writeFloor(source, flags) {
    var t0 = performance.now();
    var found = scan(articleRoot(), new RegExp(source, flags));
    var writes = 0;
    var i = 0;
    while (i < found.length) {
      var node = found[i++];
      var ranges = [];
      while (found[i] !== -1) { ranges.push(found[i], found[i + 1]); i += 2; }
      i++;
      // Last match first, so the earlier offsets stay valid in the shrinking node.
      for (var r = ranges.length - 2; r >= 0; r -= 2) {
        var middle = node.splitText(ranges[r]);
        middle.splitText(ranges[r + 1]);
        var el = document.createElement("bench-mark");
        middle.parentNode.replaceChild(el, middle);
        el.appendChild(middle);
        writes++;
      }
    }
    var ms = performance.now() - t0;
    return { ms: ms, matches: writes, writes: writes };
  }

  // (b) naive mark.js: new Mark(root).mark(allTerms), default options. On a 2 MB page it runs for tens of
  // seconds (one pass per word, partial-word matches everywhere), so it is stopped after `capMs`: a
  // `filter` that always says yes, until the deadline, when it throws out of mark.js. The time is then a
  // lower bound (`capped: true`), which is all a "≥ 20× faster" comparison needs.
  var STOP = { stop: true };
  function naiveMark(terms, capMs) {
    var t0 = performance.now();
    var deadline = t0 + capMs;
    var capped = false;
    try {
      // Checked per match and after each term's pass, so a pass over a page without matches stops too.
      var check = function () { if (performance.now() > deadline) throw STOP; };
      new window.Mark(articleRoot()).mark(terms, {
        filter: function () { check(); return true; },
        noMatch: check,
      });
    } catch (e) {
      if (e !== STOP) throw e;
      capped = true;
    }
    var ms = performance.now() - t0;
    var writes = document.querySelectorAll("mark[data-markjs]").length;
    return { ms: ms, matches: writes, writes: writes, capped: capped };
  }

  // (c) mark.js markRegExp with the one combined expression.
  function markRegExp(source, flags) {
    var t0 = performance.now();
    new window.Mark(articleRoot()).markRegExp(new RegExp(source, flags));
    var ms = performance.now() - t0;
    var writes = document.querySelectorAll("mark[data-markjs]").length;
    return { ms: ms, matches: writes, writes: writes };
  }

  window.__tidemarkBench = { scanFloor: scanFloor, writeFloor: writeFloor, naiveMark: naiveMark, markRegExp: markRegExp };
})();
