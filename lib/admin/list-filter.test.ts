import { describe, expect, it } from "vitest";
import { adminBookingFilterSchema } from "./bookings/booking-filter";
import { listHref, parseListFilter, readListFilter } from "./list-filter";
import { peopleFilterSchema } from "./people";
import { sayIn } from "@/tests/support/say-in";

describe("reading an admin list's filter", () => {
  it("keeps the valid keys of a page's query, drops the bad one and names it", () => {
    const { filter, ignored } = readListFilter(adminBookingFilterSchema, {
      status: "nonsense",
      user: "ada@example.com",
    });
    expect(filter).toEqual({ user: "ada@example.com", page: 1 });
    expect(ignored?.text).toMatch(/^The filter “status” in the address was ignored \(/);
    // The admin area says the note in its language, zod's reason quoted as it was written.
    expect(sayIn("es", ignored!.sentence)).toMatch(/^Se ha ignorado el filtro “status” de la dirección \(/);
  });

  it("ignores keys the list does not know, and a date range that ends before it starts", () => {
    expect(readListFilter(peopleFilterSchema, { search: "ada", colour: "red" })).toMatchObject({
      filter: { search: "ada", page: 1 },
      ignored: { text: expect.stringContaining("“colour”") },
    });
    const backwards = readListFilter(adminBookingFilterSchema, { from: "2026-12-05", to: "2026-12-01" });
    expect(backwards.filter).toEqual({ from: "2026-12-05", page: 1 });
    expect(backwards.ignored?.text).toContain("the date range must start before it ends");
  });

  it("has no note for a valid query", () => {
    expect(readListFilter(peopleFilterSchema, new URLSearchParams("page=2"))).toEqual({
      filter: { page: 2 },
      ignored: null,
    });
  });

  it("refuses a bad filter of the API with a sentence", () => {
    expect(() => parseListFilter(peopleFilterSchema, { page: "0" })).toThrow(/^Invalid request — page: /);
  });

  it("links to another page keeping the filter, leaving page 1 and empty keys out", () => {
    const filter = { search: "ada", status: undefined, page: 3 };
    expect(listHref("/admin/people", filter, { page: 1 })).toBe("/admin/people?search=ada");
    expect(listHref("/admin/people", filter, { page: 4 })).toBe("/admin/people?search=ada&page=4");
  });
});
