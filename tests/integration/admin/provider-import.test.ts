// CSV import through POST /api/admin/providers/import: valid files import every row in one go with one audit entry;
// any invalid row, duplicate within the file or duplicate of the directory rejects the whole file with a per-row
// report (row, column, message) and imports nothing.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importCsv } from "@/app/api/admin/providers/import/route";
import { listAuditEntries } from "@/db/audit-log";
import { getDb } from "@/db/client";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { providers } from "@/db/schema";
import { jsonRequest } from "../helpers";
import { createSessions, type Sessions } from "./admin-sessions";

let sessions: Sessions;
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
});

const header =
  "name,service_type,phone,address,city,country,time_zone,opening_hours,latitude,longitude,rating";

function send(csv: string, contentType = "text/csv") {
  return importCsv(
    jsonRequest("/api/admin/providers/import", {
      method: "POST",
      cookie: sessions.admin,
      rawBody: csv,
      headers: { "content-type": contentType },
    }),
    {},
  );
}

const providerCount = async () => (await getDb().select({ n: count() }).from(providers))[0].n;
const importedCount = async () =>
  (await getDb().select({ n: count() }).from(providers).where(eq(providers.source, "import")))[0].n;

describe("importing providers from CSV", () => {
  it("imports every valid row, normalised, with one audit entry listing them", async () => {
    const before = await providerCount();
    const csv = [
      header,
      'Harbor Dental,dentist,(508) 555-0191,"12 Harbor St, Boston, MA 02110",Boston,US,America/New_York,mon-fri 08:00-17:00,,,4.6',
      '"Elm Street Barbers, Inc.",Barber,+1 508 555 0192,"3 Elm St, Somerville, MA 02144",Somerville,us,,"tue-sat 09:00-12:00, 13:00-18:00",,,',
      "Thames Vets,veterinarian,020 7946 0999,1 River Walk,London,GB,Europe/London,daily 08:00-20:00,51.5,-0.12,",
    ].join("\r\n");

    const response = await send(csv);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.imported).toBe(3);
    expect(await providerCount()).toBe(before + 3);

    const [harbor, elm, thames] = await Promise.all(body.provider_ids.map((id: string) => getProvider(id)));
    expect(harbor).toMatchObject({
      phone: "+15085550191",
      source: "import",
      timeZone: "America/New_York",
      rating: 4.6,
      disabled: false,
    });
    expect(elm).toMatchObject({ name: "Elm Street Barbers, Inc.", serviceType: "barber", country: "US" });
    expect(elm!.openingHours.tue).toEqual([
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ]);
    expect(thames).toMatchObject({
      phone: "+442079460999",
      latitude: 51.5,
      longitude: -0.12,
      timeZone: "Europe/London",
    });

    const { entries } = await listAuditEntries({ action: "provider.import" }, { limit: 10, offset: 0 });
    expect(entries[0]).toMatchObject({
      actorEmail: sessions.adminEmail,
      details: { imported: 3, provider_ids: body.provider_ids },
    });
  });

  it("rejects the whole file when any row is invalid, reporting each problem with its row and column", async () => {
    const before = await providerCount();
    const csv = [
      header,
      'Good Dental,dentist,(508) 555-0193,"1 Good St, Boston",Boston,US,,mon-fri 08:00-17:00,,,',
      'Bad Phone Dental,dentist,12345,"2 Bad St, Boston",Boston,US,,mon-fri 08:00-17:00,,,',
      'Bad Hours Salon,nail_bar,(508) 555-0194,"3 Bad St, Boston",Boston,US,Mars/Base,mon-fri 17:00-08:00,,,9',
    ].join("\n");

    const response = await send(csv);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(/^Nothing was imported: 5 problem\(s\) in 2 row\(s\)/);
    expect(body.row_errors).toEqual([
      { row: 3, column: "phone", message: '"12345" is not a valid phone number' },
      { row: 4, column: "service_type", message: expect.stringMatching(/^must be one of dentist, doctor/) },
      { row: 4, column: "rating", message: "must be between 0 and 5" },
      {
        row: 4,
        column: "time_zone",
        message: '"Mars/Base" is not an IANA time zone such as America/New_York',
      },
      { row: 4, column: "opening_hours", message: '"17:00-08:00" must open before it closes' },
    ]);
    expect(await providerCount()).toBe(before);
    expect(await getDb().select().from(providers).where(eq(providers.name, "Good Dental"))).toEqual([]);
  });

  it("reports duplicates within the file, by phone and by name and address, and imports nothing", async () => {
    const before = await providerCount();
    const csv = [
      header,
      'Twin Dental,dentist,(508) 555-0195,"5 Twin St, Boston",Boston,US,,mon-fri 08:00-17:00,,,',
      'Other Name Dental,dentist,+15085550195,"6 Other St, Boston",Boston,US,,mon-fri 08:00-17:00,,,',
      'twin dental,dentist,(508) 555-0196,"5 Twin St., Boston",Boston,US,,mon-fri 08:00-17:00,,,',
    ].join("\n");

    const body = await (await send(csv)).json();
    expect(body.row_errors).toEqual([
      { row: 3, column: "phone", message: "duplicates row 2: the same phone number" },
      { row: 4, column: "name", message: "duplicates row 2: the same name and address" },
    ]);
    expect(await providerCount()).toBe(before);
  });

  it("reports rows that duplicate a provider already in the directory, and imports nothing", async () => {
    const existing = (await getProvider("dentist-cambridge-ma-1"))!;
    const before = await providerCount();
    const csv = [
      header,
      `New Dental,dentist,(508) 555-0197,"7 New St, Boston",Boston,US,,mon-fri 08:00-17:00,,,`,
      `Copy Dental,dentist,${existing.phone},"8 Copy St, Boston",Boston,US,,mon-fri 08:00-17:00,,,`,
      `"${existing.name}",dentist,(508) 555-0198,"${existing.address}",Cambridge,US,,mon-fri 08:00-17:00,,,`,
    ].join("\n");

    const body = await (await send(csv)).json();
    expect(body.row_errors).toEqual([
      {
        row: 3,
        column: "phone",
        message: `has the same phone number as ${existing.name} (${existing.id}) already in the directory`,
      },
      {
        row: 4,
        column: "name",
        message: `has the same name and address as ${existing.name} (${existing.id}) already in the directory`,
      },
    ]);
    expect(await providerCount()).toBe(before);
  });

  it("checks the header: unknown, repeated and missing required columns", async () => {
    const body = await (await send("name,phone,colour,phone\nA,+16175550100,red,x")).json();
    expect(body.row_errors).toEqual([
      { row: 1, column: "colour", message: expect.stringMatching(/^is not a known column/) },
      { row: 1, column: "phone", message: "appears twice in the header" },
      { row: 1, column: "service_type", message: "is missing from the header" },
      { row: 1, column: "address", message: "is missing from the header" },
      { row: 1, column: "city", message: "is missing from the header" },
      { row: 1, column: "country", message: "is missing from the header" },
      { row: 1, column: "opening_hours", message: "is missing from the header" },
    ]);
  });

  it("reports malformed CSV and rows with the wrong number of fields", async () => {
    const unclosed = await (await send(`${header}\n"Open Quote,dentist`)).json();
    expect(unclosed.row_errors[0]).toMatchObject({
      column: null,
      message: expect.stringMatching(/not valid CSV/),
    });
    const short = await (await send(`${header}\nToo Short,dentist`)).json();
    expect(short.row_errors).toEqual([
      { row: 2, column: null, message: "has 2 fields but the header has 11" },
    ]);
    const empty = await send(`${header}\n`);
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatch(/no providers to import/);
  });

  it("takes the file as JSON { csv } too", async () => {
    const before = await importedCount();
    const csv = `${header}\nJson Dental,dentist,(508) 555-0161,"9 Json St, Boston",Boston,US,,mon 09:00-10:00,,,`;
    const response = await send(JSON.stringify({ csv }), "application/json");
    expect(response.status).toBe(201);
    expect(await importedCount()).toBe(before + 1);
  });
});
