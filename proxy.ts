// Before every page: a fresh nonce and the page's Content-Security-Policy (lib/http/security-headers.ts), plus HSTS
// when the page travels over https. Next.js reads the nonce from the policy it finds on the request and puts it on
// its own scripts, which is why every page renders per request (app/layout.tsx). API routes, health checks and
// static files get fixed headers from next.config.ts instead.
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config";
import { reachedOverHttps } from "@/lib/http/https-request";
import {
  pageContentSecurityPolicy,
  strictTransportSecurity,
  voiceOriginsOf,
} from "@/lib/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const config = getConfig();
  const https = reachedOverHttps(request.headers, config);
  const policy = pageContentSecurityPolicy({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64"),
    development: config.NODE_ENV === "development",
    https,
    voiceOrigins: voiceOriginsOf(config.ELEVENLABS_BASE_URL),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", strictTransportSecurity);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not API routes, health checks, Next's static files or the icon.
      source: "/((?!api/|api$|health/|health$|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        // Prefetches carry no document of their own.
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
        // Next.js copies a request's whole body (up to 10 MB) for the proxy before the route sees it, which would
        // undo the body caps (lib/http/read-body.ts): requests with a body skip the proxy, and pages take none.
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
