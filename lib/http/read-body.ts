// Reading a request body under a size cap, the only way CallPilot reads one. A declared Content-Length over the
// cap is refused before a byte is read; a body that runs past the cap anyway (chunked, or longer than it said) is
// cancelled at the chunk that crosses it. So an oversized or endless upload costs at most the cap plus one chunk of
// memory, where request.text() would have held all of it before any size check could run.
import { AppError } from "@/lib/errors";

export interface BodyLimit {
  maxBytes: number;
  /** What the 413 says; by default "The request body is too large: 64 KB at most." */
  tooLarge?: string;
}

export function bodyTooLarge({ maxBytes, tooLarge }: BodyLimit): AppError {
  return new AppError(
    "too_large",
    tooLarge ?? `The request body is too large: ${describeBytes(maxBytes)} at most.`,
  );
}

/** "64 KB", "5 MB": a cap as a person reads it. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The body's bytes, at most `maxBytes` of them; more is a 413 and the rest of the body is never read. */
export async function readBodyBytes(request: Request, limit: BodyLimit): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit.maxBytes) throw bodyTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit.maxBytes) {
      // Not awaited: cancelling tears down the connection's stream, and the 413 must not wait on it.
      void reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text (a leading byte-order mark dropped, as request.text() does), under the same cap. */
export async function readBodyText(request: Request, limit: BodyLimit): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/** The same request with its body read under the cap, for a library that reads the body itself (Better Auth). */
export async function withCappedBody(request: Request, limit: BodyLimit): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const body = await readBodyBytes(request, limit);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal });
}
