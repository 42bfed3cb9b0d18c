// The summary card's draft: the request's fields as editable text, and the PATCH body for what the person changed.
import type { BookingRequest, BookingRequestPatch, ServiceType } from "@/lib/intake/booking-request";

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

/** Only the fields the person changed; an emptied field becomes null. Throws a sentence for a bad party size. */
export function patchFrom(draft: Draft, original: Draft): BookingRequestPatch {
  const patch: BookingRequestPatch = {};
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  for (const field of Object.keys(draft) as EditableField[]) {
    if (draft[field] === original[field]) continue;
    if (field === "party_size") {
      const size = draft.party_size.trim() === "" ? null : Number(draft.party_size);
      if (size !== null && (!Number.isInteger(size) || size < 1 || size > 50)) {
        throw new Error("Party size must be a whole number from 1 to 50.");
      }
      patch.party_size = size;
    } else if (field === "service_type") {
      patch.service_type = draft.service_type === "" ? null : (draft.service_type as ServiceType);
    } else {
      patch[field] = text(draft[field]);
    }
  }
  return patch;
}

export function isDirty(draft: Draft, original: Draft): boolean {
  return (Object.keys(draft) as EditableField[]).some((field) => draft[field] !== original[field]);
}
