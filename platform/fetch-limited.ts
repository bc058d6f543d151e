/**
 * The one way the extension fetches anything remote (issue #6 limits, issue #8 hardening):
 * https only (loopback http allowed in the e2e build), a 15 s timeout, a 5 MB cap counted while
 * streaming, the content type checked, redirects must stay on an allowed origin, no cookies.
 * Errors are `FetchError`s whose message is a sentence for the reader.
 */

/** Time allowed for one request, headers and body: long enough for a 3 MB spreadsheet on a slow line. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Largest body accepted: the Home Office spreadsheet is ≈ 0.3 MB zipped; feeds are small. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** A failed fetch, with a message meant for the reader. */
export class FetchError extends Error {
  override name = "FetchError";
}

export interface FetchLimitedOptions {
  /** Accepted media types (without parameters), e.g. ["application/json"]. */
  accept: readonly string[];
  /** Allow http://127.0.0.1 and http://localhost (the e2e build's fake servers). */
  allowLoopback?: boolean;
  /** Origins a redirect may end on besides the requested one. */
  redirectOrigins?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  /** Injectable for tests. */
  fetchImpl?: typeof fetch;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Why a URL may not be fetched, or null when it may. */
export function urlProblem(raw: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "That is not a web address.";
  }
  if (url.username || url.password) return "Addresses with a user name or password are not accepted.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && allowLoopback && LOOPBACK.has(url.hostname)) return null;
  return "Only https:// addresses are accepted.";
}

/** True when `loopback` fetches are allowed: only in the e2e build. */
export const LOOPBACK_ALLOWED = import.meta.env.MODE === "e2e";

/** Fetches `url` within the limits and returns its body bytes; throws `FetchError`. */
export async function fetchLimited(url: string, options: FetchLimitedOptions): Promise<Uint8Array> {
  const allowLoopback = options.allowLoopback ?? LOOPBACK_ALLOWED;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const problem = urlProblem(url, allowLoopback);
  if (problem) throw new FetchError(problem);
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const host = new URL(url).host;
  try {
    let response: Response;
    try {
      response = await (options.fetchImpl ?? fetch)(url, {
        signal: controller.signal,
        credentials: "omit",
        cache: "no-cache",
        redirect: "follow",
        headers: { accept: options.accept.join(", ") },
      });
    } catch (error) {
      if (controller.signal.aborted) throw new FetchError(`${host} did not answer within ${timeoutMs / 1000} s.`);
      throw new FetchError(`Could not reach ${host}: the network may be down. (${errorText(error)})`);
    }
    if (response.url && response.url !== url) {
      const allowed = new Set([new URL(url).origin, ...(options.redirectOrigins ?? [])]);
      const final = new URL(response.url);
      if (!allowed.has(final.origin) || urlProblem(response.url, allowLoopback)) {
        throw new FetchError(`${host} redirected to ${final.host}, which is not accepted.`);
      }
    }
    if (!response.ok) throw new FetchError(`${host} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`);
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!options.accept.includes(type)) {
      throw new FetchError(`${host} sent ${type || "no content type"}, expected ${options.accept.join(" or ")}.`);
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) throw new FetchError(tooBig(host, maxBytes));
    return await readCapped(response, maxBytes, host, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(host: string, maxBytes: number): string {
  return `${host} sent more than ${Math.round(maxBytes / 1024 / 1024)} MB; files that large are refused.`;
}

/** Reads the body, stopping as soon as it exceeds the cap (a missing content-length is not trusted). */
async function readCapped(response: Response, maxBytes: number, host: string, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchError(tooBig(host, maxBytes));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError(`${host} did not answer within ${timeoutMs / 1000} s.`);
    throw new FetchError(`The download from ${host} was interrupted. (${errorText(error)})`);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A short text for any thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
