// A local stub of Google's OAuth token endpoint and the two Calendar API v3 calls CallPilot makes, in their
// documented formats: form-encoded token requests answered with {access_token, expires_in, refresh_token, scope},
// freeBusy answered with calendars.{id}.busy, events.insert answering 409 for an id it already holds, and
// events.update (PUT) and events.delete (DELETE, 204; 410 for an event already deleted), and
// {error:{code,message,status}} bodies for refused bearer tokens.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface GoogleStub {
  baseUrl: string;
  tokenUrl: string;
  authorizeUrl: string;
  clientId: string;
  clientSecret: string;
  /** Every token request's form fields. */
  tokenRequests: Array<Record<string, string>>;
  freeBusyRequests: Array<{ authorization: string | undefined; body: Record<string, unknown> }>;
  insertedEvents: Array<Record<string, unknown> & { id: string }>;
  /** Ids of events deleted through events.delete. */
  deletedEventIds: string[];
  /** How many of the next events.delete requests fail with a 503 (a Google outage mid-reaction). */
  failNextDeletes: number;
  /** The busy intervals freeBusy answers for "primary". */
  busy: Array<{ start: string; end: string }>;
  /** Access tokens the API accepts; the token endpoint issues access-1, access-2, ... */
  validAccessTokens: Set<string>;
  /** The code the consent step "returned"; exchanging any other code is invalid_grant. */
  authorizationCode: string;
  revokedRefreshTokens: Set<string>;
  close(): Promise<void>;
}

export async function startGoogleStub(): Promise<GoogleStub> {
  let issued = 0;
  const stub: Omit<GoogleStub, "baseUrl" | "tokenUrl" | "authorizeUrl" | "close"> = {
    clientId: "stub-client-id.apps.googleusercontent.com",
    clientSecret: "stub-client-secret",
    tokenRequests: [],
    freeBusyRequests: [],
    insertedEvents: [],
    deletedEventIds: [],
    failNextDeletes: 0,
    busy: [],
    validAccessTokens: new Set(),
    authorizationCode: "stub-authorization-code",
    revokedRefreshTokens: new Set(),
  };
  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
    response.end(JSON.stringify(body));
  };
  const apiError = (response: http.ServerResponse, code: number, status: string, message: string) =>
    json(response, code, {
      error: { code, message, errors: [{ message, domain: "global", reason: status }], status },
    });

  const server = http.createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const url = new URL(request.url ?? "/", "http://stub");

    if (request.method === "POST" && url.pathname === "/token") {
      const form = Object.fromEntries(new URLSearchParams(raw));
      stub.tokenRequests.push(form);
      if (form.client_id !== stub.clientId || form.client_secret !== stub.clientSecret) {
        return json(response, 401, { error: "invalid_client", error_description: "Unauthorized" });
      }
      const grantOk =
        (form.grant_type === "authorization_code" && form.code === stub.authorizationCode) ||
        (form.grant_type === "refresh_token" &&
          form.refresh_token === "refresh-1" &&
          !stub.revokedRefreshTokens.has(form.refresh_token));
      if (!grantOk) return json(response, 400, { error: "invalid_grant", error_description: "Bad Request" });
      const accessToken = `access-${++issued}`;
      stub.validAccessTokens.add(accessToken);
      return json(response, 200, {
        access_token: accessToken,
        expires_in: 3599,
        ...(form.grant_type === "authorization_code" && { refresh_token: "refresh-1" }),
        scope:
          "https://www.googleapis.com/auth/calendar.freebusy https://www.googleapis.com/auth/calendar.events",
        token_type: "Bearer",
      });
    }

    const bearer = request.headers.authorization?.replace(/^Bearer /, "");
    if (url.pathname.startsWith("/calendar/v3/") && (!bearer || !stub.validAccessTokens.has(bearer))) {
      return apiError(response, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
    }
    if (request.method === "POST" && url.pathname === "/calendar/v3/freeBusy") {
      const body = JSON.parse(raw) as { timeMin: string; timeMax: string; items: Array<{ id: string }> };
      stub.freeBusyRequests.push({ authorization: request.headers.authorization, body });
      const overlapping = stub.busy.filter(
        (b) => Date.parse(b.start) < Date.parse(body.timeMax) && Date.parse(b.end) > Date.parse(body.timeMin),
      );
      return json(response, 200, {
        kind: "calendar#freeBusy",
        timeMin: body.timeMin,
        timeMax: body.timeMax,
        calendars: Object.fromEntries(body.items.map((item) => [item.id, { busy: overlapping }])),
      });
    }
    const insert = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/.exec(url.pathname);
    if (request.method === "POST" && insert) {
      const event = JSON.parse(raw) as Record<string, unknown> & { id: string };
      if (stub.insertedEvents.some((existing) => existing.id === event.id)) {
        return apiError(response, 409, "ALREADY_EXISTS", "The requested identifier already exists.");
      }
      stub.insertedEvents.push(event);
      return json(response, 200, { kind: "calendar#event", status: "confirmed", ...event });
    }
    const one = /^\/calendar\/v3\/calendars\/([^/]+)\/events\/([^/]+)$/.exec(url.pathname);
    const index = one
      ? stub.insertedEvents.findIndex((event) => event.id === decodeURIComponent(one[2]))
      : -1;
    if (one && request.method === "PUT") {
      if (index < 0) return apiError(response, 404, "NOT_FOUND", "Not Found");
      const event = { ...(JSON.parse(raw) as Record<string, unknown>), id: stub.insertedEvents[index].id };
      stub.insertedEvents[index] = event;
      return json(response, 200, { kind: "calendar#event", status: "confirmed", ...event });
    }
    if (one && request.method === "DELETE") {
      if (stub.failNextDeletes > 0) {
        stub.failNextDeletes -= 1;
        return apiError(response, 503, "UNAVAILABLE", "The service is currently unavailable.");
      }
      if (index < 0) {
        const gone = stub.deletedEventIds.includes(decodeURIComponent(one[2]));
        return gone
          ? apiError(response, 410, "deleted", "Resource has been deleted")
          : apiError(response, 404, "NOT_FOUND", "Not Found");
      }
      stub.deletedEventIds.push(stub.insertedEvents[index].id);
      stub.insertedEvents.splice(index, 1);
      response.writeHead(204);
      return response.end();
    }
    apiError(response, 404, "NOT_FOUND", "Not Found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return Object.assign(stub, {
    baseUrl,
    tokenUrl: `${baseUrl}/token`,
    authorizeUrl: `${baseUrl}/o/oauth2/v2/auth`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
