// The foundation's browser journey again, with every call placed through Twilio — the real SDK against the local
// stub of Twilio's REST API, whose receptionists answer each call by fetching CallPilot's TwiML and posting signed
// speech results and status callbacks to it, as Twilio would.
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { profileReceptionist } from "../support/twilio-profile-receptionist";
import { deliverOverHttp, playCall, type PlayedCall } from "../support/twilio-receptionist";
import { startTwilioStub, type TwilioStub } from "../support/twilio-stub";
import { openBrowser, type BrowserSession } from "./support/browser";
import { runBookingJourney } from "./support/journey";
import { verifiedPerson } from "./support/verified-person";
import { freePort, startApp, type RunningApp } from "./support/server";

const accountSid = "AC00000000000000000000000000e2e001";
const authToken = "e2e-twilio-auth-token";

let stub: TwilioStub;
let app: RunningApp;
let session: BrowserSession;
const plays: Promise<PlayedCall>[] = [];

/** "next week, mornings" in Cambridge MA, as the receptionists would say times in it. */
function offersForNextWeek() {
  const monday = DateTime.now().setZone("America/New_York").startOf("week").plus({ weeks: 1 });
  const say = (day: DateTime) => day.toFormat("cccc, LLLL d 'at' h:mm a");
  return {
    inside: [
      say(monday.plus({ days: 1 }).set({ hour: 9, minute: 30 })),
      say(monday.plus({ days: 2 }).set({ hour: 10, minute: 0 })),
    ],
    farAway: say(monday.plus({ weeks: 5, days: 1 }).set({ hour: 10, minute: 0 })),
  };
}

beforeAll(async () => {
  const offers = offersForNextWeek();
  stub = await startTwilioStub({
    accountSid,
    authToken,
    onCallCreated: (call) => {
      const business = demoDirectory.find((provider) => provider.phone === call.to);
      const script = profileReceptionist(business?.simulationProfile ?? "busy", offers);
      plays.push(playCall(call, script, { authToken, deliver: deliverOverHttp, pauseMs: 250 }));
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
    },
  });
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await Promise.allSettled(plays);
  await app?.stop();
  await stub?.close();
});

describe("booking journey with Twilio calls", () => {
  it("five calls through Twilio's scripted conversation end with exactly one booked appointment", async () => {
    const { pageErrors, bookedProvider } = await runBookingJourney(app, session, {
      screenshot: "booking-page-twilio.png",
      person: await verifiedPerson(app),
    });
    expect(pageErrors).toEqual([]);

    // Twilio was asked for five calls, each from our number with our TwiML URL, and every one was played out.
    expect(stub.calls).toHaveLength(5);
    for (const call of stub.calls) {
      expect(call.from).toBe("+16175550000");
      expect(call.url).toBe(`${app.baseUrl}/api/twilio/voice`);
    }
    const played = await Promise.all(plays);
    const booked = played.filter((call) => /booked for .+ Goodbye!$/.test(call.lines.at(-1) ?? ""));
    expect(booked).toHaveLength(1);
    const bookedCall = stub.calls[played.indexOf(booked[0])];
    expect(demoDirectory.find((provider) => provider.phone === bookedCall.to)?.name).toBe(bookedProvider);
  });
});
