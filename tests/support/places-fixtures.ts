// Places API (New) Place resources around Cambridge MA, shaped like the documented Place Details responses
// (field names, LocalizedText names, addressComponents, regularOpeningHours periods with day 0 = Sunday).
// Numbers are in the fictional 555-01xx range, outside the demo directory's.

const cambridgeComponents = (street: string) => [
  { longText: street, shortText: street, types: ["route"], languageCode: "en" },
  { longText: "Cambridge", shortText: "Cambridge", types: ["locality", "political"], languageCode: "en" },
  {
    longText: "Massachusetts",
    shortText: "MA",
    types: ["administrative_area_level_1", "political"],
    languageCode: "en",
  },
  { longText: "United States", shortText: "US", types: ["country", "political"], languageCode: "en" },
];

const weekdays = (open: number, close: number) =>
  [1, 2, 3, 4, 5].map((day) => ({
    open: { day, hour: open, minute: 0 },
    close: { day, hour: close, minute: 0 },
  }));

export const kendallDental = {
  name: "places/ChIJkendall-dental",
  id: "ChIJkendall-dental",
  displayName: { text: "Kendall Square Family Dentistry", languageCode: "en" },
  formattedAddress: "300 Main St, Cambridge, MA 02142, USA",
  addressComponents: cambridgeComponents("Main Street"),
  location: { latitude: 42.3625, longitude: -71.0862 },
  nationalPhoneNumber: "(781) 555-0142",
  internationalPhoneNumber: "+1 781-555-0142",
  rating: 4.8,
  businessStatus: "OPERATIONAL",
  regularOpeningHours: {
    openNow: false,
    periods: weekdays(8, 17),
    weekdayDescriptions: ["Monday: 8:00 AM – 5:00 PM"],
  },
};

export const porterNoPhone = {
  name: "places/ChIJporter-no-phone",
  id: "ChIJporter-no-phone",
  displayName: { text: "Porter Square Smiles", languageCode: "en" },
  formattedAddress: "1815 Massachusetts Ave, Cambridge, MA 02140, USA",
  addressComponents: cambridgeComponents("Massachusetts Avenue"),
  location: { latitude: 42.3884, longitude: -71.1191 },
  rating: 4.5,
  businessStatus: "OPERATIONAL",
  regularOpeningHours: { periods: weekdays(9, 18) },
};

export const centralClosed = {
  name: "places/ChIJcentral-closed",
  id: "ChIJcentral-closed",
  displayName: { text: "Central Square Dental Studio", languageCode: "en" },
  formattedAddress: "600 Massachusetts Ave, Cambridge, MA 02139, USA",
  addressComponents: cambridgeComponents("Massachusetts Avenue"),
  location: { latitude: 42.3653, longitude: -71.1037 },
  nationalPhoneNumber: "(781) 555-0157",
  internationalPhoneNumber: "+1 781-555-0157",
  rating: 4.1,
  businessStatus: "CLOSED_PERMANENTLY",
  regularOpeningHours: { periods: weekdays(8, 16) },
};

export const worcesterFar = {
  name: "places/ChIJworcester-far",
  id: "ChIJworcester-far",
  displayName: { text: "Worcester Dental Group", languageCode: "en" },
  formattedAddress: "20 Franklin St, Worcester, MA 01608, USA",
  addressComponents: [
    { longText: "Worcester", shortText: "Worcester", types: ["locality", "political"], languageCode: "en" },
    { longText: "United States", shortText: "US", types: ["country", "political"], languageCode: "en" },
  ],
  location: { latitude: 42.2626, longitude: -71.8023 },
  nationalPhoneNumber: "(508) 555-0166",
  rating: 4.9,
  businessStatus: "OPERATIONAL",
  regularOpeningHours: { periods: weekdays(8, 17) },
};

/** Open late: Friday and Saturday nights run past midnight, as Places writes it (close on the next day). */
export const lateNightDental = {
  name: "places/ChIJlate-night",
  id: "ChIJlate-night",
  displayName: { text: "Inman Late Night Dental", languageCode: "en" },
  formattedAddress: "1414 Cambridge St, Cambridge, MA 02139, USA",
  addressComponents: cambridgeComponents("Cambridge Street"),
  location: { latitude: 42.3735, longitude: -71.1008 },
  nationalPhoneNumber: "(781) 555-0188",
  rating: 4.3,
  businessStatus: "OPERATIONAL",
  regularOpeningHours: {
    periods: [
      ...weekdays(10, 20).slice(0, 4),
      { open: { day: 5, hour: 18, minute: 0 }, close: { day: 6, hour: 2, minute: 0 } },
      { open: { day: 6, hour: 18, minute: 0 }, close: { day: 0, hour: 2, minute: 0 } },
    ],
  },
};

export const cambridgeDentists = [kendallDental, porterNoPhone, centralClosed, worcesterFar, lateNightDental];
