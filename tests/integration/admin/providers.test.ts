// Provider management through the admin routes: list and search, add, edit, disable and enable — validated,
// refusing duplicates, audited — and a disabled provider is never selected for a booking.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne, PATCH as patchOne } from "@/app/api/admin/providers/[id]/route";
import { GET as list, POST as create } from "@/app/api/admin/providers/route";
import { listAuditEntriesForTargets } from "@/db/audit-log";
import { listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { providers } from "@/db/schema";
import { getProvider, listCallableProviders, seedDemoDirectory } from "@/db/providers";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import type { Dialer } from "@/lib/calls/dialer";
import { getConfig } from "@/lib/config";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { jsonRequest, params } from "../helpers";
import { callingBooking, clock, userIdOf } from "./admin-fixtures";
import { createSessions, type Sessions } from "./admin-sessions";

let sessions: Sessions;
// The queued calls a test makes are dialed only by the dispatch passes it runs itself.
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
});

const newProvider = {
  name: "Quincy Smiles",
  service_type: "dentist",
  phone: "(508) 555-0171",
  address: "100 Hancock St, Quincy, MA 02171",
  city: "Quincy",
  country: "US",
  opening_hours: "mon-thu 08:00-16:00",
  rating: 4.2,
};

const createAsAdmin = (body: unknown) =>
  create(jsonRequest("/api/admin/providers", { method: "POST", cookie: sessions.admin, body }), {});
const patchAsAdmin = (id: string, body: unknown) =>
  patchOne(
    jsonRequest(`/api/admin/providers/${id}`, { method: "PATCH", cookie: sessions.admin, body }),
    params({ id }),
  );

describe("managing providers", () => {
  it("adds a valid provider, normalised and located, and records who added it", async () => {
    const response = await createAsAdmin(newProvider);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      name: "Quincy Smiles",
      phone: "+15085550171",
      source: "admin",
      time_zone: "America/New_York",
      opening_hours_text: "mon-thu 08:00-16:00",
      disabled: false,
    });
    const [entry] = await listAuditEntriesForTargets([body.id]);
    expect(entry).toMatchObject({ action: "provider.create", actorEmail: sessions.adminEmail });
    expect((await listCallableProviders("dentist")).map((p) => p.id)).toContain(body.id);
  });

  it("refuses an invalid provider with every wrong field named, and a duplicate with the provider it copies", async () => {
    const invalid = await createAsAdmin({
      ...newProvider,
      phone: "555",
      time_zone: "Nowhere/City",
      opening_hours: "",
    });
    expect(invalid.status).toBe(400);
    const body = await invalid.json();
    expect(body.error).toMatch(/^The provider is not valid: /);
    expect(body.fields.map((f: { column: string }) => f.column)).toEqual([
      "phone",
      "time_zone",
      "opening_hours",
    ]);

    const existing = (await getProvider("dentist-boston-ma-1"))!;
    const duplicate = await createAsAdmin({ ...newProvider, name: "Another", phone: existing.phone });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error).toBe(
      `This provider has the same phone number as ${existing.name} (${existing.id}).`,
    );
    const unknownField = await createAsAdmin({ ...newProvider, colour: "red" });
    expect(unknownField.status).toBe(400);
  });

  it("edits fields, audits what changed from what to what, and relocates a provider whose city changed", async () => {
    const { id } = await (
      await createAsAdmin({ ...newProvider, name: "Edit Me", phone: "(508) 555-0172", address: "1 Edit St" })
    ).json();
    const response = await patchAsAdmin(id, {
      name: "Edited",
      city: "London",
      country: "GB",
      phone: "+44 20 7946 0172",
    });
    expect(response.status).toBe(200);
    const edited = await response.json();
    expect(edited).toMatchObject({
      name: "Edited",
      city: "London",
      time_zone: "Europe/London",
      phone: "+442079460172",
    });
    expect(edited.latitude).toBeCloseTo(51.5, 0);
    const [entry] = await listAuditEntriesForTargets([id]);
    expect(entry.action).toBe("provider.update");
    expect(entry.details).toMatchObject({
      changes: {
        name: { from: "Edit Me", to: "Edited" },
        timeZone: { from: "America/New_York", to: "Europe/London" },
      },
    });
    expect(Object.keys(entry.details.changes as object)).not.toContain("rating");

    const bad = await patchAsAdmin(id, { opening_hours: "mon 10:00-09:00" });
    expect(bad.status).toBe(400);
    expect((await getProvider(id))?.name).toBe("Edited");
  });

  it("refuses an edit that copies another business, but edits an entry that already shared its number", async () => {
    const copy = await (
      await createAsAdmin({
        ...newProvider,
        name: "Copy Target",
        phone: "(508) 555-0174",
        address: "4 Copy St",
      })
    ).json();
    const other = (await getProvider("dentist-boston-ma-2"))!;
    const clash = await patchAsAdmin(copy.id, { phone: other.phone });
    expect(clash.status).toBe(409);
    expect((await clash.json()).error).toContain(other.id);

    // A discovered business with the same number as a directory entry (the directory's copy is the one called).
    await getDb()
      .insert(providers)
      .values({
        ...(await getProvider("dentist-boston-ma-3"))!,
        id: "google-copy",
        source: "google",
        externalRef: "place-1",
      });
    const rated = await patchAsAdmin("dentist-boston-ma-3", { rating: 4.9 });
    expect(rated.status).toBe(200);
    expect((await rated.json()).rating).toBe(4.9);
  });

  it("disables a provider — never callable again — and enables it, each audited once", async () => {
    const id = "dentist-newton-ma-1";
    const disabled = await patchAsAdmin(id, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await disabled.json()).disabled).toBe(true);
    expect((await listCallableProviders("dentist")).map((p) => p.id)).not.toContain(id);
    await patchAsAdmin(id, { disabled: true });

    const enabled = await patchAsAdmin(id, { disabled: false });
    expect((await enabled.json()).disabled).toBe(false);
    expect((await listCallableProviders("dentist")).map((p) => p.id)).toContain(id);
    expect((await listAuditEntriesForTargets([id])).map((e) => e.action)).toEqual([
      "provider.enable",
      "provider.disable",
    ]);
  });

  it("a provider disabled while its call waits in the queue is never dialed", async () => {
    const { bookingId, queued } = await callingBooking(await userIdOf(sessions.userEmail));
    const target = (await listCallsForBooking(bookingId)).find((c) => c.id === queued[0])!;
    await patchAsAdmin(target.providerId, { disabled: true });
    const dialed: string[] = [];
    const dialer: Dialer = {
      name: "twilio",
      callsRealPhones: false,
      placeCall: async (request) => {
        dialed.push(request.brief.business.id);
        return { externalId: `ext_${dialed.length}` };
      },
      wasPlaced: async () => "not_placed",
    };
    await runDispatchPass({ dialer, clock, config: { ...getConfig(), SIM_RESPECT_OPENING_HOURS: false } });
    expect(dialed).not.toContain(target.providerId);
    expect(dialed).toHaveLength(1);
    const after = (await listCallsForBooking(bookingId)).find((c) => c.id === queued[0])!;
    expect(after).toMatchObject({
      status: "failed",
      failureReason: "This business is disabled or has no phone number.",
    });
    await patchAsAdmin(target.providerId, { disabled: false });
  });

  it("lists providers a page at a time, searched by name, city, address or phone, and filtered by state", async () => {
    await patchAsAdmin("barber-chicago-il-1", { disabled: true });
    const read = async (query: string) =>
      (await list(jsonRequest(`/api/admin/providers?${query}`, { cookie: sessions.admin }), {})).json();
    const chicago = await read("search=chicago&service_type=barber");
    expect(chicago.providers.length).toBeGreaterThan(0);
    expect(
      chicago.providers.every(
        (p: { city: string; service_type: string }) => p.city === "Chicago" && p.service_type === "barber",
      ),
    ).toBe(true);
    const disabledOnly = await read("status=disabled");
    expect(disabledOnly.providers.map((p: { id: string }) => p.id)).toContain("barber-chicago-il-1");
    expect(disabledOnly.providers.every((p: { disabled: boolean }) => p.disabled)).toBe(true);
    const all = await read("");
    expect(all.providers).toHaveLength(50);
    expect(all.page_count).toBeGreaterThan(1);
    const byPhone = await read(`search=${encodeURIComponent("+15085550171")}`);
    expect(byPhone.providers.map((p: { name: string }) => p.name)).toEqual(["Quincy Smiles"]);
    expect(
      (await list(jsonRequest("/api/admin/providers?page=0", { cookie: sessions.admin }), {})).status,
    ).toBe(400);
  });

  it("sets the language calls to a provider are made in, or clears it to follow the country; refuses others", async () => {
    const id = "dentist-new-york-ny-2";
    expect(
      (
        await (
          await getOne(jsonRequest(`/api/admin/providers/${id}`, { cookie: sessions.admin }), params({ id }))
        ).json()
      ).call_language,
    ).toBe("en");
    const spanish = await patchAsAdmin(id, { language: "es" });
    expect(spanish.status).toBe(200);
    expect(await spanish.json()).toMatchObject({ language: "es", call_language: "es" });
    expect((await getProvider(id))!.language).toBe("es");
    const [audit] = (await listAuditEntriesForTargets([id])).filter((e) => e.action === "provider.update");
    expect(audit.details).toMatchObject({ changes: { language: { from: "en", to: "es" } } });

    const refused = await patchAsAdmin(id, { language: "klingon" });
    expect(refused.status).toBe(400);
    expect((await refused.json()).fields).toEqual([
      { column: "language", message: "must be one of en, es, fr, de, or empty to follow the country" },
    ]);

    const cleared = await patchAsAdmin(id, { language: "" });
    expect(await cleared.json()).toMatchObject({ language: null, call_language: "en" });
  });

  it("answers 404 for a provider that does not exist", async () => {
    const response = await getOne(
      jsonRequest("/api/admin/providers/nope", { cookie: sessions.admin }),
      params({ id: "nope" }),
    );
    expect(response.status).toBe(404);
  });
});
