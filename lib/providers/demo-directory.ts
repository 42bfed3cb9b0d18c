// The seeded demo directory: 27 fictional businesses per service type in thirteen places, so CallPilot works with no
// place-search key. Cambridge, Boston, Somerville, Brookline and Newton (all within ~15 km of one another) hold 15
// per type, so a request around Boston can fill the largest swarm. Phones are in ranges reserved for fiction
// (NANP 555-0100..0199 in 617, then 857 once 617's were used up; Ofcom's 020 7946 0xxx).
import type { ServiceType } from "@/lib/intake/booking-request";
import { weekdays, type OpeningHours, type Weekday } from "./opening-hours";
import { languageForPlace, type CallLanguage } from "./provider-language";
import type { SimulationProfile } from "./simulation-profile";

// prettier-ignore
export const demoCities = {
  "cambridge-ma":     { city: "Cambridge",     region: "MA",  country: "US", timeZone: "America/New_York",    centre: [42.3736, -71.1097] },
  "boston-ma":        { city: "Boston",        region: "MA",  country: "US", timeZone: "America/New_York",    centre: [42.3601, -71.0589] },
  "somerville-ma":    { city: "Somerville",    region: "MA",  country: "US", timeZone: "America/New_York",    centre: [42.3876, -71.0995] },
  "brookline-ma":     { city: "Brookline",     region: "MA",  country: "US", timeZone: "America/New_York",    centre: [42.3318, -71.1212] },
  "newton-ma":        { city: "Newton",        region: "MA",  country: "US", timeZone: "America/New_York",    centre: [42.337, -71.2092] },
  "new-york-ny":      { city: "New York",      region: "NY",  country: "US", timeZone: "America/New_York",    centre: [40.7128, -74.006] },
  "san-francisco-ca": { city: "San Francisco", region: "CA",  country: "US", timeZone: "America/Los_Angeles", centre: [37.7749, -122.4194] },
  "chicago-il":       { city: "Chicago",       region: "IL",  country: "US", timeZone: "America/Chicago",     centre: [41.8781, -87.6298] },
  "london-uk":        { city: "London",        region: "ENG", country: "GB", timeZone: "Europe/London",       centre: [51.5074, -0.1278] },
  "paris-fr":         { city: "Paris",         region: "IDF", country: "FR", timeZone: "Europe/Paris",        centre: [48.8566, 2.3522] },
  "montreal-qc":      { city: "Montréal",      region: "QC",  country: "CA", timeZone: "America/Toronto",     centre: [45.5019, -73.5674] },
  "berlin-de":        { city: "Berlin",        region: "BE",  country: "DE", timeZone: "Europe/Berlin",       centre: [52.52, 13.405] },
  "madrid-es":        { city: "Madrid",        region: "MD",  country: "ES", timeZone: "Europe/Madrid",       centre: [40.4168, -3.7038] },
} as const;
export type DemoCitySlug = keyof typeof demoCities;

export interface DemoProvider {
  id: string;
  name: string;
  serviceType: ServiceType;
  phone: string;
  address: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  rating: number;
  openingHours: OpeningHours;
  simulationProfile: SimulationProfile;
  /** The language calls to it are made in, from its country and province. */
  language: CallLanguage;
}

type DayRange = Weekday | `${Weekday}-${Weekday}`;

/** Weekly hours from readable spans: weekly(["mon-fri", "08:00", "17:00"], ["sat", "09:00", "13:00"]). */
function weekly(...spans: Array<[DayRange, string, string]>): OpeningHours {
  const hours: OpeningHours = {};
  for (const [range, open, close] of spans) {
    const [first, last = first] = range.split("-") as [Weekday, Weekday?];
    for (const day of weekdays.slice(weekdays.indexOf(first), weekdays.indexOf(last) + 1)) {
      hours[day] = [...(hours[day] ?? []), [open, close]];
    }
  }
  return hours;
}

const DENTAL_WEEKDAYS = weekly(["mon-fri", "08:00", "17:00"]);
const DENTAL_SATURDAY = weekly(
  ["mon-thu", "08:00", "17:00"],
  ["fri", "08:00", "15:00"],
  ["sat", "09:00", "13:00"],
);
const DENTAL_LATE_TUESDAY = weekly(
  ["mon", "08:00", "17:00"],
  ["tue", "10:00", "19:00"],
  ["wed-fri", "08:00", "17:00"],
);
const DOCTOR_WEEKDAYS = weekly(["mon-fri", "08:00", "17:00"]);
const DOCTOR_EXTENDED = weekly(["mon-fri", "07:30", "18:00"], ["sat", "09:00", "12:00"]);
const DOCTOR_SHORT = weekly(["mon-fri", "08:30", "16:30"]);
const SALON_STANDARD = weekly(["tue-fri", "10:00", "20:00"], ["sat", "09:00", "18:00"]);
const SALON_LATE_THURSDAY = weekly(
  ["tue-wed", "10:00", "19:00"],
  ["thu-fri", "10:00", "21:00"],
  ["sat", "09:00", "17:00"],
);
const BARBER_STANDARD = weekly(["tue-fri", "09:00", "19:00"], ["sat", "08:00", "16:00"]);
const BARBER_LATE = weekly(["tue-sat", "10:00", "20:00"]);
const MECHANIC_STANDARD = weekly(["mon-fri", "07:30", "18:00"], ["sat", "08:00", "12:00"]);
const MECHANIC_EARLY = weekly(["mon-fri", "08:00", "17:30"], ["sat", "08:00", "13:00"]);
const TRADES_MON_SAT = weekly(["mon-sat", "07:00", "19:00"]);
const TRADES_SHORT_SATURDAY = weekly(["mon-fri", "07:00", "19:00"], ["sat", "08:00", "16:00"]);
const MASSAGE_DAILY = weekly(["mon-sun", "09:00", "20:00"]);
const MASSAGE_SUNDAY_SHORT = weekly(["mon-sat", "09:00", "20:00"], ["sun", "10:00", "18:00"]);
const VET_STANDARD = weekly(["mon-fri", "08:00", "18:00"], ["sat", "09:00", "13:00"]);
const VET_EXTENDED = weekly(["mon-fri", "07:30", "19:00"], ["sat", "08:00", "16:00"]);
const RESTAURANT_ALL_DAY = weekly(["mon-sun", "11:30", "22:00"]);
const RESTAURANT_SPLIT = weekly(["tue-sun", "11:30", "14:30"], ["tue-sun", "17:30", "22:00"]);
const RESTAURANT_DINNER_ONLY = weekly(["tue-sun", "17:00", "22:00"]);
const RESTAURANT_LATE_WEEKEND = weekly(
  ["mon-thu", "11:30", "22:00"],
  ["fri-sat", "11:30", "23:00"],
  ["sun", "11:30", "21:00"],
);

type DemoRow = [
  city: DemoCitySlug,
  name: string,
  street: string,
  postalCode: string,
  latitude: number,
  longitude: number,
  rating: number,
  phone: string,
  profile: SimulationProfile,
  hours: OpeningHours,
];

// Ids come from a row's position within its city ("dentist-cambridge-ma-2"): append rows, never reorder them.
// In each (type, city) the first business accepts, so every city can complete a booking. One business per type,
// outside Greater Boston, asks CallPilot not to call again (opt_out), so the offline flow shows the opt-out. The
// second dentist and the second doctor in London insist on speaking to the person (wants_person, issue 16).
// prettier-ignore
const demoTables: Record<ServiceType, DemoRow[]> = {
  dentist: [
    ["cambridge-ma", "Harvard Square Dental Associates", "1430 Massachusetts Ave", "02138", 42.3733, -71.1188, 4.7, "+16175550100", "accepts", DENTAL_WEEKDAYS],
    ["cambridge-ma", "Central Square Family Dentistry", "678 Massachusetts Ave", "02139", 42.3657, -71.1043, 4.4, "+16175550101", "accepts", DENTAL_SATURDAY],
    ["cambridge-ma", "Porter Smiles Dental Care", "1960 Massachusetts Ave", "02140", 42.3872, -71.1196, 4.1, "+16175550102", "no_answer", DENTAL_LATE_TUESDAY],
    ["boston-ma", "Back Bay Dental Studio", "240 Newbury St", "02116", 42.3494, -71.0823, 4.8, "+16175550103", "accepts", DENTAL_WEEKDAYS],
    ["boston-ma", "Beacon Hill Dental Group", "112 Charles St", "02114", 42.3588, -71.0703, 4.3, "+16175550104", "voicemail", DENTAL_SATURDAY],
    ["boston-ma", "South End Smile Center", "585 Tremont St", "02118", 42.3437, -71.0715, 3.9, "+16175550105", "busy", DENTAL_WEEKDAYS],
    ["new-york-ny", "Upper West Side Dental Arts", "2440 Broadway", "10024", 40.7905, -73.9745, 4.6, "+12125550100", "accepts", DENTAL_WEEKDAYS],
    ["new-york-ny", "Gramercy Park Dentistry", "315 Park Ave S", "10010", 40.7405, -73.9862, 4.2, "+12125550101", "far_future", DENTAL_LATE_TUESDAY],
    ["san-francisco-ca", "Noe Valley Dental", "4015 24th St", "94114", 37.7514, -122.433, 4.7, "+14155550100", "accepts", DENTAL_SATURDAY],
    ["san-francisco-ca", "Marina Bright Dental", "2065 Chestnut St", "94123", 37.8004, -122.437, 4.0, "+14155550101", "needs_insurance", DENTAL_WEEKDAYS],
    ["chicago-il", "Lincoln Park Dental Studio", "2320 N Clark St", "60614", 41.9245, -87.6405, 4.5, "+13125550100", "accepts", DENTAL_WEEKDAYS],
    ["chicago-il", "Wicker Park Family Dental", "1541 N Milwaukee Ave", "60622", 41.9095, -87.6775, 3.8, "+13125550101", "opt_out", DENTAL_SATURDAY],
    ["london-uk", "Harley Street Dental Practice", "104 Harley Street", "W1G", 51.5203, -0.1477, 4.8, "+442079460100", "accepts", DENTAL_WEEKDAYS],
    ["london-uk", "Islington Green Dental Clinic", "212 Upper Street", "N1", 51.5402, -0.1029, 4.2, "+442079460101", "wants_person", DENTAL_SATURDAY],
    ["somerville-ma", "Spring Hill Dental Arts", "212 Summer St", "02143", 42.3885, -71.1068, 4.6, "+16175550160", "accepts", DENTAL_WEEKDAYS],
    ["somerville-ma", "Teele Square Family Dentistry", "1150 Broadway", "02144", 42.4018, -71.1285, 4.3, "+16175550161", "voicemail", DENTAL_SATURDAY],
    ["somerville-ma", "Magoun Square Dental Care", "510 Medford St", "02145", 42.3972, -71.1038, 3.9, "+16175550162", "far_future", DENTAL_LATE_TUESDAY],
    ["brookline-ma", "Coolidge Corner Smile Studio", "1310 Beacon St", "02446", 42.3418, -71.1222, 4.8, "+16175550163", "accepts", DENTAL_SATURDAY],
    ["brookline-ma", "Brookline Village Dentistry", "12 Station St", "02445", 42.3324, -71.1163, 4.4, "+16175550164", "accepts", DENTAL_WEEKDAYS],
    ["brookline-ma", "Washington Square Dental Associates", "1655 Beacon St", "02446", 42.3392, -71.1352, 4.0, "+16175550165", "no_phone_booking", DENTAL_LATE_TUESDAY],
    ["newton-ma", "Newton Centre Dental Group", "46 Langley Rd", "02459", 42.329, -71.1908, 4.7, "+16175550166", "accepts", DENTAL_WEEKDAYS],
    ["newton-ma", "Walnut Street Family Dental", "312 Walnut St", "02460", 42.3508, -71.2082, 4.2, "+16175550167", "needs_insurance", DENTAL_SATURDAY],
    ["newton-ma", "Auburndale Dental Care", "2090 Commonwealth Ave", "02466", 42.3438, -71.245, 3.8, "+16175550168", "busy", DENTAL_WEEKDAYS],
  ],
  doctor: [
    ["cambridge-ma", "Cambridge Family Medicine", "1350 Cambridge St", "02139", 42.3738, -71.103, 4.5, "+16175550106", "accepts", DOCTOR_WEEKDAYS],
    ["cambridge-ma", "Kendall Square Primary Care", "290 Main St", "02142", 42.3624, -71.0855, 4.2, "+16175550107", "voicemail", DOCTOR_EXTENDED],
    ["cambridge-ma", "Fresh Pond Internal Medicine", "380 Huron Ave", "02138", 42.3812, -71.1352, 4.0, "+16175550108", "busy", DOCTOR_SHORT],
    ["boston-ma", "Longwood Primary Care Associates", "330 Brookline Ave", "02215", 42.339, -71.1062, 4.6, "+16175550109", "accepts", DOCTOR_EXTENDED],
    ["boston-ma", "North End Family Practice", "298 Hanover St", "02113", 42.3643, -71.0542, 4.4, "+16175550110", "accepts", DOCTOR_WEEKDAYS],
    ["boston-ma", "Financial District Medical Group", "101 Federal St", "02110", 42.3547, -71.0563, 3.7, "+16175550111", "far_future", DOCTOR_SHORT],
    ["new-york-ny", "Carnegie Hill Internal Medicine", "1230 Madison Ave", "10128", 40.784, -73.956, 4.7, "+12125550102", "accepts", DOCTOR_EXTENDED],
    ["new-york-ny", "Chelsea Village Medical", "142 W 14th St", "10011", 40.7383, -73.999, 4.1, "+12125550103", "opt_out", DOCTOR_WEEKDAYS],
    ["san-francisco-ca", "Pacific Heights Family Medicine", "2312 Fillmore St", "94115", 37.7905, -122.4338, 4.6, "+14155550102", "accepts", DOCTOR_WEEKDAYS],
    ["san-francisco-ca", "Mission Neighborhood Physicians", "2480 Mission St", "94110", 37.7568, -122.419, 3.9, "+14155550103", "no_phone_booking", DOCTOR_EXTENDED],
    ["chicago-il", "Streeterville Primary Care", "645 N Michigan Ave", "60611", 41.894, -87.624, 4.4, "+13125550102", "accepts", DOCTOR_EXTENDED],
    ["chicago-il", "Lakeview Family Physicians", "3024 N Broadway", "60657", 41.9373, -87.6442, 4.0, "+13125550103", "no_answer", DOCTOR_WEEKDAYS],
    ["london-uk", "Marylebone Private GP", "64 Wimpole Street", "W1G", 51.5186, -0.1481, 4.6, "+442079460102", "accepts", DOCTOR_EXTENDED],
    ["london-uk", "Clapham Common Medical Centre", "48 Clapham High Street", "SW4", 51.4628, -0.1312, 4.1, "+442079460103", "wants_person", DOCTOR_SHORT],
    ["somerville-ma", "Davis Square Family Physicians", "240 Elm St", "02144", 42.3962, -71.1225, 4.5, "+16175550169", "accepts", DOCTOR_EXTENDED],
    ["somerville-ma", "Union Square Internal Medicine", "20 Bow St", "02143", 42.38, -71.0955, 4.1, "+16175550170", "no_answer", DOCTOR_WEEKDAYS],
    ["somerville-ma", "Winter Hill Medical Associates", "330 Broadway", "02145", 42.3943, -71.0915, 3.9, "+16175550171", "busy", DOCTOR_SHORT],
    ["brookline-ma", "Coolidge Corner Internal Medicine", "290 Harvard St", "02446", 42.3432, -71.1221, 4.6, "+16175550172", "accepts", DOCTOR_WEEKDAYS],
    ["brookline-ma", "Brookline Village Family Practice", "40 Washington St", "02445", 42.3322, -71.1175, 4.4, "+16175550173", "accepts", DOCTOR_EXTENDED],
    ["brookline-ma", "Cypress Street Medical Group", "120 Cypress St", "02445", 42.333, -71.1245, 3.8, "+16175550174", "far_future", DOCTOR_SHORT],
    ["newton-ma", "Newtonville Primary Care", "845 Washington St", "02460", 42.3503, -71.206, 4.5, "+16175550175", "accepts", DOCTOR_EXTENDED],
    ["newton-ma", "West Newton Family Medicine", "1290 Washington St", "02465", 42.3493, -71.2265, 4.2, "+16175550176", "needs_insurance", DOCTOR_WEEKDAYS],
    ["newton-ma", "Newton Highlands Medical", "12 Lincoln St", "02461", 42.3222, -71.2063, 4.0, "+16175550177", "voicemail", DOCTOR_SHORT],
  ],
  hair_salon: [
    ["cambridge-ma", "Brattle Street Hair Studio", "40 Brattle St", "02138", 42.3738, -71.1205, 4.6, "+16175550112", "accepts", SALON_STANDARD],
    ["cambridge-ma", "Inman Square Salon", "1270 Cambridge St", "02139", 42.3741, -71.1015, 4.4, "+16175550113", "accepts", SALON_LATE_THURSDAY],
    ["cambridge-ma", "Third Street Cut & Color", "255 Third St", "02142", 42.3665, -71.0813, 3.9, "+16175550114", "busy", SALON_STANDARD],
    ["boston-ma", "Newbury Street Hair Atelier", "129 Newbury St", "02116", 42.3508, -71.0765, 4.8, "+16175550115", "accepts", SALON_LATE_THURSDAY],
    ["boston-ma", "Salon Verde South End", "1620 Washington St", "02118", 42.3385, -71.0745, 4.2, "+16175550116", "far_future", SALON_STANDARD],
    ["boston-ma", "Jamaica Plain Hair Collective", "672 Centre St", "02130", 42.3122, -71.114, 4.0, "+16175550117", "needs_insurance", SALON_STANDARD],
    ["new-york-ny", "Bleecker Street Salon", "318 Bleecker St", "10014", 40.7323, -74.0043, 4.5, "+12125550104", "accepts", SALON_LATE_THURSDAY],
    ["new-york-ny", "Williamsburg Hair Parlor", "210 Bedford Ave", "11249", 40.7175, -73.9572, 4.3, "+12125550105", "opt_out", SALON_STANDARD],
    ["san-francisco-ca", "Hayes Valley Hair Lab", "528 Hayes St", "94102", 37.7766, -122.4262, 4.6, "+14155550104", "accepts", SALON_STANDARD],
    ["san-francisco-ca", "Valencia Street Shears", "842 Valencia St", "94110", 37.7597, -122.4214, 4.1, "+14155550105", "no_answer", SALON_LATE_THURSDAY],
    ["chicago-il", "Bucktown Beauty Bar", "1622 N Damen Ave", "60647", 41.9114, -87.6776, 4.4, "+13125550104", "accepts", SALON_STANDARD],
    ["chicago-il", "Gold Coast Hair Studio", "15 E Oak St", "60611", 41.901, -87.627, 4.7, "+13125550105", "voicemail", SALON_LATE_THURSDAY],
    ["london-uk", "Marylebone Hair Rooms", "72 Marylebone High Street", "W1U", 51.5207, -0.1515, 4.7, "+442079460104", "accepts", SALON_LATE_THURSDAY],
    ["london-uk", "Shoreditch Cutting Club", "118 Shoreditch High Street", "E1", 51.5247, -0.0776, 4.2, "+442079460105", "busy", SALON_STANDARD],
    ["somerville-ma", "Holland Street Hair Studio", "118 Holland St", "02144", 42.3985, -71.125, 4.6, "+16175550178", "accepts", SALON_LATE_THURSDAY],
    ["somerville-ma", "Union Square Shear Studio", "42 Union Sq", "02143", 42.3797, -71.0935, 4.3, "+16175550179", "accepts", SALON_STANDARD],
    ["somerville-ma", "Ball Square Salon", "712 Broadway", "02144", 42.3995, -71.1115, 3.9, "+16175550180", "no_phone_booking", SALON_STANDARD],
    ["brookline-ma", "Harvard Street Hair Atelier", "318 Harvard St", "02446", 42.344, -71.1225, 4.7, "+16175550181", "accepts", SALON_STANDARD],
    ["brookline-ma", "Washington Square Color Bar", "1692 Beacon St", "02446", 42.3393, -71.1363, 4.4, "+16175550182", "voicemail", SALON_LATE_THURSDAY],
    ["brookline-ma", "Brookline Village Cut & Style", "16 Harvard St", "02445", 42.3335, -71.1183, 4.0, "+16175550183", "far_future", SALON_STANDARD],
    ["newton-ma", "Newton Centre Hair Studio", "26 Union St", "02459", 42.3293, -71.192, 4.5, "+16175550184", "accepts", SALON_LATE_THURSDAY],
    ["newton-ma", "Auburndale Hair Loft", "312 Auburn St", "02466", 42.3465, -71.247, 4.1, "+16175550185", "busy", SALON_STANDARD],
    ["newton-ma", "Waban Village Salon", "1645 Beacon St", "02468", 42.3262, -71.2305, 4.2, "+16175550186", "needs_insurance", SALON_STANDARD],
  ],
  barber: [
    ["cambridge-ma", "Crimson Chair Barbershop", "1246 Massachusetts Ave", "02138", 42.3718, -71.1148, 4.6, "+16175550118", "accepts", BARBER_STANDARD],
    ["cambridge-ma", "Porter Square Barber Co.", "1815 Massachusetts Ave", "02140", 42.3838, -71.1195, 4.3, "+16175550119", "far_future", BARBER_LATE],
    ["cambridge-ma", "Central Fade Studio", "565 Massachusetts Ave", "02139", 42.3648, -71.1023, 4.0, "+16175550120", "needs_insurance", BARBER_STANDARD],
    ["boston-ma", "Salem Street Barbers", "88 Salem St", "02113", 42.3632, -71.0563, 4.7, "+16175550121", "accepts", BARBER_STANDARD],
    ["boston-ma", "Southie Cuts", "372 W Broadway", "02127", 42.3364, -71.0485, 4.4, "+16175550122", "accepts", BARBER_LATE],
    ["boston-ma", "Allston Clipper Lounge", "155 Harvard Ave", "02134", 42.353, -71.1318, 3.8, "+16175550123", "no_phone_booking", BARBER_LATE],
    ["new-york-ny", "East Village Barber Club", "112 2nd Ave", "10003", 40.7277, -73.988, 4.5, "+12125550106", "accepts", BARBER_LATE],
    ["new-york-ny", "Court Street Barbers", "214 Court St", "11201", 40.6862, -73.9937, 4.2, "+12125550107", "opt_out", BARBER_STANDARD],
    ["san-francisco-ca", "Castro Clippers", "438 Castro St", "94114", 37.7615, -122.435, 4.6, "+14155550106", "accepts", BARBER_STANDARD],
    ["san-francisco-ca", "North Beach Shave Parlor", "512 Columbus Ave", "94133", 37.7997, -122.409, 4.3, "+14155550107", "voicemail", BARBER_LATE],
    ["chicago-il", "Logan Square Barbershop", "2636 N Milwaukee Ave", "60647", 41.929, -87.708, 4.5, "+13125550106", "accepts", BARBER_LATE],
    ["chicago-il", "Wrigleyville Fade Co.", "3530 N Sheffield Ave", "60657", 41.946, -87.654, 4.0, "+13125550107", "busy", BARBER_STANDARD],
    ["london-uk", "Soho Gentlemen's Barbers", "41 Old Compton Street", "W1D", 51.5131, -0.1311, 4.7, "+442079460106", "accepts", BARBER_STANDARD],
    ["london-uk", "Camden Lock Barbers", "208 Camden High Street", "NW1", 51.5397, -0.1431, 4.1, "+442079460107", "far_future", BARBER_LATE],
    ["somerville-ma", "Teele Square Barbers", "1170 Broadway", "02144", 42.4021, -71.1293, 4.6, "+16175550187", "accepts", BARBER_STANDARD],
    ["somerville-ma", "Somerville Avenue Barber Co.", "415 Somerville Ave", "02143", 42.3832, -71.1045, 4.4, "+16175550188", "accepts", BARBER_LATE],
    ["somerville-ma", "East Somerville Fade Shop", "142 Broadway", "02145", 42.388, -71.084, 3.7, "+16175550189", "busy", BARBER_LATE],
    ["brookline-ma", "Beacon Street Barber Room", "1340 Beacon St", "02446", 42.3415, -71.1232, 4.7, "+16175550190", "accepts", BARBER_STANDARD],
    ["brookline-ma", "Brookline Village Clippers", "64 Washington St", "02445", 42.3328, -71.118, 4.2, "+16175550191", "far_future", BARBER_LATE],
    ["brookline-ma", "Pleasant Street Barbers", "95 Pleasant St", "02446", 42.3452, -71.1172, 4.0, "+16175550192", "no_answer", BARBER_STANDARD],
    ["newton-ma", "Newtonville Barber Co.", "330 Walnut St", "02460", 42.3514, -71.2084, 4.5, "+16175550193", "accepts", BARBER_STANDARD],
    ["newton-ma", "Nonantum Barber Shop", "312 Watertown St", "02458", 42.3617, -71.2025, 4.3, "+16175550194", "voicemail", BARBER_LATE],
    ["newton-ma", "Upper Falls Cutting Room", "1004 Chestnut St", "02464", 42.3138, -71.218, 4.1, "+16175550195", "needs_insurance", BARBER_STANDARD],
  ],
  auto_mechanic: [
    ["cambridge-ma", "Fresh Pond Auto Care", "221 Alewife Brook Pkwy", "02138", 42.3905, -71.1425, 4.6, "+16175550124", "accepts", MECHANIC_STANDARD],
    ["cambridge-ma", "Sherman Street Garage", "275 Sherman St", "02140", 42.3878, -71.1335, 4.3, "+16175550125", "accepts", MECHANIC_EARLY],
    ["cambridge-ma", "Cambridgeport Auto Repair", "318 River St", "02139", 42.3616, -71.1063, 3.9, "+16175550126", "needs_insurance", MECHANIC_STANDARD],
    ["boston-ma", "South End Auto Service", "790 Albany St", "02118", 42.3348, -71.0703, 4.5, "+16175550127", "accepts", MECHANIC_STANDARD],
    ["boston-ma", "Southampton Street Motors", "220 Southampton St", "02118", 42.3323, -71.0652, 4.0, "+16175550128", "no_phone_booking", MECHANIC_EARLY],
    ["boston-ma", "Brighton Center Auto Repair", "418 Market St", "02135", 42.3508, -71.1562, 4.2, "+16175550129", "no_answer", MECHANIC_STANDARD],
    ["new-york-ny", "Hell's Kitchen Auto Repair", "620 11th Ave", "10036", 40.763, -73.9975, 4.3, "+12125550108", "accepts", MECHANIC_STANDARD],
    ["new-york-ny", "Long Island City Car Care", "46-12 Vernon Blvd", "11101", 40.745, -73.953, 4.1, "+12125550109", "opt_out", MECHANIC_EARLY],
    ["san-francisco-ca", "Potrero Auto Works", "1945 Bryant St", "94110", 37.763, -122.4105, 4.6, "+14155550108", "accepts", MECHANIC_STANDARD],
    ["san-francisco-ca", "SoMa Foreign Car Service", "1280 Folsom St", "94103", 37.7746, -122.4116, 4.0, "+14155550109", "busy", MECHANIC_EARLY],
    ["chicago-il", "Elston Avenue Auto Service", "2430 N Elston Ave", "60647", 41.9262, -87.678, 4.4, "+13125550108", "accepts", MECHANIC_STANDARD],
    ["chicago-il", "Pilsen Motor Repair", "1830 S Halsted St", "60608", 41.857, -87.6465, 4.1, "+13125550109", "far_future", MECHANIC_EARLY],
    ["london-uk", "Battersea Motor Works", "310 Battersea Park Road", "SW11", 51.4763, -0.158, 4.5, "+442079460108", "accepts", MECHANIC_EARLY],
    ["london-uk", "York Way Garage", "214 York Way", "N7", 51.544, -0.1225, 3.9, "+442079460109", "needs_insurance", MECHANIC_STANDARD],
    ["somerville-ma", "Mystic Avenue Auto Repair", "215 Mystic Ave", "02145", 42.3938, -71.0838, 4.5, "+16175550196", "accepts", MECHANIC_STANDARD],
    ["somerville-ma", "McGrath Highway Car Care", "385 McGrath Hwy", "02143", 42.3855, -71.088, 4.2, "+16175550197", "no_answer", MECHANIC_EARLY],
    ["somerville-ma", "Highland Avenue Garage", "420 Highland Ave", "02144", 42.3935, -71.1168, 3.9, "+16175550198", "far_future", MECHANIC_STANDARD],
    ["brookline-ma", "Brookline Village Auto Service", "150 Boylston St", "02445", 42.3315, -71.1222, 4.6, "+16175550199", "accepts", MECHANIC_EARLY],
    ["brookline-ma", "Boylston Street Motors", "480 Boylston St", "02445", 42.3292, -71.1335, 4.3, "+18575550100", "accepts", MECHANIC_STANDARD],
    ["brookline-ma", "Harvard Street Auto Repair", "470 Harvard St", "02446", 42.3475, -71.1252, 3.8, "+18575550101", "voicemail", MECHANIC_EARLY],
    ["newton-ma", "Needham Street Auto Care", "180 Needham St", "02464", 42.3112, -71.2125, 4.7, "+18575550102", "accepts", MECHANIC_STANDARD],
    ["newton-ma", "West Newton Garage", "1380 Washington St", "02465", 42.3485, -71.231, 4.2, "+18575550103", "busy", MECHANIC_EARLY],
    ["newton-ma", "Newton Corner Motor Repair", "275 Centre St", "02458", 42.352, -71.187, 4.0, "+18575550104", "no_phone_booking", MECHANIC_STANDARD],
  ],
  plumber: [
    ["cambridge-ma", "Cambridge Pipe & Drain", "145 Hampshire St", "02139", 42.3703, -71.0955, 4.7, "+16175550130", "accepts", TRADES_MON_SAT],
    ["cambridge-ma", "Porter Plumbing & Heating", "2310 Massachusetts Ave", "02140", 42.3945, -71.126, 4.1, "+16175550131", "no_phone_booking", TRADES_SHORT_SATURDAY],
    ["cambridge-ma", "Huron Village Plumbing", "415 Huron Ave", "02138", 42.3818, -71.1375, 4.3, "+16175550132", "no_answer", TRADES_MON_SAT],
    ["boston-ma", "Dorchester Plumbing Co.", "1245 Dorchester Ave", "02125", 42.314, -71.0575, 4.6, "+16175550133", "accepts", TRADES_MON_SAT],
    ["boston-ma", "Back Bay Plumbing & Heating", "315 Dartmouth St", "02116", 42.351, -71.0785, 4.4, "+16175550134", "accepts", TRADES_SHORT_SATURDAY],
    ["boston-ma", "Eastie Drain Pros", "212 Meridian St", "02128", 42.3752, -71.0388, 3.8, "+16175550135", "voicemail", TRADES_MON_SAT],
    ["new-york-ny", "Manhattan Pipeworks", "414 W 26th St", "10001", 40.749, -74.002, 4.4, "+12125550110", "accepts", TRADES_MON_SAT],
    ["new-york-ny", "Greenpoint Plumbing & Heating", "726 Manhattan Ave", "11222", 40.7255, -73.9515, 4.0, "+12125550111", "opt_out", TRADES_SHORT_SATURDAY],
    ["san-francisco-ca", "Sunset Plumbing & Rooter", "1820 Taraval St", "94116", 37.7426, -122.485, 4.5, "+14155550110", "accepts", TRADES_MON_SAT],
    ["san-francisco-ca", "Dogpatch Plumbing Co.", "2010 Cesar Chavez St", "94124", 37.7485, -122.4025, 4.2, "+14155550111", "far_future", TRADES_SHORT_SATURDAY],
    ["chicago-il", "Lakeview Plumbing Services", "1525 W Belmont Ave", "60657", 41.9398, -87.6655, 4.5, "+13125550110", "accepts", TRADES_MON_SAT],
    ["chicago-il", "West Loop Pipe & Sewer", "1012 W Lake St", "60607", 41.8856, -87.6535, 4.0, "+13125550111", "needs_insurance", TRADES_SHORT_SATURDAY],
    ["london-uk", "Hackney Plumbing & Heating", "248 Mare Street", "E8", 51.5455, -0.0555, 4.6, "+442079460110", "accepts", TRADES_MON_SAT],
    ["london-uk", "Wandsworth Bridge Plumbers", "210 Wandsworth Bridge Road", "SW6", 51.471, -0.1935, 4.1, "+442079460111", "no_phone_booking", TRADES_SHORT_SATURDAY],
    ["somerville-ma", "Somerville Pipe & Boiler", "88 Cedar St", "02144", 42.395, -71.1082, 4.6, "+18575550105", "accepts", TRADES_MON_SAT],
    ["somerville-ma", "Prospect Hill Plumbing", "72 Walnut St", "02143", 42.3825, -71.0945, 4.3, "+18575550106", "accepts", TRADES_SHORT_SATURDAY],
    ["somerville-ma", "Medford Street Plumbing & Heating", "190 Medford St", "02143", 42.3868, -71.09, 3.9, "+18575550107", "no_answer", TRADES_MON_SAT],
    ["brookline-ma", "Brookline Hills Plumbing", "350 Boylston St", "02445", 42.3305, -71.1285, 4.7, "+18575550108", "accepts", TRADES_SHORT_SATURDAY],
    ["brookline-ma", "Kent Street Plumbing & Heating", "60 Kent St", "02445", 42.335, -71.1185, 4.1, "+18575550109", "far_future", TRADES_MON_SAT],
    ["brookline-ma", "Centre Street Drain & Sewer", "45 Centre St", "02446", 42.3405, -71.1228, 3.9, "+18575550110", "voicemail", TRADES_SHORT_SATURDAY],
    ["newton-ma", "Newton Highlands Plumbing Co.", "1180 Walnut St", "02461", 42.3238, -71.206, 4.5, "+18575550111", "accepts", TRADES_MON_SAT],
    ["newton-ma", "Lower Falls Plumbing & Heating", "2340 Washington St", "02462", 42.3318, -71.2545, 4.4, "+18575550112", "accepts", TRADES_SHORT_SATURDAY],
    ["newton-ma", "Nonantum Pipe Works", "280 Adams St", "02458", 42.36, -71.2, 3.7, "+18575550113", "busy", TRADES_MON_SAT],
  ],
  electrician: [
    ["cambridge-ma", "Bright Circuit Electric", "145 Cardinal Medeiros Ave", "02141", 42.3672, -71.09, 4.6, "+16175550136", "accepts", TRADES_MON_SAT],
    ["cambridge-ma", "Cambridgeport Electrical Services", "112 Western Ave", "02139", 42.365, -71.1108, 4.4, "+16175550137", "accepts", TRADES_SHORT_SATURDAY],
    ["cambridge-ma", "North Cambridge Wiring", "402 Rindge Ave", "02140", 42.3935, -71.1335, 3.9, "+16175550138", "no_answer", TRADES_MON_SAT],
    ["boston-ma", "Beacon Electric & Lighting", "210 Cambridge St", "02114", 42.3612, -71.0662, 4.7, "+16175550139", "accepts", TRADES_MON_SAT],
    ["boston-ma", "Seaport Electrical Contractors", "88 Seaport Blvd", "02210", 42.3515, -71.0445, 4.3, "+16175550140", "voicemail", TRADES_SHORT_SATURDAY],
    ["boston-ma", "Roslindale Electric", "4236 Washington St", "02131", 42.2872, -71.129, 4.0, "+16175550141", "busy", TRADES_MON_SAT],
    ["new-york-ny", "Tribeca Electrical Services", "112 Hudson St", "10013", 40.7196, -74.0088, 4.5, "+12125550112", "accepts", TRADES_MON_SAT],
    ["new-york-ny", "Park Slope Electric", "312 5th Ave", "11215", 40.6735, -73.984, 4.2, "+12125550113", "opt_out", TRADES_SHORT_SATURDAY],
    ["san-francisco-ca", "Divisadero Electric", "615 Divisadero St", "94117", 37.7757, -122.4378, 4.6, "+14155550112", "accepts", TRADES_MON_SAT],
    ["san-francisco-ca", "Inner Richmond Electric", "538 Clement St", "94118", 37.7828, -122.465, 3.9, "+14155550113", "needs_insurance", TRADES_SHORT_SATURDAY],
    ["chicago-il", "Old Town Electric", "1521 N Wells St", "60610", 41.9102, -87.6348, 4.4, "+13125550112", "accepts", TRADES_MON_SAT],
    ["chicago-il", "Ravenswood Electrical Service", "4712 N Lincoln Ave", "60625", 41.9675, -87.6885, 4.1, "+13125550113", "no_phone_booking", TRADES_SHORT_SATURDAY],
    ["london-uk", "Kentish Town Electrical", "206 Kentish Town Road", "NW5", 51.5465, -0.1418, 4.5, "+442079460112", "accepts", TRADES_MON_SAT],
    ["london-uk", "Brixton Sparks", "38 Atlantic Road", "SW9", 51.4612, -0.1138, 4.0, "+442079460113", "no_answer", TRADES_SHORT_SATURDAY],
    ["somerville-ma", "Spring Hill Electric", "165 Central St", "02143", 42.3905, -71.1005, 4.6, "+18575550114", "accepts", TRADES_MON_SAT],
    ["somerville-ma", "Inner Belt Electrical Services", "45 Inner Belt Rd", "02143", 42.3808, -71.0788, 4.3, "+18575550115", "voicemail", TRADES_SHORT_SATURDAY],
    ["somerville-ma", "Winter Hill Wiring", "360 Broadway", "02145", 42.395, -71.0933, 4.0, "+18575550116", "needs_insurance", TRADES_MON_SAT],
    ["brookline-ma", "Brookline Electric & Lighting", "310 Washington St", "02445", 42.3355, -71.1255, 4.7, "+18575550117", "accepts", TRADES_SHORT_SATURDAY],
    ["brookline-ma", "Coolidge Corner Electrical", "200 Harvard St", "02446", 42.3405, -71.1212, 4.4, "+18575550118", "accepts", TRADES_MON_SAT],
    ["brookline-ma", "Aspinwall Hill Electric", "80 Aspinwall Ave", "02446", 42.339, -71.124, 4.1, "+18575550119", "far_future", TRADES_SHORT_SATURDAY],
    ["newton-ma", "Newton Corner Electric", "320 Washington St", "02458", 42.3538, -71.1858, 4.5, "+18575550120", "accepts", TRADES_MON_SAT],
    ["newton-ma", "Lexington Street Electric", "180 Lexington St", "02466", 42.3478, -71.2475, 4.2, "+18575550121", "no_phone_booking", TRADES_SHORT_SATURDAY],
    ["newton-ma", "Upper Falls Electrical Contractors", "110 Elliot St", "02464", 42.3148, -71.2168, 3.8, "+18575550122", "busy", TRADES_MON_SAT],
  ],
  massage: [
    ["cambridge-ma", "Still Point Massage Studio", "48 Mount Auburn St", "02138", 42.3718, -71.1175, 4.8, "+16175550142", "accepts", MASSAGE_DAILY],
    ["cambridge-ma", "Central Square Bodywork", "148 Bishop Allen Dr", "02139", 42.3656, -71.1, 4.3, "+16175550143", "voicemail", MASSAGE_SUNDAY_SHORT],
    ["cambridge-ma", "Porter Square Therapeutic Massage", "24 White St", "02140", 42.3887, -71.1205, 4.0, "+16175550144", "busy", MASSAGE_DAILY],
    ["boston-ma", "Back Bay Massage & Wellness", "338 Boylston St", "02116", 42.3518, -71.0715, 4.6, "+16175550145", "accepts", MASSAGE_DAILY],
    ["boston-ma", "Fenway Sports Massage", "1330 Boylston St", "02215", 42.3449, -71.0975, 4.4, "+16175550146", "accepts", MASSAGE_SUNDAY_SHORT],
    ["boston-ma", "Jamaica Plain Healing Arts", "21 South St", "02130", 42.31, -71.1155, 4.1, "+16175550147", "far_future", MASSAGE_DAILY],
    ["new-york-ny", "Flatiron Massage Collective", "38 W 21st St", "10010", 40.741, -73.992, 4.6, "+12125550114", "accepts", MASSAGE_DAILY],
    ["new-york-ny", "Upper East Side Body Works", "1247 2nd Ave", "10065", 40.764, -73.961, 4.1, "+12125550115", "opt_out", MASSAGE_SUNDAY_SHORT],
    ["san-francisco-ca", "Inner Sunset Massage", "832 Irving St", "94122", 37.764, -122.4668, 4.7, "+14155550114", "accepts", MASSAGE_DAILY],
    ["san-francisco-ca", "Polk Gulch Bodywork", "1520 Polk St", "94109", 37.7895, -122.4205, 4.0, "+14155550115", "no_phone_booking", MASSAGE_SUNDAY_SHORT],
    ["chicago-il", "River North Massage Studio", "220 W Huron St", "60654", 41.8947, -87.6345, 4.5, "+13125550114", "accepts", MASSAGE_DAILY],
    ["chicago-il", "Roscoe Village Massage Therapy", "2110 W Roscoe St", "60618", 41.9435, -87.681, 4.2, "+13125550115", "no_answer", MASSAGE_SUNDAY_SHORT],
    ["london-uk", "Notting Hill Massage Rooms", "196 Portobello Road", "W11", 51.5152, -0.2053, 4.6, "+442079460114", "accepts", MASSAGE_DAILY],
    ["london-uk", "Borough Sports Therapy", "104 Borough High Street", "SE1", 51.5017, -0.0925, 4.3, "+442079460115", "voicemail", MASSAGE_SUNDAY_SHORT],
    ["somerville-ma", "Davis Square Massage Studio", "14 College Ave", "02144", 42.3972, -71.122, 4.7, "+18575550123", "accepts", MASSAGE_DAILY],
    ["somerville-ma", "Union Square Bodywork", "305 Somerville Ave", "02143", 42.3805, -71.098, 4.4, "+18575550124", "accepts", MASSAGE_SUNDAY_SHORT],
    ["somerville-ma", "Ball Square Therapeutic Massage", "690 Broadway", "02144", 42.3992, -71.1106, 4.0, "+18575550125", "no_answer", MASSAGE_DAILY],
    ["brookline-ma", "Coolidge Corner Massage & Wellness", "1370 Beacon St", "02446", 42.3412, -71.1245, 4.6, "+18575550126", "accepts", MASSAGE_SUNDAY_SHORT],
    ["brookline-ma", "Brookline Village Sports Massage", "22 Harvard St", "02445", 42.3337, -71.1187, 4.3, "+18575550127", "busy", MASSAGE_DAILY],
    ["brookline-ma", "St Paul Street Massage Therapy", "175 St Paul St", "02446", 42.3438, -71.1175, 4.1, "+18575550128", "voicemail", MASSAGE_DAILY],
    ["newton-ma", "Newton Centre Massage Therapy", "790 Beacon St", "02459", 42.3305, -71.1945, 4.8, "+18575550129", "accepts", MASSAGE_DAILY],
    ["newton-ma", "Newtonville Healing Arts", "370 Newtonville Ave", "02460", 42.3522, -71.206, 4.3, "+18575550130", "far_future", MASSAGE_SUNDAY_SHORT],
    ["newton-ma", "Waban Wellness Massage", "1615 Beacon St", "02468", 42.3258, -71.2298, 3.9, "+18575550131", "needs_insurance", MASSAGE_DAILY],
  ],
  veterinarian: [
    ["cambridge-ma", "Concord Avenue Veterinary Clinic", "222 Concord Ave", "02138", 42.3805, -71.1275, 4.7, "+16175550148", "accepts", VET_STANDARD],
    ["cambridge-ma", "East Cambridge Animal Clinic", "520 Cambridge St", "02141", 42.3718, -71.0862, 4.4, "+16175550149", "accepts", VET_EXTENDED],
    ["cambridge-ma", "Cambridgeport Pet Hospital", "85 Putnam Ave", "02139", 42.363, -71.1085, 4.1, "+16175550150", "busy", VET_STANDARD],
    ["boston-ma", "South Boston Veterinary Care", "512 E Broadway", "02127", 42.3358, -71.0375, 4.6, "+16175550151", "accepts", VET_EXTENDED],
    ["boston-ma", "Mass Ave Animal Hospital", "475 Massachusetts Ave", "02118", 42.3415, -71.0795, 4.2, "+16175550152", "far_future", VET_STANDARD],
    ["boston-ma", "Brighton Companion Animal Hospital", "180 Chestnut Hill Ave", "02135", 42.342, -71.153, 3.9, "+16175550153", "needs_insurance", VET_STANDARD],
    ["new-york-ny", "Upper West Side Animal Clinic", "428 Amsterdam Ave", "10024", 40.7845, -73.9775, 4.6, "+12125550116", "accepts", VET_EXTENDED],
    ["new-york-ny", "Carroll Gardens Pet Hospital", "388 Court St", "11231", 40.6805, -73.9965, 4.2, "+12125550117", "no_phone_booking", VET_STANDARD],
    ["san-francisco-ca", "Haight Street Veterinary", "1548 Haight St", "94117", 37.7699, -122.4475, 4.5, "+14155550116", "accepts", VET_STANDARD],
    ["san-francisco-ca", "Richmond District Animal Hospital", "3020 Geary Blvd", "94118", 37.7818, -122.4525, 4.3, "+14155550117", "no_answer", VET_EXTENDED],
    ["chicago-il", "Armitage Animal Clinic", "842 W Armitage Ave", "60614", 41.9182, -87.6505, 4.7, "+13125550116", "accepts", VET_STANDARD],
    ["chicago-il", "Ukrainian Village Vet", "1911 W Chicago Ave", "60622", 41.8958, -87.6755, 4.0, "+13125550117", "opt_out", VET_EXTENDED],
    ["london-uk", "Stoke Newington Veterinary Surgery", "112 Stoke Newington Church Street", "N16", 51.5622, -0.079, 4.6, "+442079460116", "accepts", VET_STANDARD],
    ["london-uk", "Chiswick Pet Practice", "302 Chiswick High Road", "W4", 51.4925, -0.2595, 4.2, "+442079460117", "busy", VET_EXTENDED],
    ["somerville-ma", "Somerville Avenue Animal Clinic", "520 Somerville Ave", "02143", 42.3848, -71.109, 4.6, "+18575550132", "accepts", VET_EXTENDED],
    ["somerville-ma", "Broadway Pet Hospital", "1020 Broadway", "02144", 42.401, -71.123, 4.4, "+18575550133", "accepts", VET_STANDARD],
    ["somerville-ma", "Gilman Square Veterinary Clinic", "290 Medford St", "02143", 42.388, -71.0955, 4.0, "+18575550134", "no_answer", VET_STANDARD],
    ["brookline-ma", "Brookline Village Veterinary Clinic", "180 Washington St", "02445", 42.3342, -71.1215, 4.7, "+18575550135", "accepts", VET_STANDARD],
    ["brookline-ma", "Dean Road Animal Hospital", "1800 Beacon St", "02445", 42.337, -71.143, 4.2, "+18575550136", "voicemail", VET_EXTENDED],
    ["brookline-ma", "Fisher Hill Animal Clinic", "410 Boylston St", "02445", 42.3302, -71.1305, 3.9, "+18575550137", "needs_insurance", VET_STANDARD],
    ["newton-ma", "Newton Highlands Animal Hospital", "48 Lincoln St", "02461", 42.3217, -71.2078, 4.6, "+18575550138", "accepts", VET_EXTENDED],
    ["newton-ma", "West Newton Veterinary Clinic", "38 Chestnut St", "02465", 42.3485, -71.2283, 4.4, "+18575550139", "accepts", VET_STANDARD],
    ["newton-ma", "Auburndale Pet Clinic", "2075 Commonwealth Ave", "02466", 42.3432, -71.244, 4.1, "+18575550140", "busy", VET_EXTENDED],
  ],
  restaurant: [
    ["cambridge-ma", "Mass Ave Trattoria", "1682 Massachusetts Ave", "02138", 42.3795, -71.1195, 4.5, "+16175550154", "accepts", RESTAURANT_ALL_DAY],
    ["cambridge-ma", "Inman Oyster & Ale", "1208 Cambridge St", "02139", 42.3736, -71.0998, 4.4, "+16175550155", "far_future", RESTAURANT_DINNER_ONLY],
    ["cambridge-ma", "Harvard Square Noodle Bar", "27 Church St", "02138", 42.3747, -71.12, 4.1, "+16175550156", "needs_insurance", RESTAURANT_SPLIT],
    ["boston-ma", "Hanover Street Osteria", "318 Hanover St", "02113", 42.3647, -71.054, 4.6, "+16175550157", "accepts", RESTAURANT_LATE_WEEKEND],
    ["boston-ma", "South End Bistro", "620 Tremont St", "02118", 42.3428, -71.0725, 4.3, "+16175550158", "accepts", RESTAURANT_DINNER_ONLY],
    ["boston-ma", "Seaport Fish House", "60 Northern Ave", "02210", 42.353, -71.047, 3.9, "+16175550159", "no_phone_booking", RESTAURANT_ALL_DAY],
    ["new-york-ny", "Mulberry Street Trattoria", "154 Mulberry St", "10013", 40.7197, -73.9972, 4.3, "+12125550118", "accepts", RESTAURANT_LATE_WEEKEND],
    ["new-york-ny", "West Village Supper Club", "62 Greenwich Ave", "10011", 40.7362, -74.0008, 4.6, "+12125550119", "no_answer", RESTAURANT_DINNER_ONLY],
    ["san-francisco-ca", "Mission Street Cantina", "2534 Mission St", "94110", 37.7555, -122.4188, 4.4, "+14155550118", "accepts", RESTAURANT_ALL_DAY],
    ["san-francisco-ca", "Cow Hollow Kitchen", "1805 Union St", "94123", 37.7978, -122.4295, 4.2, "+14155550119", "voicemail", RESTAURANT_SPLIT],
    ["chicago-il", "Randolph Street Chophouse", "912 W Randolph St", "60607", 41.8843, -87.6497, 4.7, "+13125550118", "accepts", RESTAURANT_DINNER_ONLY],
    ["chicago-il", "Pilsen Cocina", "1215 W 18th St", "60608", 41.8577, -87.6575, 4.4, "+13125550119", "opt_out", RESTAURANT_ALL_DAY],
    ["london-uk", "Exmouth Market Kitchen", "34 Exmouth Market", "EC1R", 51.5262, -0.1092, 4.5, "+442079460118", "accepts", RESTAURANT_SPLIT],
    ["london-uk", "Soho Dumpling House", "58 Dean Street", "W1D", 51.5139, -0.1322, 4.1, "+442079460119", "far_future", RESTAURANT_LATE_WEEKEND],
    ["somerville-ma", "Holland Street Osteria", "52 Holland St", "02144", 42.397, -71.1235, 4.6, "+18575550141", "accepts", RESTAURANT_LATE_WEEKEND],
    ["somerville-ma", "Union Square Dumpling Bar", "120 Washington St", "02143", 42.3805, -71.091, 4.4, "+18575550142", "accepts", RESTAURANT_SPLIT],
    ["somerville-ma", "Assembly Row Fish Market", "355 Artisan Way", "02145", 42.3935, -71.079, 3.9, "+18575550143", "voicemail", RESTAURANT_ALL_DAY],
    ["brookline-ma", "Beaconsfield Brasserie", "1720 Beacon St", "02445", 42.3385, -71.1395, 4.5, "+18575550144", "accepts", RESTAURANT_DINNER_ONLY],
    ["brookline-ma", "Brookline Village Trattoria", "11 Boylston St", "02445", 42.3322, -71.1195, 4.3, "+18575550145", "accepts", RESTAURANT_SPLIT],
    ["brookline-ma", "Coolidge Corner Ramen Bar", "275 Harvard St", "02446", 42.3427, -71.1219, 4.0, "+18575550146", "busy", RESTAURANT_LATE_WEEKEND],
    ["newton-ma", "Pelham Street Kitchen", "12 Pelham St", "02459", 42.3297, -71.1935, 4.7, "+18575550147", "accepts", RESTAURANT_SPLIT],
    ["newton-ma", "West Newton Wood Grill", "1314 Washington St", "02465", 42.349, -71.2285, 4.4, "+18575550148", "far_future", RESTAURANT_DINNER_ONLY],
    ["newton-ma", "Needham Street Taproom", "250 Needham St", "02464", 42.309, -71.2138, 4.2, "+18575550149", "no_phone_booking", RESTAURANT_LATE_WEEKEND],
  ],
};

// Businesses abroad (issue 17), one per type in Paris, Montréal, Berlin and Madrid: calls to them are made in their
// language. Phones: ARCEP's fiction range 01 99 00 xx xx, NANP 514-555-01xx, the Bundesnetzagentur's film range
// 030 23125 xxx; Spain reserves none, so Madrid's 91 555 01xx numbers are only ever dialed by the simulation.
// prettier-ignore
const demoTablesAbroad: Record<ServiceType, DemoRow[]> = {
  dentist: [
    ["paris-fr", "Cabinet Dentaire du Marais", "18 Rue de Turenne", "75004", 48.856, 2.364, 4.5, "+33199000100", "accepts", DENTAL_WEEKDAYS],
    ["montreal-qc", "Clinique Dentaire du Plateau", "4101 Rue Saint-Denis", "H2W 2M7", 45.5225, -73.5805, 4.4, "+15145550100", "accepts", DENTAL_WEEKDAYS],
    ["berlin-de", "Zahnarztpraxis Prenzlauer Berg", "Kastanienallee 12", "10435", 52.5385, 13.409, 4.6, "+493023125100", "accepts", DENTAL_WEEKDAYS],
    ["madrid-es", "Clínica Dental Malasaña", "Calle de Fuencarral 80", "28004", 40.426, -3.702, 4.3, "+34915550100", "accepts", DENTAL_WEEKDAYS],
  ],
  doctor: [
    ["paris-fr", "Cabinet Médical Saint-Germain", "42 Rue de Rennes", "75006", 48.849, 2.33, 4.5, "+33199000101", "accepts", DOCTOR_WEEKDAYS],
    ["montreal-qc", "Clinique Médicale Outremont", "1255 Avenue Laurier Ouest", "H2V 2L3", 45.521, -73.603, 4.4, "+15145550101", "accepts", DOCTOR_WEEKDAYS],
    ["berlin-de", "Hausarztpraxis Charlottenburg", "Kantstraße 45", "10625", 52.506, 13.312, 4.6, "+493023125101", "accepts", DOCTOR_WEEKDAYS],
    ["madrid-es", "Centro Médico Chamberí", "Calle de Santa Engracia 45", "28010", 40.433, -3.7, 4.3, "+34915550101", "accepts", DOCTOR_WEEKDAYS],
  ],
  hair_salon: [
    ["paris-fr", "Salon Coiffure Montmartre", "9 Rue des Abbesses", "75018", 48.8845, 2.337, 4.5, "+33199000102", "accepts", SALON_STANDARD],
    ["montreal-qc", "Salon Coiffure Mile End", "5380 Boulevard Saint-Laurent", "H2T 1S1", 45.525, -73.596, 4.4, "+15145550102", "accepts", SALON_STANDARD],
    ["berlin-de", "Friseursalon Kreuzberg", "Oranienstraße 21", "10999", 52.501, 13.419, 4.6, "+493023125102", "accepts", SALON_STANDARD],
    ["madrid-es", "Peluquería Lavapiés", "Calle de Argumosa 14", "28012", 40.408, -3.699, 4.3, "+34915550102", "accepts", SALON_STANDARD],
  ],
  barber: [
    ["paris-fr", "Le Barbier de Belleville", "31 Rue de Belleville", "75020", 48.872, 2.38, 4.5, "+33199000103", "accepts", BARBER_STANDARD],
    ["montreal-qc", "Barbier Vieux-Montréal", "210 Rue Saint-Paul Ouest", "H2Y 1Z9", 45.502, -73.557, 4.4, "+15145550103", "accepts", BARBER_STANDARD],
    ["berlin-de", "Barbier am Hackeschen Markt", "Rosenthaler Straße 8", "10119", 52.525, 13.402, 4.6, "+493023125103", "accepts", BARBER_STANDARD],
    ["madrid-es", "Barbería La Latina", "Calle de la Cava Baja 22", "28005", 40.412, -3.709, 4.3, "+34915550103", "accepts", BARBER_STANDARD],
  ],
  auto_mechanic: [
    ["paris-fr", "Garage de la Bastille", "54 Rue de la Roquette", "75011", 48.855, 2.376, 4.5, "+33199000104", "accepts", MECHANIC_STANDARD],
    ["montreal-qc", "Garage Rosemont", "3050 Rue Masson", "H1Y 1X6", 45.548, -73.573, 4.4, "+15145550104", "accepts", MECHANIC_STANDARD],
    ["berlin-de", "Autowerkstatt Neukölln", "Karl-Marx-Straße 90", "12043", 52.48, 13.435, 4.6, "+493023125104", "accepts", MECHANIC_STANDARD],
    ["madrid-es", "Taller Mecánico Arganzuela", "Paseo de las Delicias 60", "28045", 40.399, -3.693, 4.3, "+34915550104", "accepts", MECHANIC_STANDARD],
  ],
  plumber: [
    ["paris-fr", "Plomberie République", "12 Rue du Faubourg du Temple", "75010", 48.869, 2.367, 4.5, "+33199000105", "accepts", TRADES_MON_SAT],
    ["montreal-qc", "Plomberie Villeray", "7300 Rue Saint-Hubert", "H2R 2N1", 45.54, -73.618, 4.4, "+15145550105", "accepts", TRADES_MON_SAT],
    ["berlin-de", "Sanitär Friedrichshain", "Boxhagener Straße 33", "10245", 52.511, 13.458, 4.6, "+493023125105", "accepts", TRADES_MON_SAT],
    ["madrid-es", "Fontanería Salamanca", "Calle de Goya 70", "28001", 40.424, -3.678, 4.3, "+34915550105", "accepts", TRADES_MON_SAT],
  ],
  electrician: [
    ["paris-fr", "Électricité Batignolles", "27 Rue des Batignolles", "75017", 48.884, 2.319, 4.5, "+33199000106", "accepts", TRADES_SHORT_SATURDAY],
    ["montreal-qc", "Électricité Hochelaga", "3700 Rue Ontario Est", "H1W 1R9", 45.545, -73.543, 4.4, "+15145550106", "accepts", TRADES_SHORT_SATURDAY],
    ["berlin-de", "Elektro Schöneberg", "Hauptstraße 120", "10827", 52.486, 13.353, 4.6, "+493023125106", "accepts", TRADES_SHORT_SATURDAY],
    ["madrid-es", "Electricidad Retiro", "Calle de Ibiza 30", "28009", 40.419, -3.674, 4.3, "+34915550106", "accepts", TRADES_SHORT_SATURDAY],
  ],
  massage: [
    ["paris-fr", "Institut de Massage Luxembourg", "6 Rue de Vaugirard", "75006", 48.848, 2.339, 4.5, "+33199000107", "accepts", MASSAGE_DAILY],
    ["montreal-qc", "Spa Massothérapie Westmount", "4820 Rue Sherbrooke Ouest", "H3Z 1G8", 45.486, -73.594, 4.4, "+15145550107", "accepts", MASSAGE_DAILY],
    ["berlin-de", "Massagepraxis Mitte", "Torstraße 150", "10119", 52.529, 13.4, 4.6, "+493023125107", "accepts", MASSAGE_DAILY],
    ["madrid-es", "Centro de Masajes Sol", "Calle de Alcalá 20", "28014", 40.418, -3.699, 4.3, "+34915550107", "accepts", MASSAGE_DAILY],
  ],
  veterinarian: [
    ["paris-fr", "Clinique Vétérinaire Nation", "88 Boulevard de Charonne", "75020", 48.853, 2.393, 4.5, "+33199000108", "accepts", VET_STANDARD],
    ["montreal-qc", "Hôpital Vétérinaire Verdun", "4200 Rue Wellington", "H4G 1V5", 45.462, -73.568, 4.4, "+15145550108", "accepts", VET_STANDARD],
    ["berlin-de", "Tierarztpraxis Wedding", "Müllerstraße 60", "13349", 52.548, 13.354, 4.6, "+493023125108", "accepts", VET_STANDARD],
    ["madrid-es", "Clínica Veterinaria Tetuán", "Calle de Bravo Murillo 200", "28020", 40.456, -3.703, 4.3, "+34915550108", "accepts", VET_STANDARD],
  ],
  restaurant: [
    ["paris-fr", "Bistrot du Canal Saint-Martin", "63 Quai de Valmy", "75010", 48.871, 2.365, 4.5, "+33199000109", "accepts", RESTAURANT_SPLIT],
    ["montreal-qc", "Bistro Saint-Denis", "3990 Rue Saint-Denis", "H2W 2M2", 45.5195, -73.578, 4.4, "+15145550109", "accepts", RESTAURANT_SPLIT],
    ["berlin-de", "Gasthaus am Kollwitzplatz", "Knaackstraße 40", "10405", 52.536, 13.417, 4.6, "+493023125109", "accepts", RESTAURANT_SPLIT],
    ["madrid-es", "Taberna de Huertas", "Calle de las Huertas 25", "28014", 40.414, -3.699, 4.3, "+34915550109", "accepts", RESTAURANT_SPLIT],
  ],
};

function postalAddress(slug: DemoCitySlug, street: string, postalCode: string): string {
  const { city, region, country } = demoCities[slug];
  if (country === "GB") return `${street}, ${city} ${postalCode}`;
  if (country === "US" || country === "CA") return `${street}, ${city}, ${region} ${postalCode}`;
  return `${street}, ${postalCode} ${city}`;
}

function buildDirectory(): DemoProvider[] {
  const directory: DemoProvider[] = [];
  for (const [serviceType, rows] of Object.entries(demoTables) as Array<[ServiceType, DemoRow[]]>) {
    const seenPerCity = new Map<DemoCitySlug, number>();
    for (const [slug, name, street, postalCode, latitude, longitude, rating, phone, profile, hours] of [
      ...rows,
      ...demoTablesAbroad[serviceType],
    ]) {
      const position = (seenPerCity.get(slug) ?? 0) + 1;
      seenPerCity.set(slug, position);
      const { city, country, timeZone } = demoCities[slug];
      directory.push({
        id: `${serviceType}-${slug}-${position}`,
        name,
        serviceType,
        phone,
        address: postalAddress(slug, street, postalCode),
        city,
        country,
        latitude,
        longitude,
        timeZone,
        rating,
        openingHours: hours,
        simulationProfile: profile,
        language: languageForPlace({ country, city, region: demoCities[slug].region }),
      });
    }
  }
  return directory;
}

/** Every demo business, in table order. */
export const demoDirectory: readonly DemoProvider[] = buildDirectory();
