import { describe, expect, it } from "vitest";
import { FetchError, fetchLimited, urlProblem } from "../../../platform/fetch-limited";

/** A fake fetch answering with `body` (string or chunks) and headers; records the request. */
function fakeFetch(body: string | Uint8Array[], init: { status?: number; type?: string; url?: string; length?: number } = {}) {
  const calls: RequestInit[] = [];
  const impl = (async (url: string, req: RequestInit) => {
    calls.push(req);
    const chunks = typeof body === "string" ? [new TextEncoder().encode(body)] : body;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const chunk of chunks) c.enqueue(chunk);
        c.close();
      },
    });
    const headers = new Headers();
    if (init.type !== undefined) headers.set("content-type", init.type);
    if (init.length !== undefined) headers.set("content-length", String(init.length));
    const res = new Response(stream, { status: init.status ?? 200, headers });
    Object.defineProperty(res, "url", { value: init.url ?? url });
    return res;
  }) as unknown as typeof fetch;
  return { impl, calls };
}

const JSON_ONLY = { accept: ["application/json"], allowLoopback: false } as const;

describe("urlProblem", () => {
  it.each([
    ["https://example.org/feed.json", false, null],
    ["http://example.org/feed.json", false, /Only https/],
    ["http://127.0.0.1:8080/feed.json", true, null],
    ["http://127.0.0.1:8080/feed.json", false, /Only https/],
    ["http://example.org/", true, /Only https/],
    ["javascript:alert(1)", true, /Only https/],
    ["data:application/json,{}", true, /Only https/],
    ["https://user:pw@example.org/", false, /user name or password/],
    ["not a url", false, /not a web address/],
  ])("%s (loopback %s)", (url, loopback, expected) => {
    const problem = urlProblem(url, loopback);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe("fetchLimited", () => {
  it("returns the body, omits credentials and sends an accept header", async () => {
    const { impl, calls } = fakeFetch('{"a":1}', { type: "application/json; charset=utf-8" });
    const bytes = await fetchLimited("https://example.org/f.json", { ...JSON_ONLY, fetchImpl: impl });
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
    expect(calls[0]).toMatchObject({ credentials: "omit", headers: { accept: "application/json" } });
  });
  it.each([
    [{ status: 500, type: "text/plain" }, /HTTP 500/],
    [{ type: "text/html" }, /sent text\/html, expected application\/json/],
    [{}, /sent no content type/],
    [{ type: "application/json", length: 6 * 1024 * 1024 }, /more than 5 MB/],
    [{ type: "application/json", url: "https://evil.example/f.json" }, /redirected to evil.example/],
  ])("refuses %j", async (init, message) => {
    const { impl } = fakeFetch("{}", init);
    await expect(fetchLimited("https://example.org/f.json", { ...JSON_ONLY, fetchImpl: impl })).rejects.toThrow(message);
  });
  it("counts bytes while streaming when no content-length is sent", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    const { impl } = fakeFetch([chunk, chunk, chunk], { type: "application/json" });
    await expect(fetchLimited("https://example.org/f.json", { ...JSON_ONLY, maxBytes: 2 * 1024 * 1024, fetchImpl: impl })).rejects.toThrow(/more than 2 MB/);
  });
  it("allows a redirect to a listed origin", async () => {
    const { impl } = fakeFetch("x", { type: "application/octet-stream", url: "https://assets.example/x" });
    await expect(fetchLimited("https://www.example/x", { accept: ["application/octet-stream"], allowLoopback: false, redirectOrigins: ["https://assets.example"], fetchImpl: impl })).resolves.toHaveLength(1);
  });
  it("times out with a clear message", async () => {
    const impl = ((_url: string, req: RequestInit) =>
      new Promise((_ok, fail) => req.signal?.addEventListener("abort", () => fail(new DOMException("aborted", "AbortError"))))) as unknown as typeof fetch;
    await expect(fetchLimited("https://slow.example/f.json", { ...JSON_ONLY, timeoutMs: 50, fetchImpl: impl })).rejects.toThrow(/slow.example did not answer within 0.05 s/);
  });
  it("reports a network failure as such", async () => {
    const impl = (async () => { throw new TypeError("Failed to fetch"); }) as unknown as typeof fetch;
    const error = await fetchLimited("https://example.org/f.json", { ...JSON_ONLY, fetchImpl: impl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(String(error)).toMatch(/Could not reach example.org: the network may be down/);
  });
});
