// The one place the Twilio SDK client is built: the account's credentials from config and, for tests and the
// benchmark only (TWILIO_API_BASE_URL), every REST request sent to a local stub of Twilio's API instead.
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import type { AppConfig } from "@/lib/config";
import { twilioRequestTimeoutMs as requestTimeoutMs } from "../dial-timing";

export type TwilioClient = twilio.Twilio;
export type TwilioRequestClient = twilio.RequestClient;

export type TwilioConfig = Pick<
  AppConfig,
  "TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN" | "TWILIO_PHONE_NUMBER" | "TWILIO_API_BASE_URL"
>;

export function createTwilioClient(
  config: TwilioConfig,
  options: { httpClient?: TwilioRequestClient } = {},
): TwilioClient {
  const httpClient =
    options.httpClient ??
    (config.TWILIO_API_BASE_URL
      ? new StubbedRequestClient(config.TWILIO_API_BASE_URL)
      : new twilio.RequestClient({ timeout: requestTimeoutMs, keepAlive: true }));
  return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, { httpClient });
}

/** The SDK's own HTTP client, with each request's Twilio origin replaced by the stub's address. */
class StubbedRequestClient extends twilio.RequestClient {
  constructor(private readonly stubBaseUrl: string) {
    super({ timeout: requestTimeoutMs });
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    return super.request<TData>({ ...options, uri: redirectToStub(options.uri, this.stubBaseUrl) });
  }
}

/** https://api.twilio.com/2010-04-01/... → <stub>/2010-04-01/... (a path prefix on the stub's address is kept). */
export function redirectToStub(uri: string, stubBaseUrl: string): string {
  const original = new URL(uri);
  const stub = new URL(stubBaseUrl);
  return `${stub.origin}${stub.pathname.replace(/\/$/, "")}${original.pathname}${original.search}`;
}
