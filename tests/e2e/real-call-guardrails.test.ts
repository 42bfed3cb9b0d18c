// The guardrails on real calls, in a browser: with Twilio configured (its API stubbed locally, so the dialer is real),
// a guest who asks CallPilot to call is refused and offered sign-up; after signing up their request is still there,
// the verification email (caught by a real local SMTP server) verifies them, they consent, and only then are calls
// placed. Until then the booking endpoint answers 403 and queues nothing.
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentMessage, verifyEmailMessage } from "@/lib/guardrails/real-call-gate";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { profileReceptionist } from "../support/twilio-profile-receptionist";
import { deliverOverHttp, playCall, type PlayedCall } from "../support/twilio-receptionist";
import { startTwilioStub, type TwilioStub } from "../support/twilio-stub";
import { openBrowser, type BrowserSession } from "./support/browser";
import { freePort, startApp, type RunningApp } from "./support/server";

const accountSid = "AC00000000000000000000000000e2e007";
const authToken = "e2e-guardrails-auth-token";
const email = "grace.hopper@example.com";
const swarmSize = 3;
/** How long a UI step may take to show up (expect.poll's own default is one second). */
const uiWait = { timeout: 15_000 };
const endedCallStatuses = ["completed", "no_answer", "busy", "voicemail", "failed", "canceled"];

let smtp: SmtpCapture;
let stub: TwilioStub;
let app: RunningApp;
let session: BrowserSession;
const plays: Promise<PlayedCall>[] = [];

/** "next week, mornings" in Cambridge MA, as the receptionists would say times in it. */
function offersForNextWeek() {
  const monday = DateTime.now().setZone("America/New_York").startOf("week").plus({ weeks: 1 });
  const say = (day: DateTime) => day.toFormat("cccc, LLLL d 'at' h:mm a");
  return {
    inside: [say(monday.plus({ days: 1 }).set({ hour: 9, minute: 30 }))],
    farAway: say(monday.plus({ weeks: 5, days: 1 }).set({ hour: 10, minute: 0 })),
  };
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  stub = await startTwilioStub({
    accountSid,
    authToken,
    onCallCreated: (call) => {
      const business = demoDirectory.find((provider) => provider.phone === call.to);
      const script = profileReceptionist(business?.simulationProfile ?? "busy", offersForNextWeek());
      plays.push(playCall(call, script, { authToken, deliver: deliverOverHttp, pauseMs: 100 }));
    },
  });
  const port = await freePort();
  app = await startApp({
    port,
    env: {
      TWILIO_ACCOUNT_SID: accountSid,
      TWILIO_AUTH_TOKEN: authToken,
      TWILIO_PHONE_NUMBER: "+16175550000",
      TWILIO_API_BASE_URL: stub.baseUrl,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: smtp.url,
      RATE_LIMITS: "off",
    },
  });
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await Promise.allSettled(plays);
  await app?.stop();
  await stub?.close();
  await smtp?.close();
});

describe("real calls need a verified, consenting account", () => {
  it("a guest signs up, verifies through the emailed link, consents, and only then are the calls placed", async () => {
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // A guest describes what they need.
    await page.goto(`${app.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
    const taskUrl = page.url();
    const taskId = taskUrl.split("/").at(-1)!;
    await expect.poll(() => page.getByTestId("session-state").textContent(), uiWait).toContain("Guest");
    await page.getByTestId("chat-input").fill("I need a dentist in Cambridge MA next week, mornings");
    await page.getByTestId("chat-send").click();
    await expect
      .poll(() => page.getByTestId("task-status").getAttribute("data-status"), uiWait)
      .toBe("ready_to_call");

    // Calling as a guest is refused with the exact sentence; the panel says so and offers sign-up right there.
    await page.getByTestId("swarm-size").fill(String(swarmSize));
    // The button's server action runs the same checks as POST /api/booking/request (asked directly further down).
    await page.getByTestId("call-providers").click();
    await expect
      .poll(() => page.getByTestId("call-providers-error").innerText(), uiWait)
      .toBe(verifyEmailMessage.text);
    await page.getByTestId("sign-up-offer").waitFor();
    expect(page.url()).toBe(taskUrl);
    expect(await requestBooking(page, taskId)).toEqual({
      status: 403,
      body: { error: verifyEmailMessage.text },
    });

    // Sign up from the offer; the request comes along to the new account.
    await page.getByTestId("gate-sign-up").click();
    await page.waitForURL(/\/sign-up\?next=/);
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByTestId("auth-email").fill(email);
    await page.getByTestId("auth-password").fill("correct horse battery");
    await page.getByTestId("auth-submit").click();
    await page.waitForURL(taskUrl, { timeout: 20_000 });
    await expect.poll(() => page.getByTestId("session-state").textContent(), uiWait).toContain(email);
    await expect.poll(() => page.getByTestId("summary-service-type").inputValue(), uiWait).toBe("dentist");
    await page.getByTestId("verify-email-note").waitFor(uiWait);
    expect(await page.getByTestId("call-providers").isDisabled()).toBe(true);

    // Signed up but not verified: the API still refuses with the same sentence, and nothing was queued.
    const unverified = await requestBooking(page, taskId);
    expect(unverified).toEqual({ status: 403, body: { error: verifyEmailMessage.text } });
    expect(stub.createRequests()).toBe(0);
    expect(await bookingOfTask(page, taskId)).toBeNull();

    // The verification email was sent through SMTP to the address; its link returns the person to their request.
    const mail = await smtp.nextMailTo(email);
    expect(mail.subject).toBe("Verify your email for CallPilot");
    const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const verifyUrl = new URL(link!);
    expect(verifyUrl.origin).toBe(app.baseUrl);
    expect(verifyUrl.pathname).toBe("/api/auth/verify-email");
    expect(verifyUrl.searchParams.get("callbackURL")).toBe(`/chat/${taskId}`);
    expect(mail.html).toContain(verifyUrl.searchParams.get("token")!);
    await page.goto(link!);
    await page.waitForURL(taskUrl, { timeout: 20_000 });

    // Verified: consent is the one step left, and the API says exactly that until it is given.
    await page.getByTestId("consent-form").waitFor(uiWait);
    expect(await page.getByTestId("verify-email-note").count()).toBe(0);
    expect(await requestBooking(page, taskId)).toEqual({ status: 403, body: { error: consentMessage.text } });
    expect(stub.createRequests()).toBe(0);
    expect(await page.getByTestId("call-providers").isDisabled()).toBe(true);
    await page.getByTestId("consent-checkbox").check();
    await page.getByTestId("consent-agree").click();
    await page.getByTestId("consent-form").waitFor({ state: "detached", ...uiWait });
    await expect.poll(() => page.getByTestId("call-providers").isEnabled(), uiWait).toBe(true);

    // Now the booking goes through: Twilio is asked for every call, and the live page follows them.
    await page.getByTestId("swarm-size").fill(String(swarmSize));
    await page.getByTestId("call-providers").click();
    await page.waitForURL(/\/booking\/bkg_[\w-]+$/, { timeout: 20_000 });
    await expect.poll(() => stub.calls.length, uiWait).toBe(swarmSize);
    for (const call of stub.calls) {
      expect(call.from).toBe("+16175550000");
      expect(call.url).toBe(`${app.baseUrl}/api/twilio/voice`);
    }
    const calledNames = stub.calls.map((call) => demoDirectory.find((p) => p.phone === call.to)?.name).sort();
    const cards = page.getByTestId("provider-card");
    await expect.poll(() => cards.count(), uiWait).toBe(swarmSize);
    const cardNames = await cards.evaluateAll((all) =>
      all.map((card) => card.getAttribute("data-provider-name")),
    );
    expect(cardNames.sort()).toEqual(calledNames);
    await expect
      .poll(
        () => cards.evaluateAll((all) => all.map((card) => card.getAttribute("data-call-status") ?? "")),
        {
          timeout: 90_000,
          interval: 250,
        },
      )
      .toSatisfy((statuses: string[]) => statuses.every((status) => endedCallStatuses.includes(status)));

    // The account page shows the verified email and the consent that was given.
    await page.goto(`${app.baseUrl}/account`);
    await expect
      .poll(() => page.getByTestId("email-verified").getAttribute("data-verified"), uiWait)
      .toBe("true");
    expect(await page.getByTestId("consent-given").innerText()).toMatch(/You agreed on .+ \(text version /);
    expect(smtp.messages).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});

/** POST /api/booking/request with the page's own session cookie, as the Call button does. */
async function requestBooking(page: Page, taskId: string): Promise<{ status: number; body: unknown }> {
  const response = await page.request.post(`${app.baseUrl}/api/booking/request`, {
    data: { task_id: taskId, preferences: { swarm_size: swarmSize, mode: "auto" } },
  });
  return { status: response.status(), body: await response.json() };
}

async function bookingOfTask(page: Page, taskId: string): Promise<string | null> {
  const response = await page.request.get(`${app.baseUrl}/api/task/${taskId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { booking_id: string | null }).booking_id;
}
