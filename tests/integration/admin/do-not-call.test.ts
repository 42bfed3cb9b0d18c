// The do-not-call list through its admin routes: numbers in any format are listed as E.164, listed once, removed,
// and every change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as remove } from "@/app/api/admin/do-not-call/[phone]/route";
import { GET as list, POST as add } from "@/app/api/admin/do-not-call/route";
import { listAuditEntriesForTargets } from "@/db/audit-log";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { jsonRequest, params } from "../helpers";
import { createSessions, type Sessions } from "./admin-sessions";

let sessions: Sessions;
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
});

const addAsAdmin = (body: unknown) =>
  add(jsonRequest("/api/admin/do-not-call", { method: "POST", cookie: sessions.admin, body }), {});

describe("the do-not-call list", () => {
  it("lists a number written any way as E.164, shows the businesses with it, and refuses it twice", async () => {
    const provider = (await getProvider("dentist-cambridge-ma-2"))!;
    const local = provider.phone!.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    const response = await addAsAdmin({ phone: local, reason: "Asked us to stop calling" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ phone: provider.phone });
    expect(await isDoNotCall([provider.phone])).toBe(true);

    const { numbers } = await (
      await list(jsonRequest("/api/admin/do-not-call", { cookie: sessions.admin }), {})
    ).json();
    expect(numbers).toContainEqual(
      expect.objectContaining({
        phone: provider.phone,
        reason: "Asked us to stop calling",
        added_by: sessions.adminEmail,
        providers: [{ id: provider.id, name: provider.name }],
      }),
    );
    const again = await addAsAdmin({ phone: provider.phone });
    expect(again.status).toBe(409);
    expect((await listAuditEntriesForTargets([provider.phone!])).map((e) => e.action)).toEqual([
      "do_not_call.add",
    ]);
  });

  it("refuses what is not a phone number", async () => {
    const response = await addAsAdmin({ phone: "call me maybe" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/not a valid phone number/);
  });

  it("removes a number (given URL-encoded), audited, and a second removal is a 404", async () => {
    await addAsAdmin({ phone: "+44 20 7946 0555" });
    const encoded = encodeURIComponent("+442079460555");
    const removeAsAdmin = () =>
      remove(
        jsonRequest(`/api/admin/do-not-call/${encoded}`, { method: "DELETE", cookie: sessions.admin }),
        params({ phone: encoded }),
      );
    expect((await removeAsAdmin()).status).toBe(204);
    expect(await isDoNotCall(["+442079460555"])).toBe(false);
    expect((await removeAsAdmin()).status).toBe(404);
    expect((await listAuditEntriesForTargets(["+442079460555"])).map((e) => e.action)).toEqual([
      "do_not_call.remove",
      "do_not_call.add",
    ]);
  });
});
