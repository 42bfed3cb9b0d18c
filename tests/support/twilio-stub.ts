// A local stub of Twilio's REST API for tests and the benchmark: POST /2010-04-01/Accounts/{Sid}/Calls.json
// (form-encoded, Basic auth) answers with the documented call resource, or with Twilio's documented error body
// { code, message, more_info, status } for the failures a test queues; POST .../Messages.json (an SMS) answers with
// the documented message resource and keeps the message for the test to read. Each created call is handed to onCallCreated
// (a stub receptionist, tests/support/twilio-receptionist.ts), which plays what Twilio would do next.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StubFailure =
  "invalid_number" | "unverified_number" | "geo_permission" | "auth" | "rate_limited" | "server_error";

export interface StubCall {
  sid: string;
  accountSid: string;
  /** Every form parameter of the create request, as sent (repeated keys as arrays). */
  params: Record<string, string | string[]>;
  to: string;
  from: string;
  /** Twilio's `Url` and `StatusCallback`: where the receptionist posts. */
  url: string;
  statusCallback: string | null;
}

export interface StubMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
}

export interface TwilioStubOptions {
  accountSid: string;
  authToken: string;
  onCallCreated?: (call: StubCall) => void;
}

export interface TwilioStub {
  baseUrl: string;
  calls: StubCall[];
  /** Every SMS created through POST .../Messages.json, in order. */
  messages: StubMessage[];
  /** How many create requests arrived (failed ones included). */
  createRequests(): number;
  /** The next create requests (calls or messages) fail like this, one failure each, in order. */
  failNext(...failures: StubFailure[]): void;
  setOnCallCreated(handler: ((call: StubCall) => void) | undefined): void;
  /** What GET .../Calls/{Sid}.json reports for a call from now on (it starts "queued"). */
  setCallStatus(sid: string, status: string, answeredBy?: string, duration?: number): void;
  close(): Promise<void>;
}

const errorBodies: Record<StubFailure, (to: string) => { status: number; code: number; message: string }> = {
  invalid_number: (to) => ({ status: 400, code: 21211, message: `Invalid 'To' Phone Number: ${to}` }),
  unverified_number: (to) => ({
    status: 400,
    code: 21219,
    message: `The number ${to} is unverified. Trial accounts cannot call unverified numbers; verify ${to} at twilio.com/user/account/phone-numbers/verified, or purchase a Twilio number to call unverified numbers.`,
  }),
  geo_permission: (to) => ({
    status: 400,
    code: 21215,
    message: `Account not authorized to call ${to}. Perhaps you need to enable some international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk`,
  }),
  auth: () => ({ status: 401, code: 20003, message: "Authenticate" }),
  rate_limited: () => ({ status: 429, code: 20429, message: "Too Many Requests" }),
  server_error: () => ({ status: 503, code: 20500, message: "Service Unavailable" }),
};

export async function startTwilioStub(options: TwilioStubOptions): Promise<TwilioStub> {
  const calls: StubCall[] = [];
  const messages: StubMessage[] = [];
  const failures: StubFailure[] = [];
  const states = new Map<string, { status: string; answeredBy: string | null; duration: number | null }>();
  let requests = 0;
  let onCallCreated = options.onCallCreated;
  const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString("base64")}`;

  const server = http.createServer(async (request, response) => {
    const body = await readBody(request);
    const path = new URL(request.url ?? "/", "http://stub").pathname;
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    const fail = (failure: { status: number; code: number; message: string }) =>
      send(failure.status, { ...failure, more_info: `https://www.twilio.com/docs/errors/${failure.code}` });

    const create = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/.exec(path);
    const fetchOne = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\/([^/]+)\.json$/.exec(path);
    const createMessage = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(path);
    if (request.headers.authorization !== expectedAuth) return fail(errorBodies.auth(""));
    if (createMessage && request.method === "POST") {
      const params = parseForm(body);
      const to = String(params.To ?? "");
      if (createMessage[1] !== options.accountSid)
        return fail({ status: 404, code: 20404, message: "Not Found" });
      const failure = failures.shift();
      if (failure) return fail(errorBodies[failure](to));
      if (!/^\+[1-9]\d{6,14}$/.test(to)) return fail(errorBodies.invalid_number(to));
      if (!params.Body) return fail({ status: 400, code: 21602, message: "Message body is required." });
      const message: StubMessage = {
        sid: `SM${randomBytes(16).toString("hex")}`,
        to,
        from: String(params.From ?? ""),
        body: String(params.Body),
      };
      messages.push(message);
      return send(201, messageResource(message, options.accountSid));
    }
    if (create && request.method === "POST") {
      requests++;
      const params = parseForm(body);
      const to = String(params.To ?? "");
      const failure = failures.shift();
      if (failure) return fail(errorBodies[failure](to));
      if (create[1] !== options.accountSid) return fail({ status: 404, code: 20404, message: "Not Found" });
      if (!/^\+[1-9]\d{6,14}$/.test(to)) return fail(errorBodies.invalid_number(to));
      const call: StubCall = {
        sid: `CA${randomBytes(16).toString("hex")}`,
        accountSid: options.accountSid,
        params,
        to,
        from: String(params.From ?? ""),
        url: String(params.Url ?? ""),
        statusCallback: params.StatusCallback ? String(params.StatusCallback) : null,
      };
      calls.push(call);
      send(201, callResource(call, "queued"));
      // Twilio rings only after it has answered the API request.
      if (onCallCreated) setImmediate(() => onCallCreated?.(call));
      return;
    }
    if (fetchOne && request.method === "GET") {
      const call = calls.find((c) => c.sid === fetchOne[2]);
      if (!call) return fail({ status: 404, code: 20404, message: "The requested resource was not found" });
      return send(200, callResource(call, "queued", states.get(call.sid)));
    }
    const account = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/.exec(path);
    if (account && request.method === "GET") {
      if (account[1] !== options.accountSid) return fail({ status: 404, code: 20404, message: "Not Found" });
      return send(200, {
        sid: options.accountSid,
        friendly_name: "CallPilot test account",
        status: "active",
        type: "Full",
        date_created: "Mon, 02 Nov 2026 10:00:00 +0000",
        uri: `/2010-04-01/Accounts/${options.accountSid}.json`,
      });
    }
    fail({ status: 404, code: 20404, message: "The requested resource was not found" });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    messages,
    createRequests: () => requests,
    failNext: (...next) => failures.push(...next),
    setOnCallCreated: (handler) => {
      onCallCreated = handler;
    },
    setCallStatus: (sid, status, answeredBy, duration) => {
      states.set(sid, { status, answeredBy: answeredBy ?? null, duration: duration ?? null });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The call resource as Twilio documents it (the fields the SDK reads). */
function callResource(
  call: StubCall,
  initialStatus: string,
  state?: { status: string; answeredBy: string | null; duration: number | null },
) {
  const status = state?.status ?? initialStatus;
  const now = new Date().toUTCString().replace("GMT", "+0000");
  const uri = `/2010-04-01/Accounts/${call.accountSid}/Calls/${call.sid}.json`;
  return {
    sid: call.sid,
    account_sid: call.accountSid,
    date_created: now,
    date_updated: now,
    parent_call_sid: null,
    to: call.to,
    to_formatted: call.to,
    from: call.from,
    from_formatted: call.from,
    phone_number_sid: "PN00000000000000000000000000000000",
    status,
    start_time: null,
    end_time: null,
    duration: state?.duration == null ? null : String(state.duration),
    price: null,
    price_unit: "USD",
    direction: "outbound-api",
    answered_by: state?.answeredBy ?? null,
    api_version: "2010-04-01",
    forwarded_from: null,
    group_sid: null,
    caller_name: null,
    queue_time: "0",
    trunk_sid: null,
    uri,
    subresource_uris: { recordings: uri.replace(".json", "/Recordings.json") },
  };
}

/** The message resource as Twilio documents it for a just-created SMS. */
function messageResource(message: StubMessage, accountSid: string) {
  const now = new Date().toUTCString().replace("GMT", "+0000");
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`;
  return {
    sid: message.sid,
    account_sid: accountSid,
    messaging_service_sid: null,
    to: message.to,
    from: message.from,
    body: message.body,
    status: "queued",
    direction: "outbound-api",
    num_segments: "1",
    num_media: "0",
    price: null,
    price_unit: "USD",
    error_code: null,
    error_message: null,
    api_version: "2010-04-01",
    date_created: now,
    date_updated: now,
    date_sent: null,
    uri,
    subresource_uris: { media: uri.replace(".json", "/Media.json") },
  };
}

function parseForm(body: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = params[key];
    params[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
