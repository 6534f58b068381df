// A plain node:http server around the v1 handler — for the SDK's tests, the ingest benchmark
// and anyone embedding the API without the web app.
//
// The request body is streamed to the handler (not buffered first), as the web app's adapter
// does. Whatever part of it the handler leaves unread is read and discarded after the answer, so
// the keep-alive connection can carry the next request; a remainder beyond DRAIN_LIMIT_BYTES
// closes the connection instead.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createV1Handler, DRAIN_LIMIT_BYTES, type V1HandlerOptions } from "./http.ts";

export interface RunningV1Server {
  url: string;
  close: () => Promise<void>;
}

interface StreamedBody {
  stream: ReadableStream<Uint8Array>;
  /** Reads what the handler left unread; false when more than `limit` bytes were left. */
  drain: (limit: number) => Promise<boolean>;
}

/** A pull stream over the request: nothing is read before the handler asks for it. */
function streamedBody(req: IncomingMessage): StreamedBody {
  const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let finished = false;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) {
        finished = true;
        controller.close();
      } else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    // The handler is not interested any more: keep the rest for drain().
    cancel() {
      cancelled = true;
    },
  });
  return {
    stream,
    drain: async (limit) => {
      if (finished || req.complete) return true;
      if (!cancelled) await stream.cancel().catch(() => undefined);
      let left = limit;
      for (;;) {
        const { done, value } = await chunks.next();
        if (done) return true;
        left -= value.byteLength;
        if (left < 0) return false;
      }
    },
  };
}

function toRequest(req: IncomingMessage, origin: string, body: StreamedBody | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: body?.stream ?? null,
    duplex: "half",
  } as RequestInit);
}

async function send(
  res: ServerResponse,
  response: Response,
  body: StreamedBody | null,
  drainLimit: number,
): Promise<void> {
  const bytes = Buffer.from(await response.arrayBuffer());
  // Unread body left: read it now (before answering, so the client never writes into a closed
  // socket), or announce the close when there is too much of it.
  const drained = body ? await body.drain(drainLimit) : true;
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!drained) res.setHeader("connection", "close");
  res.end(bytes);
}

export async function startV1Server(opts: V1HandlerOptions & { port?: number }): Promise<RunningV1Server> {
  const handle = createV1Handler(opts);
  let origin = "http://127.0.0.1";
  const server = createServer((req, res) => {
    const body = req.method === "GET" || req.method === "HEAD" ? null : streamedBody(req);
    Promise.resolve(toRequest(req, origin, body))
      .then(handle)
      .then((response) => send(res, response, body, opts.drainLimitBytes ?? DRAIN_LIMIT_BYTES))
      .catch((error: unknown) => {
        console.error("[v1 server]", error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("connection", "close");
        }
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
