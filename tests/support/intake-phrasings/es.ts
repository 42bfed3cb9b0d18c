// Real-world Spanish phrasings of booking requests and the fields the intake must read from them, with the
// fixed clock of intake-table.ts. The offline extractor's tests and the LLM path's fallback tests run them.
import { hours, windowsIn, type IntakeCase } from "../intake-table";

export const zone = "Europe/Madrid";
const w = windowsIn(zone);
const es = { language: "es" } as const;

export const single: [string, IntakeCase][] = [
  [
    "un dentista la semana que viene por la mañana",
    {
      says: ["Necesito un dentista en Madrid la semana que viene, por la mañana"],
      expected: {
        ...es,
        service_type: "dentist",
        location: "Madrid",
        timeframe: "next week",
        window: w.nextWeek,
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "me duele una muela",
    {
      says: ["Me duele una muela, ¿me buscas algo en Sevilla mañana por la mañana?"],
      expected: {
        ...es,
        service_type: "dentist",
        location: "Sevilla",
        timeframe: "tomorrow",
        window: w.tomorrow,
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "médico de cabecera el jueves",
    {
      says: ["Quiero pedir cita con el médico de cabecera en Barcelona para el jueves"],
      expected: {
        ...es,
        service_type: "doctor",
        location: "Barcelona",
        timeframe: "2026-11-26",
        window: w.thursday,
      },
    },
  ],
  [
    "pediatra cerca de Valencia",
    {
      says: ["Busco pediatra cerca de Valencia esta semana por la tarde"],
      expected: {
        ...es,
        service_type: "doctor",
        location: "Valencia",
        timeframe: "this week",
        window: w.thisWeek,
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "una mesa para 4 personas a las 21:00",
    {
      says: ["Una mesa para 4 personas en Madrid el sábado a las 21:00"],
      expected: {
        ...es,
        service_type: "restaurant",
        party_size: 4,
        location: "Madrid",
        timeframe: "2026-11-28",
        window: w.saturday,
        time_of_day: hours("21:00", "22:00"),
      },
    },
  ],
  [
    "somos cuatro, queremos cenar",
    {
      says: ["Somos cuatro, queremos cenar en Bilbao este fin de semana"],
      expected: {
        ...es,
        service_type: "restaurant",
        party_size: 4,
        location: "Bilbao",
        timeframe: "this weekend",
        window: w.thisWeekend,
      },
    },
  ],
  [
    "reserva a nombre de María García",
    {
      says: ["Reserva para dos a nombre de María García en Málaga, mañana por la noche"],
      expected: {
        ...es,
        service_type: "restaurant",
        party_size: 2,
        client_name: "María García",
        location: "Málaga",
        timeframe: "tomorrow",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "cortarme el pelo hoy por la tarde",
    {
      says: ["Necesito cortarme el pelo en Madrid hoy por la tarde"],
      expected: {
        ...es,
        service_type: "hair_salon",
        location: "Madrid",
        timeframe: "today",
        window: w.today,
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "barbería después de las 17:00",
    {
      says: ["¿Hay alguna barbería en Granada el viernes después de las 17:00?"],
      expected: {
        ...es,
        service_type: "barber",
        location: "Granada",
        timeframe: "2026-11-27",
        window: w.friday,
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "un taller lo antes posible",
    {
      says: ["Mi coche hace un ruido raro con los frenos, busco un taller en Zaragoza lo antes posible"],
      expected: {
        ...es,
        service_type: "auto_mechanic",
        location: "Zaragoza",
        timeframe: "as soon as possible",
        window: w.asap,
      },
    },
  ],
  [
    "un fontanero hoy",
    {
      says: ["Se me ha roto una tubería, necesito un fontanero en Valencia hoy"],
      expected: { ...es, service_type: "plumber", location: "Valencia", timeframe: "today" },
    },
  ],
  [
    "los enchufes, para mañana",
    {
      says: ["Un electricista en Sevilla, se han quemado los enchufes, para mañana"],
      expected: { ...es, service_type: "electrician", location: "Sevilla", timeframe: "tomorrow" },
    },
  ],
  [
    "un masaje el sábado por la tarde",
    {
      says: ["Quiero un masaje en Barcelona el sábado por la tarde"],
      expected: {
        ...es,
        service_type: "massage",
        location: "Barcelona",
        timeframe: "2026-11-28",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "las vacunas del perro",
    {
      says: ["Mi perro necesita las vacunas, ¿hay un veterinario en Córdoba la semana que viene?"],
      expected: {
        ...es,
        service_type: "veterinarian",
        location: "Córdoba",
        timeframe: "next week",
        window: w.nextWeek,
      },
    },
  ],
  [
    "dentro de dos semanas",
    {
      says: ["Cita con el dentista en Madrid dentro de dos semanas"],
      expected: {
        ...es,
        service_type: "dentist",
        location: "Madrid",
        timeframe: "in 2 weeks",
        window: w.inTwoWeeks,
      },
    },
  ],
  [
    "pasado mañana a primera hora",
    {
      says: ["Necesito un médico en Valencia pasado mañana a primera hora"],
      expected: {
        ...es,
        service_type: "doctor",
        location: "Valencia",
        timeframe: "2026-11-26",
        window: w.dayAfterTomorrow,
        time_of_day: hours("07:00", "09:00"),
      },
    },
  ],
  [
    "el 3 de diciembre",
    {
      says: ["Una limpieza dental en Bilbao el 3 de diciembre"],
      expected: {
        ...es,
        service_type: "dentist",
        location: "Bilbao",
        timeframe: "2026-12-03",
        window: w.december3,
      },
    },
  ],
  [
    "gripe y fiebre",
    {
      says: ["Tengo gripe y fiebre, necesito médico en Málaga hoy mismo"],
      expected: { ...es, service_type: "doctor", location: "Málaga", timeframe: "today" },
    },
  ],
  [
    "en el centro de Madrid al mediodía",
    {
      says: ["Quiero comer en un restaurante en el centro de Madrid mañana al mediodía, somos 6"],
      expected: {
        ...es,
        service_type: "restaurant",
        location: "downtown Madrid",
        timeframe: "tomorrow",
        time_of_day: hours("11:30", "14:00"),
        party_size: 6,
      },
    },
  ],
  [
    "peluquería a nombre de Lucía",
    {
      says: ["Peluquería en Sevilla para el viernes por la mañana, a nombre de Lucía"],
      expected: {
        ...es,
        service_type: "hair_salon",
        location: "Sevilla",
        timeframe: "2026-11-27",
        time_of_day: hours("08:00", "12:00"),
        client_name: "Lucía",
      },
    },
  ],
  [
    "cambio de aceite la próxima semana",
    {
      says: ["Necesito un cambio de aceite en Valladolid la próxima semana"],
      expected: { ...es, service_type: "auto_mechanic", location: "Valladolid", timeframe: "next week" },
    },
  ],
  [
    "seremos tres",
    {
      says: ["Me gustaría reservar en un restaurante en Barcelona para el sábado, seremos tres"],
      expected: {
        ...es,
        service_type: "restaurant",
        location: "Barcelona",
        timeframe: "2026-11-28",
        party_size: 3,
      },
    },
  ],
  [
    "veterinario para mi gato esta tarde",
    {
      says: ["Busco un veterinario en Alicante para mi gato, esta tarde"],
      expected: {
        ...es,
        service_type: "veterinarian",
        location: "Alicante",
        timeframe: "today",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "entre las 10 y las 12",
    {
      says: ["Dentista en Palma el lunes entre las 10 y las 12"],
      expected: {
        ...es,
        service_type: "dentist",
        location: "Palma",
        timeframe: "2026-11-30",
        time_of_day: hours("10:00", "12:00"),
      },
    },
  ],
  [
    "el mes que viene",
    {
      says: ["Hola, necesito un electricista en Murcia el mes que viene"],
      expected: {
        ...es,
        service_type: "electrician",
        location: "Murcia",
        timeframe: "next month",
        window: w.nextMonth,
      },
    },
  ],
  [
    "me llamo Carlos",
    {
      says: ["Quiero un corte de pelo en Valencia esta semana, me llamo Carlos"],
      expected: {
        ...es,
        service_type: "hair_salon",
        location: "Valencia",
        timeframe: "this week",
        client_name: "Carlos",
      },
    },
  ],
  [
    "sobre las 11",
    {
      says: ["Un masaje para una persona en Granada mañana sobre las 11"],
      expected: {
        ...es,
        service_type: "massage",
        location: "Granada",
        timeframe: "tomorrow",
        party_size: 1,
        time_of_day: hours("10:30", "11:30"),
      },
    },
  ],
  [
    "reservar mesa para esta noche",
    {
      says: ["Hola, quería reservar mesa para esta noche en Madrid, somos 3"],
      expected: {
        ...es,
        service_type: "restaurant",
        location: "Madrid",
        timeframe: "today",
        time_of_day: hours("17:00", "21:00"),
        party_size: 3,
      },
    },
  ],
  [
    "all lower case",
    {
      says: ["necesito un dentista en barcelona mañana"],
      expected: { ...es, service_type: "dentist", location: "Barcelona", timeframe: "tomorrow" },
    },
  ],
];

export const conversations: [string, IntakeCase][] = [
  [
    "mejor el jueves",
    {
      says: ["Necesito un dentista en Madrid mañana", "mejor el jueves"],
      expected: { ...es, timeframe: "2026-11-26", window: w.thursday, location: "Madrid" },
    },
  ],
  [
    "no, mejor en Granada",
    {
      says: ["Una mesa para 2 en Sevilla el viernes", "no, mejor en Granada"],
      expected: { ...es, location: "Granada", party_size: 2, timeframe: "2026-11-27" },
    },
  ],
  [
    "cámbialo a Toledo",
    {
      says: ["Necesito un fontanero en Madrid hoy", "cámbialo a Toledo"],
      expected: { ...es, service_type: "plumber", location: "Toledo" },
    },
  ],
  [
    "al final somos cinco",
    {
      says: ["Una mesa para cuatro en Bilbao el sábado", "perdona, al final somos cinco"],
      expected: { ...es, party_size: 5, location: "Bilbao" },
    },
  ],
  [
    "answers in bare words",
    {
      says: ["Necesito un médico", "Sevilla", "la semana que viene"],
      expected: { ...es, service_type: "doctor", location: "Sevilla", timeframe: "next week" },
    },
  ],
  [
    "mejor por la tarde",
    {
      says: ["Peluquería en Madrid el viernes por la mañana", "mejor por la tarde"],
      expected: { ...es, time_of_day: hours("12:00", "17:00"), timeframe: "2026-11-27" },
    },
  ],
];
