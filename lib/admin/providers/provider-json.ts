// A provider as the admin API returns it (snake_case, times as ISO strings, opening hours in both forms).
import type { Provider } from "@/db/providers";
import { providerLanguage } from "@/lib/providers/provider-language";
import { formatOpeningHoursText } from "./opening-hours-text";

export function providerJson(provider: Provider & { onDoNotCallList?: boolean }) {
  return {
    id: provider.id,
    name: provider.name,
    service_type: provider.serviceType,
    phone: provider.phone,
    address: provider.address,
    city: provider.city,
    country: provider.country,
    time_zone: provider.timeZone,
    latitude: provider.latitude,
    longitude: provider.longitude,
    rating: provider.rating,
    opening_hours: provider.openingHours,
    opening_hours_text: formatOpeningHoursText(provider.openingHours),
    /** Set by an admin, or null: calls then use call_language, derived from the country and city. */
    language: provider.language,
    call_language: providerLanguage(provider),
    source: provider.source,
    disabled: provider.disabled,
    on_do_not_call_list: provider.onDoNotCallList ?? null,
    created_at: provider.createdAt.toISOString(),
    updated_at: provider.updatedAt.toISOString(),
  };
}
