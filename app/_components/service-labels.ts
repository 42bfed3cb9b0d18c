// The kinds of business CallPilot books, as people read them. Keyed by the API's service types, so a new type
// on the server fails the type check here until it has a label.
import type { ServiceType } from "@/lib/intake/booking-request";

export const serviceTypeLabels: Record<ServiceType, string> = {
  dentist: "Dentist",
  doctor: "Doctor",
  hair_salon: "Hair salon",
  barber: "Barber",
  auto_mechanic: "Auto mechanic",
  plumber: "Plumber",
  electrician: "Electrician",
  massage: "Massage therapist",
  veterinarian: "Veterinarian",
  restaurant: "Restaurant",
};

export const serviceTypeOptions = Object.entries(serviceTypeLabels) as Array<[ServiceType, string]>;
