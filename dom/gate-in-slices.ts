import { readInSlices, type Pace } from "./pace";

/**
 * The gate (issue 4's one cheap test) over a page's text nodes, in slices, stopping at the first slice that
 * passes (issue 15). `body.textContent` and one test over it was one step: 20 ms at 1× and 96–135 ms at 4×
 * CPU slowdown on a 2 MB page, where a reader's page was blocked for all of it. Each look at the clock tests
 * the text of the nodes read since the last one, joined, with the end of the text before it, so a term split
 * between two nodes ("small <b>boats</b>") is still found (a test per node cost 2.6× the walk; reading whole
 * blocks with `textContent` was no faster). A page about crossings usually passes within its first slice; a
 * page with no mention is read to its end, a slice at a time: in all about 1.5× the one-step gate's work,
 * with no block. The text tested is the page's `textContent`, in order. Null when the read was abandoned.
 */
export async function gateInSlices(root: Node, test: (text: string) => boolean, pace: Pace): Promise<boolean | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let tail = "";
  let found = false;
  const read = (perCheck: number): boolean => {
    const parts = [tail];
    let end = false;
    for (let i = 0; i < perCheck; i += 1) {
      const node = walker.nextNode() as Text | null;
      if (!node) {
        end = true;
        break;
      }
      parts.push(node.data);
    }
    const text = parts.join("");
    if (test(text)) {
      found = true;
      return true;
    }
    tail = text.length > TAIL ? text.slice(-TAIL) : text;
    return end;
  };
  const outcome = await readInSlices(read, NODES_PER_CHECK, pace);
  return outcome === "done" ? found : null;
}

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, without relying on a global NodeFilter
// Longer than any of the gate's terms with its spaces ("canots pneumatiques", "one in, one out").
const TAIL = 48;
// Text nodes read, then tested together, between two looks at the clock.
const NODES_PER_CHECK = 256;
