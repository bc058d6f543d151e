import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the browser sent through the proxy (for https only the host is known: CONNECT). */
export interface ProxiedRequest {
  method: string;
  url: string;
  /** The `Origin` header, when the browser sent one (extension fetches carry chrome-extension://…). */
  origin?: string;
}

export interface RecordingProxy {
  /** "127.0.0.1:PORT", for Chromium's --proxy-server. */
  address: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A forward proxy that records every request a browser makes, from launch on (before any test hook can
 * attach to the extension's service worker). Loopback requests are forwarded; anything else is refused
 * with 502 and only recorded, so a test never leaves the machine even on a host with a network.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "";
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
    requests.push({ method: req.method ?? "GET", url, ...(origin ? { origin } : {}) });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!LOOPBACK.has(target.hostname)) {
      res.writeHead(502, { "content-type": "text/plain" }).end("blocked by the test proxy");
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  // https (and wss) arrive as CONNECT host:port: record and refuse; our fixtures are plain http on loopback.
  server.on("connect", (req, socket) => {
    requests.push({ method: "CONNECT", url: `https://${req.url ?? ""}` });
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
