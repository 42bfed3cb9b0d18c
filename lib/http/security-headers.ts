// The security headers CallPilot sends. Pages get a Content-Security-Policy with a fresh nonce per request (set by
// proxy.ts, which Next.js reads to put the nonce on its own inline and bootstrap scripts) and 'strict-dynamic', so
// only scripts the page itself loaded run — an injected <script> or inline handler does not. Everything else (API
// routes, health checks, static files) gets fixed headers from next.config.ts, kept here beside the page policy.
//
// No imports: next.config.ts loads this file before the app (and its "@/" paths) exists.

export interface PagePolicyInput {
  nonce: string;
  /** `next dev`: React's dev tools evaluate code, and hot reload talks over a websocket. */
  development: boolean;
  /** The page was reached over https: plain http sub-resources are upgraded. */
  https: boolean;
  /** Where the browser's voice conversation and read-aloud connect besides this site (ElevenLabs). */
  voiceOrigins: string[];
}

/** ElevenLabs' API and its regional hosts (api.eu.residency.elevenlabs.io...), over https and websockets. */
const elevenLabsOrigins = ["https://*.elevenlabs.io", "wss://*.elevenlabs.io"];

export function pageContentSecurityPolicy(input: PagePolicyInput): string {
  const scripts = ["'self'", `'nonce-${input.nonce}'`, "'strict-dynamic'"];
  if (input.development) scripts.push("'unsafe-eval'");
  const connect = ["'self'", ...elevenLabsOrigins, ...input.voiceOrigins];
  if (input.development) connect.push("ws:", "wss:");
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' also lets those scripts load what they need: the ElevenLabs client's audio worklets (blob:).
    `script-src ${scripts.join(" ")}`,
    // React's style={...} props are inline style attributes, which a nonce cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${unique(connect).join(" ")}`,
    // Replies read aloud play from blob: URLs (app/chat/[taskId]/streamed-audio.ts).
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (input.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Where a voice service's base URL lets the browser connect: its origin over http(s) and over websockets. */
export function voiceOriginsOf(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const websocket = url.protocol === "https:" ? "wss:" : "ws:";
  return [url.origin, `${websocket}//${url.host}`];
}

/** Responses that are not pages (JSON, calendars, audio): nothing in them may load or run anything. */
export const nonPageContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page answering a form posted before JavaScript loaded (a server action's progressive enhancement): proxy.ts does
 * not run for requests with a body, so there is no nonce, and no script runs at all; styles, images and the next
 * form post to this site still work.
 */
export const formResultContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Two years, subdomains included; sent only on responses that travelled over https. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** On every response, whatever it is. */
export const everyResponseHeaders: Array<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  { key: "X-Frame-Options", value: "DENY" },
  // The microphone is for the voice conversation on this site's own pages; nothing here uses camera or location.
  { key: "Permissions-Policy", value: "camera=(), geolocation=(), microphone=(self)" },
];

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
