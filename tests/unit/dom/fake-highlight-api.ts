// jsdom has no CSS Custom Highlight API: a minimal stand-in (a Highlight is a Set of ranges, the registry a Map).
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const win = window as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, Set<Range>> } };

/** Installs the stand-in on jsdom's window; returns the page's registry. */
export function installHighlightApi(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  win.Highlight = FakeHighlight;
  win.CSS = { ...(win.CSS ?? {}), highlights: registry };
  return registry;
}

/** Takes the stand-in away again (the browser then has no API, as jsdom). */
export function removeHighlightApi(): void {
  delete win.Highlight;
  if (win.CSS) delete win.CSS.highlights;
}
