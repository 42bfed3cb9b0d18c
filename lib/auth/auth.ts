// Better Auth: anonymous sessions on first visit, email and password sign-up (with email verification) that keeps an
// anonymous visitor's tasks, roles user and admin. Created on first use (it needs the database), shared through globalThis.
// Better Auth fixes cookie attributes per instance, so there are two: Secure (__Secure- prefixed) cookies for requests
// that reach us over https (lib/http/https-request.ts), plain ones for http (local development, tests).
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin, anonymous } from "better-auth/plugins";
import { currentDialect, getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { reassignUserData } from "@/db/users";
import { getConfig, type AppConfig } from "@/lib/config";
import { betterAuthIpAddress } from "@/lib/http/client-ip";
import { reachedOverHttps } from "@/lib/http/https-request";
import { getMailer } from "@/lib/mail/mailer";
import { defaultLocale, requestLocale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/server-translator";
import { verificationEmail } from "@/lib/mail/verification-email";
import { resolveAuthSecret } from "./auth-secret";

function createAuth(config: AppConfig, secureCookies: boolean) {
  const allowedHosts = ["localhost:*", "127.0.0.1:*", "[::1]:*", ...configuredHosts(config)];
  return betterAuth({
    appName: "CallPilot",
    secret: resolveAuthSecret(config),
    // Without BETTER_AUTH_URL the base URL follows each request's host, if allowed; scripts (no request) use the fallback.
    baseURL: config.BETTER_AUTH_URL ?? {
      allowedHosts,
      protocol: "auto",
      fallback: config.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    },
    database: drizzleAdapter(getDb(), {
      provider: currentDialect() === "postgresql" ? "pg" : "sqlite",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    // Signing up sends the verification link; following it signs the person in and marks the email verified,
    // which (with consent) is what real calls require (lib/guardrails/real-call-gate.ts).
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 3600,
      // In the language of the page the person signed up from (its locale cookie or Accept-Language).
      sendVerificationEmail: async ({ user, url }, request) => {
        const locale = request ? requestLocale(request.headers) : defaultLocale;
        const t = await translatorFor(locale, "verificationEmail");
        await getMailer().send(verificationEmail({ to: user.email, name: user.name, url }, t));
      },
    },
    // Better Auth's own limits (sign-in, sign-up, verification email...), counted in the database so they hold
    // across instances; on in production like Better Auth's default, and off with RATE_LIMITS=off.
    rateLimit: { enabled: config.RATE_LIMITS && config.NODE_ENV === "production", storage: "database" },
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      const trusted = config.BETTER_AUTH_URL ? [new URL(config.BETTER_AUTH_URL).origin] : [];
      if (host && allowedHosts.some((pattern) => hostMatches(pattern, host))) {
        trusted.push(`http://${host}`, `https://${host}`);
      }
      return trusted;
    },
    advanced: {
      useSecureCookies: secureCookies,
      // Origin, CSRF and callbackURL checks in tests too (Better Auth skips them under NODE_ENV=test by default), so
      // the integration tests see what production does.
      disableOriginCheck: false,
      // The client's address behind the configured proxies, the same way CallPilot's own limits read it.
      ipAddress: betterAuthIpAddress(config),
    },
    plugins: [
      anonymous({
        emailDomainName: "anonymous.callpilot.local",
        // The guest's tasks, bookings, calendar and daily usage move to the account they signed up (or in) with.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await reassignUserData(anonymousUser.user.id, newUser.user.id);
        },
      }),
      admin({ defaultRole: "user", adminRoles: ["admin"] }),
      nextCookies(),
    ],
  });
}

function configuredHosts(config: AppConfig): string[] {
  const hosts = (config.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
  if (config.PUBLIC_BASE_URL) hosts.push(new URL(config.PUBLIC_BASE_URL).host);
  return hosts;
}

function hostMatches(pattern: string, host: string): boolean {
  const expression = new RegExp(
    `^${pattern.replace(/[.[\]]/g, (c) => `\\${c}`).replace(/\*/g, "[^/]*")}$`,
    "i",
  );
  return expression.test(host);
}

export type Auth = ReturnType<typeof createAuth>;

const authKey = Symbol.for("callpilot.auth");
type Holder = { [authKey]?: { secure?: Auth; plain?: Auth } };

/** Better Auth for this request's scheme; without headers (scripts), for the configured site's. */
export function getAuth(headers?: Headers): Auth {
  const config = getConfig();
  const holder = globalThis as Holder;
  const instances = (holder[authKey] ??= {});
  return reachedOverHttps(headers, config)
    ? (instances.secure ??= createAuth(config, true))
    : (instances.plain ??= createAuth(config, false));
}
