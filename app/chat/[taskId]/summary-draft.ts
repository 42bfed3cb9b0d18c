// The summary card's draft: the request's fields as editable text, and whether the person changed any.
import type { BookingRequest } from "@/lib/intake/booking-request";

export type Draft = Record<EditableField, string>;
export type EditableField =
  "service_type" | "location" | "timeframe" | "preferred_time" | "party_size" | "client_name" | "notes";

export function draftFrom(request: BookingRequest): Draft {
  return {
    service_type: request.service_type ?? "",
    location: request.location ?? "",
    timeframe: request.timeframe ?? "",
    preferred_time: request.preferred_time ?? "",
    party_size: request.party_size === null ? "" : String(request.party_size),
    client_name: request.client_name ?? "",
    notes: request.notes ?? "",
  };
}

export function isDirty(draft: Draft, original: Draft): boolean {
  return (Object.keys(draft) as EditableField[]).some((field) => draft[field] !== original[field]);
}
