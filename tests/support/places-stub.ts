// A local stub of the Google Places API (New) speaking its documented wire format: POST /v1/places:searchText and
// GET /v1/places/{id}, the X-Goog-Api-Key and X-Goog-FieldMask headers (refused without them, as Google does), and
// google.rpc.Status error bodies. Records every request so tests can assert what CallPilot asked for.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface PlacesStubRequest {
  method: string;
  path: string;
  apiKey: string | undefined;
  fieldMask: string | undefined;
  body: unknown;
}

export interface PlacesStub {
  baseUrl: string;
  apiKey: string;
  requests: PlacesStubRequest[];
  /** Places Text Search returns (full Place resources; the stub trims them to the field mask). */
  places: Array<Record<string, unknown> & { id: string }>;
  /** Next responses fail with this HTTP status (500: INTERNAL, 429: RESOURCE_EXHAUSTED); null for normal service. */
  failWith: number | null;
  /** Milliseconds to wait before answering. */
  delayMs: number;
  close(): Promise<void>;
}

const statusNames: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
};

export async function startPlacesStub(
  places: PlacesStub["places"],
  apiKey = "stub-places-key",
): Promise<PlacesStub> {
  const stub: Omit<PlacesStub, "baseUrl" | "close"> = {
    apiKey,
    requests: [],
    places,
    failWith: null,
    delayMs: 0,
  };
  const server = http.createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const url = new URL(request.url ?? "/", "http://stub");
    const fieldMask = request.headers["x-goog-fieldmask"] as string | undefined;
    const key = request.headers["x-goog-api-key"] as string | undefined;
    stub.requests.push({
      method: request.method ?? "GET",
      path: url.pathname,
      apiKey: key,
      fieldMask,
      body: raw ? JSON.parse(raw) : null,
    });
    if (stub.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, stub.delayMs));
    const fail = (code: number, message: string) => {
      response.writeHead(code, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code, message, status: statusNames[code] ?? "UNKNOWN" } }));
    };
    if (response.destroyed) return;
    if (stub.failWith) return fail(stub.failWith, "The stub was told to fail.");
    if (key !== stub.apiKey) return fail(403, "The provided API key is invalid.");
    if (!fieldMask)
      return fail(
        400,
        "FieldMask is a required parameter. See https://cloud.google.com/apis/docs/system-parameters on how to provide it.",
      );

    if (request.method === "POST" && url.pathname === "/v1/places:searchText") {
      const body = JSON.parse(raw || "{}") as { textQuery?: string; pageSize?: number };
      if (!body.textQuery) return fail(400, "Empty text_query.");
      const found = stub.places
        .slice(0, body.pageSize ?? 20)
        .map((place) => masked(place, fieldMask, "places."));
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(JSON.stringify(found.length > 0 ? { places: found } : {}));
    }
    const detail = /^\/v1\/places\/([^/]+)$/.exec(url.pathname);
    if (request.method === "GET" && detail) {
      const place = stub.places.find((p) => p.id === decodeURIComponent(detail[1]));
      if (!place) return fail(404, `Place '${detail[1]}' not found.`);
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(JSON.stringify(masked(place, fieldMask, "")));
    }
    fail(404, "Unknown method.");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** Only the fields the mask names, as the real API answers ("*" means all). */
function masked(place: Record<string, unknown>, fieldMask: string, prefix: string): Record<string, unknown> {
  const fields = fieldMask.split(",").map((field) => field.trim());
  if (fields.includes("*") || fields.includes(`${prefix}*`)) return place;
  const wanted = new Set(
    fields.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split(".")[0]),
  );
  return Object.fromEntries(Object.entries(place).filter(([key]) => wanted.has(key)));
}
