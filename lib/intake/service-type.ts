// Recognises which kind of business a person wants from everyday words ("toothache" → dentist), including the
// kinds CallPilot does not book, so it can say so instead of guessing.
import { serviceTypes, type ServiceType } from "./booking-request";

export type ServiceMention =
  { kind: "supported"; serviceType: ServiceType } | { kind: "unsupported"; description: string } | null;

interface ServiceRule {
  serviceType: ServiceType;
  pattern: RegExp;
  /**
   * Services these words also fit: when the request already has one of them, the words confirm it rather than
   * change it ("a trim" keeps a barber a barber; "lunchtime" does not turn a massage into a restaurant).
   */
  alsoFits?: readonly ServiceType[];
}

const anyService = serviceTypes;
const pets = "dog|cat|puppy|kitten|pet|rabbit|bunny|parrot|hamster|guinea pig";

/** Ordered by priority: the first rule that matches decides, so specific words sit above general ones. */
const rules: ServiceRule[] = [
  { serviceType: "veterinarian", pattern: /\b(?:vet|vets|veterinarian|veterinary|animal hospital)\b/ },
  {
    serviceType: "veterinarian",
    pattern: new RegExp(
      `\\b(?:my|our|the) (?:${pets})\\b.*\\b(?:shots?|vaccin\\w*|jabs?|check-?up|sick|ill|limping|vomiting|spay\\w*|neuter\\w*|microchip\\w*|worming|fleas?|ticks?)\\b`,
    ),
  },
  {
    serviceType: "dentist",
    pattern: /\b(?:dentist|dental|orthodontist|hygienist|root canal|wisdom tooth|teeth cleaning)\b/,
  },
  {
    serviceType: "dentist",
    pattern: /\b(?:teeth|tooth|toothache|cavity|cavities|filling|crown|gums?|braces)\b/,
    alsoFits: ["doctor"],
  },
  { serviceType: "barber", pattern: /\b(?:barber|barbers|barbershop|fade|beard|shave|line-?up)\b/ },
  {
    serviceType: "hair_salon",
    pattern:
      /\b(?:hair ?salon|salon|hairdresser|hair ?stylist|blow-?out|blow-?dry|highlights|balayage|perm)\b/,
  },
  {
    serviceType: "hair_salon",
    pattern: /\b(?:haircut|hair cut|hair|trim|colou?r|colou?ring)\b/,
    alsoFits: ["barber"],
  },
  { serviceType: "massage", pattern: /\b(?:massage|masseuse|masseur|deep tissue)\b/ },
  {
    serviceType: "auto_mechanic",
    pattern:
      /\b(?:mechanic|oil change|brakes?|car service|service my car|tyres?|tires?|my car|garage|auto ?shop|auto repair|engine|transmission|wheel alignment|mot)\b/,
  },
  {
    serviceType: "plumber",
    pattern:
      /\b(?:plumber|plumbing|leak\w*|dripping|taps?|faucets?|clogged|blocked drain|drains?|boiler|toilet|pipes?|water heater|sink)\b/,
  },
  {
    serviceType: "electrician",
    pattern:
      /\b(?:electrician|electrical|wiring|rewire|rewiring|outlets?|sockets?|breaker|fuse ?box|fuses?|light fixture|power cut)\b/,
  },
  {
    serviceType: "doctor",
    pattern: /\b(?:doctor|doctors|doc|gp|physician|primary care|pediatrician|paediatrician)\b/,
  },
  {
    serviceType: "doctor",
    pattern:
      /\b(?:check-?up|checkup|physical|flu|fever|cough|sore throat|rash|infection|prescription|clinic|medical|sick)\b/,
    alsoFits: ["dentist", "veterinarian"],
  },
  {
    serviceType: "restaurant",
    pattern:
      /\b(?:restaurant|table for|reservation for|dinner reservation|somewhere to eat|eat out|bistro)\b/,
  },
  { serviceType: "restaurant", pattern: /\b(?:dinner|lunch|brunch|breakfast)\b/, alsoFits: anyService },
];

/** Kinds of business people ask for that CallPilot cannot book, with how to name them back. */
const unsupported: { pattern: RegExp; description: string }[] = [
  { pattern: /\btattoo/, description: "a tattoo artist" },
  { pattern: /\b(?:lawyer|attorney|solicitor|legal advice)\b/, description: "a lawyer" },
  { pattern: /\b(?:accountant|bookkeeper|tax return)\b/, description: "an accountant" },
  { pattern: /\b(?:nail salon|nails|manicure|pedicure)\b/, description: "a nail salon" },
  {
    pattern: /\b(?:physio\w*|physical therapist|chiropractor|osteopath)\b/,
    description: "a physiotherapist",
  },
  { pattern: /\b(?:optometrist|optician|eye test|eye exam)\b/, description: "an optician" },
  { pattern: /\b(?:groomer|grooming)\b/, description: "a pet groomer" },
  { pattern: /\b(?:locksmith)\b/, description: "a locksmith" },
  { pattern: /\b(?:house ?cleaning|cleaning service|cleaner)\b/, description: "a cleaner" },
  { pattern: /\b(?:personal trainer|gym)\b/, description: "a personal trainer" },
  { pattern: /\b(?:hotel|flight|airbnb)\b/, description: "travel" },
  {
    pattern: /\b(?:psychologist|psychiatrist|counsell?or|(?<!massage )therapist)\b/,
    description: "a therapist",
  },
];

export function detectServiceType(text: string, current: ServiceType | null): ServiceMention {
  const lower = text.toLowerCase();
  const supported = findSupported(lower);
  const other = findUnsupported(lower);
  // A business we cannot book wins unless a clear word for one we can stands apart from it
  // ("a dentist near the hotel" is a dentist; "a nail salon" and "a physical therapist" are not).
  if (other && (!supported || supported.rule.alsoFits || overlaps(supported.match, other.match))) {
    return { kind: "unsupported", description: other.description };
  }
  if (!supported) return null;
  if (current !== null && supported.rule.alsoFits?.includes(current))
    return { kind: "supported", serviceType: current };
  return { kind: "supported", serviceType: supported.rule.serviceType };
}

function findSupported(lower: string): { rule: ServiceRule; match: RegExpExecArray } | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(lower);
    if (match) return { rule, match };
  }
  return null;
}

function findUnsupported(lower: string): { description: string; match: RegExpExecArray } | null {
  for (const { pattern, description } of unsupported) {
    const match = pattern.exec(lower);
    if (match) return { description, match };
  }
  return null;
}

function overlaps(a: RegExpExecArray, b: RegExpExecArray): boolean {
  return a.index < b.index + b[0].length && b.index < a.index + a[0].length;
}
