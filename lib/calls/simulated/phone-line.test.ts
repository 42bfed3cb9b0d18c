import { describe, expect, test } from "vitest";
import type { Provider } from "@/db/providers";
import type { CallBrief } from "@/lib/calls/call-brief";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { demoProvider } from "@/tests/support/demo-provider";
import type { SimulationProfile } from "@/lib/providers/simulation-profile";
import { runSimulatedConversation, type SimulationIO } from "./simulated-call-script";
import { phoneLineOf } from "./phone-line";

const now = new Date("2026-11-26T15:00:00Z");

const provider = (id: string, profile: SimulationProfile): Provider =>
  demoProvider(id, { simulationProfile: profile });

function brief(business: Provider): CallBrief {
  return {
    callId: "call_test",
    bookingId: "bkg_test",
    purpose: "inquiry",
    mode: "auto",
    business: { id: business.id, name: business.name, phone: business.phone!, timeZone: business.timeZone },
    personName: "Sam Lee",
    serviceType: "dentist",
    serviceLabel: "dentist",
    window: { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" },
    timeOfDay: null,
    windowsText: "Mon 30 Nov – Sun 6 Dec",
    partySize: null,
    notes: null,
    targetSlot: null,
    targetSlotText: null,
    recorded: false,
  };
}

/** Runs a call that ends as soon as the receptionist says she does not book by phone; returns its lines. */
async function linesOf(
  business: Provider,
  language: CallBrief["language"] = undefined,
): Promise<{ role: string; text: string }[]> {
  const lines: { role: string; text: string }[] = [];
  const io = {
    pause: async () => undefined,
    status: async () => undefined,
    say: async (role: string, text: string) => {
      lines.push({ role, text });
    },
    checkAvailability: async () => ({ code: "unavailable", say: "", slot: null }),
    requestBooking: async () => ({ code: "declined", say: "", slot: null }),
    askPerson: async () => ({ code: "unanswered", answer: null }),
    finish: async () => undefined,
  } as unknown as SimulationIO;
  await runSimulatedConversation({ ...brief(business), language }, business, io, now);
  return lines;
}

describe("what stands between a simulated call and the receptionist", () => {
  test("is the same for a business every time, and varies across the demo directory", () => {
    const lines = demoDirectory.map((p) => phoneLineOf(p));
    expect(demoDirectory.map((p) => phoneLineOf(p))).toEqual(lines);
    const menus = lines.filter((line) => line.menu).length;
    const holds = lines.filter((line) => line.asksToHold).length;
    expect(menus).toBeGreaterThan(demoDirectory.length / 5);
    expect(menus).toBeLessThan(demoDirectory.length / 2);
    expect(holds).toBeGreaterThan(demoDirectory.length / 8);
    expect(holds).toBeLessThan(demoDirectory.length / 2);
  });

  test("the appointments key of the menus is not always the same", () => {
    const keys = new Set(
      demoDirectory
        .map((p) => phoneLineOf(p).menu)
        .filter((menu): menu is string => menu !== null)
        .map((menu) => /For appointments, press (\d)/.exec(menu)![1]),
    );
    expect([...keys].sort()).toEqual(["1", "2", "3", "4"]);
  });

  test("a menu is answered with its appointments key (4 here), shown in the transcript, before the receptionist picks up", async () => {
    const business = provider("dentist-cambridge-ma-1", "no_phone_booking");
    expect(phoneLineOf(business).menu).toContain("For appointments, press 4.");
    const lines = await linesOf(business);
    expect(lines[0]).toEqual({ role: "business", text: phoneLineOf(business).menu });
    expect(lines[1]).toEqual({ role: "system", text: "Phone menu: pressed 4 for appointments." });
    expect(lines[2].text).toMatch(/^Harvard Square Dental Associates, good morning, how can I help\?$/);
  });

  test.each([
    [
      "es",
      "Gracias por llamar a Harvard Square Dental Associates.",
      "Para pedir cita, pulse 4.",
      "pedir cita",
    ],
    [
      "fr",
      "Merci d'avoir appelé Harvard Square Dental Associates.",
      "Pour prendre rendez-vous, tapez 4.",
      "prendre rendez-vous",
    ],
    [
      "de",
      "Willkommen bei Harvard Square Dental Associates.",
      "Für Terminvereinbarungen drücken Sie die 4.",
      "terminvereinbarungen",
    ],
  ] as const)(
    "a business called in %s records its menu in that language, and the agent presses the same key",
    async (language, welcome, appointments, option) => {
      const business = provider("dentist-cambridge-ma-1", "no_phone_booking");
      const menu = phoneLineOf(business, language).menu!;
      expect(menu.startsWith(welcome)).toBe(true);
      expect(menu).toContain(appointments);
      const lines = await linesOf(business, language);
      expect(lines[0]).toEqual({ role: "business", text: menu });
      expect(lines[1]).toEqual({ role: "system", text: `Phone menu: pressed 4 for ${option}.` });
    },
  );

  test("a receptionist who asks the caller to hold gets a quiet wait, then the call carries on", async () => {
    const business = provider("dentist-cambridge-ma-2", "no_phone_booking");
    expect(phoneLineOf(business)).toEqual({ menu: null, asksToHold: true });
    const texts = (await linesOf(business)).map((line) => `${line.role}: ${line.text}`);
    const hold = texts.indexOf("business: Could you hold for just a moment, please?");
    expect(hold).toBe(2);
    expect(texts.slice(hold + 1, hold + 3)).toEqual([
      "agent: Of course.",
      "business: Thanks for holding. Now, let me see what we have.",
    ]);
    expect(texts.at(-1)).toMatch(/^agent: Understood/);
  });

  test("voicemail plays no menu and no hold: the machine answers", async () => {
    const lines = await linesOf(provider("dentist-cambridge-ma-1", "voicemail"));
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toContain("leave a message");
  });
});
