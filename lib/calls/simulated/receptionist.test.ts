import { describe, expect, test } from "vitest";
import type { Provider } from "@/db/providers";
import { demoProvider } from "@/tests/support/demo-provider";
import { isOpenThroughout } from "@/lib/providers/opening-hours";
import { simulationProfiles } from "@/lib/providers/simulation-profile";
import { behaviourOf, earliestFreeSlot, isFree, type SlotRequest } from "./receptionist";

// Thursday 26 November 2026, 10:00 in Boston.
const now = new Date("2026-11-26T15:00:00Z");
const day = 86_400_000;

const harvardDental = demoProvider("dentist-cambridge-ma-1"); // accepts, Mon–Fri 08:00–17:00 Boston
const gramercy = demoProvider("dentist-new-york-ny-2"); // far_future
const exmouth = demoProvider("restaurant-london-uk-1"); // accepts, Tue–Sun 11:30–14:30 and 17:30–22:00 London

const nextWeek = { from: new Date("2026-11-30T05:00:00Z"), to: new Date("2026-12-07T05:00:00Z") };

/** The first `count` slots a receptionist would offer one after another on the same call. */
function offers(provider: Provider, request: Omit<SlotRequest, "exclude">, count: number, at = now): Date[] {
  const exclude = new Set<number>();
  const found: Date[] = [];
  for (let i = 0; i < count; i++) {
    const start = earliestFreeSlot(provider, { ...request, exclude }, at);
    if (!start) break;
    exclude.add(start.getTime());
    found.push(start);
  }
  return found;
}

describe("behaviourOf", () => {
  test("a demo business behaves as its profile says", () => {
    expect(behaviourOf(harvardDental)).toBe("accepts");
    expect(behaviourOf(gramercy)).toBe("far_future");
  });

  test("a business without a profile gets one derived from its id, the same every time", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `admin-added-${i}`);
    const first = ids.map((id) => behaviourOf({ id, simulationProfile: null }));
    const second = ids.map((id) => behaviourOf({ id, simulationProfile: null }));
    expect(second).toEqual(first);
    for (const behaviour of first) expect(simulationProfiles).toContain(behaviour);
    // Derived behaviours vary between businesses rather than all being the same.
    expect(new Set(first).size).toBeGreaterThan(3);
  });
});

describe("the simulated calendar is deterministic", () => {
  test("the same business and slot always give the same answer", () => {
    const starts = Array.from({ length: 100 }, (_, i) => new Date(nextWeek.from.getTime() + i * 30 * 60_000));
    const first = starts.map((start) => isFree(harvardDental, start, 60, now));
    const second = starts.map((start) => isFree(demoProvider("dentist-cambridge-ma-1"), start, 60, now));
    expect(second).toEqual(first);
    // Some slots are free and some are not.
    expect(first).toContain(true);
    expect(first).toContain(false);
  });

  test("the free slots are the same on every run (pinned)", () => {
    expect(
      offers(harvardDental, { ...nextWeek, durationMinutes: 60 }, 5).map((d) => d.toISOString()),
    ).toEqual([
      "2026-11-30T13:00:00.000Z",
      "2026-11-30T14:30:00.000Z",
      "2026-11-30T18:00:00.000Z",
      "2026-11-30T19:30:00.000Z",
      "2026-12-01T17:30:00.000Z",
    ]);
  });

  test("different businesses have different calendars", () => {
    const other = demoProvider("dentist-cambridge-ma-1", { id: "dentist-cambridge-ma-1-copy" });
    const mine = offers(harvardDental, { ...nextWeek, durationMinutes: 60 }, 5).map((d) => d.getTime());
    const theirs = offers(other, { ...nextWeek, durationMinutes: 60 }, 5).map((d) => d.getTime());
    expect(theirs).not.toEqual(mine);
  });
});

describe("earliestFreeSlot", () => {
  test("offers slots in order, never the same one twice, never in the past", () => {
    const found = offers(
      harvardDental,
      { from: new Date(now.getTime() - 7 * day), to: nextWeek.to, durationMinutes: 60 },
      20,
    );
    expect(found.length).toBe(20);
    for (let i = 1; i < found.length; i++) expect(found[i].getTime()).toBeGreaterThan(found[i - 1].getTime());
    for (const start of found) expect(start.getTime()).toBeGreaterThan(now.getTime());
  });

  test("only offers slots that lie wholly inside the opening hours, on the half-hour", () => {
    for (const [provider, duration] of [
      [harvardDental, 60],
      [exmouth, 90],
    ] as const) {
      const found = offers(
        provider,
        { from: nextWeek.from, to: new Date(nextWeek.from.getTime() + 14 * day), durationMinutes: duration },
        20,
      );
      expect(found).toHaveLength(20);
      for (const start of found) {
        const slot = { start, end: new Date(start.getTime() + duration * 60_000) };
        expect(isOpenThroughout(provider.openingHours, provider.timeZone, slot)).toBe(true);
        expect(start.getUTCMinutes() % 30).toBe(0);
      }
    }
  });

  test("never offers a restaurant slot that runs through its afternoon closure", () => {
    // Lunch closes at 14:30 London time: a 90-minute slot may start at 13:00 at the latest.
    const found = offers(
      exmouth,
      { from: nextWeek.from, to: new Date(nextWeek.from.getTime() + 14 * day), durationMinutes: 90 },
      25,
    );
    expect(found).toHaveLength(25);
    for (const start of found) {
      const minutes = start.getUTCHours() * 60 + start.getUTCMinutes(); // London is on UTC in winter
      expect(minutes <= 13 * 60 || minutes >= 17 * 60 + 30).toBe(true);
    }
  });

  test("a slot that runs past closing time is not free", () => {
    // Wednesday 2 December, 16:30–17:30 Boston: the practice closes at 17:00.
    expect(isFree(harvardDental, new Date("2026-12-02T21:30:00Z"), 60, now)).toBe(false);
  });

  test("finds nothing in a window when the business is closed throughout", () => {
    // Saturday and Sunday 5–6 December, Boston.
    const weekend = { from: new Date("2026-12-05T05:00:00Z"), to: new Date("2026-12-07T05:00:00Z") };
    expect(
      earliestFreeSlot(harvardDental, { ...weekend, durationMinutes: 60, exclude: new Set() }, now),
    ).toBeNull();
  });

  test("honours the accept predicate, and the predicate changes what is offered", () => {
    const afternoonsOnly = (start: Date) =>
      start.getTime() % (60 * 60_000) !== 0 && start.getUTCHours() >= 18;
    const accepted = offers(harvardDental, { ...nextWeek, durationMinutes: 60, accept: afternoonsOnly }, 10);
    expect(accepted.length).toBeGreaterThan(0);
    for (const start of accepted) expect(afternoonsOnly(start)).toBe(true);
    const unrestricted = offers(harvardDental, { ...nextWeek, durationMinutes: 60 }, 1);
    expect(accepted[0].getTime()).not.toBe(unrestricted[0].getTime());
  });

  test("an accept predicate that accepts nothing yields nothing", () => {
    expect(
      earliestFreeSlot(
        harvardDental,
        { ...nextWeek, durationMinutes: 60, exclude: new Set(), accept: () => false },
        now,
      ),
    ).toBeNull();
  });
});

describe("a far_future receptionist", () => {
  test("never offers anything sooner than 21 days from now", () => {
    const horizon = new Date(now.getTime() + 60 * day);
    const found = offers(gramercy, { from: now, to: horizon, durationMinutes: 60 }, 15);
    expect(found).toHaveLength(15);
    for (const start of found) expect(start.getTime()).toBeGreaterThanOrEqual(now.getTime() + 21 * day);
  });

  test("has no free slot at all in the next three weeks", () => {
    for (let t = now.getTime(); t < now.getTime() + 21 * day; t += 30 * 60_000) {
      expect(isFree(gramercy, new Date(t), 60, now)).toBe(false);
    }
  });

  test("finds nothing inside next week's window", () => {
    expect(
      earliestFreeSlot(gramercy, { ...nextWeek, durationMinutes: 60, exclude: new Set() }, now),
    ).toBeNull();
  });

  test("counts the 21 days from the call's own now", () => {
    const later = new Date(now.getTime() - 30 * day);
    // Seen from a month earlier, next week is already more than 21 days away, so it may have free slots.
    const found = offers(gramercy, { ...nextWeek, durationMinutes: 60 }, 1, later);
    expect(found).toHaveLength(1);
    expect(found[0].getTime()).toBeGreaterThanOrEqual(nextWeek.from.getTime());
  });
});
