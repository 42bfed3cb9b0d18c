// What stands between a simulated call and the receptionist, deterministic per business (seeded by its id, like its
// behaviour): some answer with a phone menu whose appointments key varies, some put the caller on hold for a moment.
// Voicemail is a receptionist behaviour (lib/providers/simulation-profile.ts). A menu is recorded in the business's
// language (its simulated lines), as the menu reader (lib/calls/phone-menu.ts) reads it.
import type { Provider } from "@/db/providers";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { simulatedLines } from "./lines/simulated-lines";
import { hashText } from "./seeded-random";

export interface PhoneLine {
  /** The recorded menu, or null when a person answers straight away. */
  menu: string | null;
  /** The receptionist asks the caller to hold for a moment after the opening line. */
  asksToHold: boolean;
}

const menuShare = 3; // one business in three
const holdShare = 4; // one in four

export function phoneLineOf(
  provider: Pick<Provider, "id" | "name">,
  language: CallLanguage = "en",
): PhoneLine {
  const menuSeed = hashText(`${provider.id}|menu`);
  const asksToHold = hashText(`${provider.id}|hold`) % holdShare === 0;
  if (menuSeed % menuShare !== 0) return { menu: null, asksToHold };
  // The appointments key moves around (1 to 4), so a caller that always pressed the same key would get lost.
  const appointmentsKey = 1 + (Math.floor(menuSeed / menuShare) % 4);
  const { phoneMenu } = simulatedLines(language);
  const others = [...phoneMenu.others];
  const options = [1, 2, 3, 4].map((key) =>
    phoneMenu.option(key === appointmentsKey ? phoneMenu.appointments : others.shift()!, key),
  );
  return { menu: `${phoneMenu.welcome(provider.name)} ${options.join(" ")}`, asksToHold };
}
