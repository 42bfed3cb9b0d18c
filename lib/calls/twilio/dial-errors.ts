// Twilio's REST errors, read as a DialError: a sentence a person can act on, and whether trying again can help.
// Twilio creates no call when it answers with an error status, so those are safe to retry when transient; a
// request that timed out may have created one, so it is never retried (the business must not ring twice).
import { DialError } from "../dialer";

interface TwilioErrorShape {
  status?: number;
  code?: number | string;
  message?: string;
}

/** Twilio error codes (https://www.twilio.com/docs/api/errors) that mean this number or account cannot call. */
const permanentByCode: Record<number, string> = {
  21211: "The business's phone number is not a valid phone number.",
  21214: "The business's phone number cannot be reached by phone.",
  21215:
    "The Twilio account may not call this country: enable it in the account's Voice geographic permissions.",
  21216: "The Twilio account may not call this number (premium and special-rate numbers are blocked).",
  21217: "The business's phone number does not appear to be valid.",
  21210: "TWILIO_PHONE_NUMBER is not a number of this Twilio account, or not a verified caller ID.",
  21212: "TWILIO_PHONE_NUMBER is not a valid caller number for this Twilio account.",
  21213: "TWILIO_PHONE_NUMBER is missing or not a valid caller number.",
  21219:
    "The number is not verified: a Twilio trial account may only call verified numbers (verify it, or upgrade the account).",
  13227:
    "The Twilio account may not call this country: enable it in the account's Voice geographic permissions.",
  20003: "Twilio refused the credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.",
  20005: "The Twilio account is suspended or closed.",
  20404: "Twilio does not know this account: check TWILIO_ACCOUNT_SID.",
};

// The request never reached Twilio: nothing was created, so trying again is safe.
const networkErrorCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// The request may have reached Twilio and created the call before the answer was lost.
const timeoutErrorCodes = new Set(["ECONNABORTED", "ETIMEDOUT", "ECONNRESET", "ERR_CANCELED"]);

export function toDialError(error: unknown): DialError {
  if (error instanceof DialError) return error;
  const failure = (error ?? {}) as TwilioErrorShape & { code?: unknown };
  const code = typeof failure.code === "number" ? failure.code : Number(failure.code);
  const status = typeof failure.status === "number" ? failure.status : undefined;

  if (status !== undefined) {
    if (Number.isFinite(code) && permanentByCode[code]) {
      return new DialError("permanent", permanentByCode[code], { cause: error });
    }
    if (status === 429 || code === 20429) {
      return new DialError("transient", "Twilio is limiting how fast calls may start (HTTP 429).", {
        cause: error,
      });
    }
    if (status >= 500) {
      return new DialError("transient", `Twilio had a temporary problem (HTTP ${status}).`, { cause: error });
    }
    if (status === 401 || status === 403) {
      return new DialError("permanent", permanentByCode[20003], { cause: error });
    }
    const detail = failure.message ? `: ${failure.message.replace(/\.?$/, ".")}` : ".";
    const reference = Number.isFinite(code) ? ` (Twilio error ${code})` : "";
    return new DialError("permanent", `Twilio refused the call${reference}${detail}`, { cause: error });
  }

  const networkCode = typeof failure.code === "string" ? failure.code : "";
  if (networkErrorCodes.has(networkCode)) {
    return new DialError("transient", "Twilio's API could not be reached.", {
      cause: error,
    });
  }
  if (timeoutErrorCodes.has(networkCode)) {
    return new DialError(
      "permanent",
      "Twilio did not answer in time. The call was not tried again, so the business is never rung twice.",
      { cause: error },
    );
  }
  return new DialError("permanent", "The call could not be placed through Twilio.", { cause: error });
}
