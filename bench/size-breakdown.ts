/**
 * Which source module the content script's bytes come from: every generated character is attributed to
 * the source of the source-map segment it falls in (Source Map v3, https://tc39.es/ecma426/).
 * Code with no mapping (the bundler's glue) is counted as "(bundler)".
 */

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one Base64 VLQ segment into its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`Bad VLQ character "${c}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The parts of a source map this module reads. */
export interface SourceMapV3 {
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

/** The generated code of each source module (normalised: node_modules/<package> or the project path). */
export function codeBySource(
  code: string,
  map: SourceMapV3,
  // Source paths are relative to the map file; the caller maps them to project paths (the build may
  // sit outside the project, e.g. in a temporary folder, so "../" counts say nothing on their own).
  toProjectPath: (source: string) => string = (source) => source,
): Map<string, string> {
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  const parts = new Map<string, string[]>();
  const add = (name: string, text: string) => {
    const list = parts.get(name) ?? [];
    list.push(text);
    parts.set(name, list);
  };
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    const segments = (mappingLines[l] ?? "").split(",").filter(Boolean);
    let column = 0;
    let lastColumn = 0;
    let lastSource: number | null = null;
    for (const seg of segments) {
      const fields = decodeVlq(seg);
      column += fields[0]!;
      const owner = lastSource === null ? "(bundler)" : moduleName(toProjectPath(map.sources[lastSource] ?? "(unknown)"));
      add(owner, line.slice(lastColumn, column));
      lastColumn = column;
      if (fields.length >= 4) {
        source += fields[1]!;
        lastSource = source;
      } else lastSource = null;
    }
    const owner = lastSource === null ? "(bundler)" : moduleName(toProjectPath(map.sources[lastSource] ?? "(unknown)"));
    add(owner, line.slice(lastColumn) + (l < lines.length - 1 ? "\n" : ""));
  }
  return new Map([...parts].map(([name, list]) => [name, list.join("")]));
}

/** node_modules/<scope>/<name>/… → the package; project files keep their path from the project root. */
export function moduleName(source: string): string {
  const clean = source.replace(/^(\.\.\/)+/, "");
  const nm = clean.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = clean.slice(nm + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return clean;
}
