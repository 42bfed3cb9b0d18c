// The Google Places API (New) over its documented REST wire format: Text Search to find businesses near a place,
// Place Details for what calling them needs. Every request carries a deadline; the caller decides what failure means.
import { z } from "zod";

/** Text Search asks only for ids and names (the cheapest tier); Place Details asks for what a call needs. */
export const searchFieldMask = "places.id,places.displayName";
export const detailsFieldMask = [
  "id",
  "displayName",
  "formattedAddress",
  "addressComponents",
  "location",
  "nationalPhoneNumber",
  "internationalPhoneNumber",
  "regularOpeningHours",
  "rating",
  "businessStatus",
].join(",");

const localizedText = z.object({ text: z.string() }).partial();

const periodPoint = z.object({
  day: z.number().int().min(0).max(6),
  hour: z.number().int().min(0).max(24).default(0),
  minute: z.number().int().min(0).max(59).default(0),
});

export const placeDetailsSchema = z.object({
  id: z.string().min(1),
  displayName: localizedText.optional(),
  formattedAddress: z.string().optional(),
  addressComponents: z
    .array(
      z.object({
        longText: z.string().optional(),
        shortText: z.string().optional(),
        types: z.array(z.string()).default([]),
      }),
    )
    .optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  nationalPhoneNumber: z.string().optional(),
  internationalPhoneNumber: z.string().optional(),
  regularOpeningHours: z
    .object({ periods: z.array(z.object({ open: periodPoint, close: periodPoint.optional() })).default([]) })
    .optional(),
  rating: z.number().min(0).max(5).optional(),
  businessStatus: z.string().optional(),
});
export type PlaceDetails = z.infer<typeof placeDetailsSchema>;

const searchResponseSchema = z.object({
  places: z.array(z.object({ id: z.string().min(1), displayName: localizedText.optional() })).default([]),
});
export type PlaceSummary = z.infer<typeof searchResponseSchema>["places"][number];

/** The google.rpc.Status body every Places error carries. */
const errorBodySchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
  }),
});

export class PlacesApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "PlacesApiError";
  }
}

export interface TextSearchRequest {
  textQuery: string;
  /** Results near this circle rank first; Places may still return some outside it. */
  near?: { latitude: number; longitude: number; radiusMeters: number };
  pageSize: number;
}

export interface PlacesClient {
  searchText(request: TextSearchRequest, signal: AbortSignal): Promise<PlaceSummary[]>;
  getPlace(placeId: string, signal: AbortSignal): Promise<PlaceDetails>;
}

/** The Places API allows a location-bias circle of at most 50 km. */
const maxBiasRadiusMeters = 50_000;

export function createPlacesClient(options: {
  apiKey: string;
  baseUrl: string;
  fetch?: typeof fetch;
}): PlacesClient {
  const send = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, "");

  async function call(url: string, init: RequestInit, fieldMask: string, signal: AbortSignal) {
    let response: Response;
    try {
      response = await send(url, {
        ...init,
        signal,
        headers: {
          ...(init.headers as Record<string, string>),
          "X-Goog-Api-Key": options.apiKey,
          "X-Goog-FieldMask": fieldMask,
        },
      });
    } catch (error) {
      const reason = signal.aborted ? "timed out" : (error as Error).message;
      throw new PlacesApiError(`Google Places could not be reached: ${reason}`, null);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(body);
      const detail = parsed.success
        ? `${parsed.data.error.status ?? response.status}: ${parsed.data.error.message ?? "no message"}`
        : `HTTP ${response.status}`;
      throw new PlacesApiError(`Google Places refused the request (${detail})`, response.status);
    }
    return body;
  }

  return {
    async searchText(request, signal) {
      const body = {
        textQuery: request.textQuery,
        pageSize: request.pageSize,
        ...(request.near && {
          locationBias: {
            circle: {
              center: { latitude: request.near.latitude, longitude: request.near.longitude },
              radius: Math.min(maxBiasRadiusMeters, request.near.radiusMeters),
            },
          },
        }),
      };
      const answer = await call(
        `${base}/v1/places:searchText`,
        { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
        searchFieldMask,
        signal,
      );
      const parsed = searchResponseSchema.safeParse(answer ?? {});
      if (!parsed.success)
        throw new PlacesApiError("Google Places answered a search in an unknown shape", 200);
      return parsed.data.places;
    },

    async getPlace(placeId, signal) {
      const answer = await call(
        `${base}/v1/places/${encodeURIComponent(placeId)}`,
        { method: "GET" },
        detailsFieldMask,
        signal,
      );
      const parsed = placeDetailsSchema.safeParse(answer);
      if (!parsed.success)
        throw new PlacesApiError(`Google Places answered ${placeId} in an unknown shape`, 200);
      return parsed.data;
    },
  };
}
