// Renders one turn of the scripted call as TwiML with the SDK's VoiceResponse: speak and listen for speech or a key
// (Gather, which always posts back, even on silence), speak and put the business through to the person (Dial), or
// speak and hang up.
import twilio from "twilio";
import type VoiceResponse from "twilio/lib/twiml/VoiceResponse";
import { twilioPauseSeconds } from "@/lib/calls/questions/wait-limits";
import { speechLocale, type CallLanguage } from "@/lib/providers/provider-language";
import { handoverDialQuery, handoverRingSeconds } from "./dial-action";

export interface SpokenTurn {
  /** What the agent says; null says nothing (a voicemail we hang up on). */
  say: string | null;
  /** Listen for the business's reply (Gather) after speaking; false hangs up after speaking. */
  listen: boolean;
  /** Phone-menu keys to press first (Play digits), before speaking or listening. */
  digits?: string;
  /** Seconds of silence before the Gather gives up (longer after "hold on, let me check"). */
  listenSeconds?: number;
  /** Hold the line while the client is asked a question: pause, then ask our voice route again (live-question.ts). */
  hold?: { questionId: string; poll: number };
  /** Put the business through to the person after speaking (issue 16): <Dial> with our voice route as its action. */
  dial?: { to: string; asked: string };
}

export interface Voice {
  language: NonNullable<VoiceResponse.SayAttributes["language"]> &
    NonNullable<VoiceResponse.GatherAttributes["language"]>;
  voice: NonNullable<VoiceResponse.SayAttributes["voice"]>;
  /** Words a receptionist is likely to say in that language, to help speech recognition with short answers. */
  hints?: string;
}

const voicesByCountry: Record<string, Voice> = {
  US: { language: "en-US", voice: "Polly.Joanna-Neural" },
  CA: { language: "en-CA", voice: "Polly.Joanna-Neural" },
  GB: { language: "en-GB", voice: "Polly.Amy-Neural" },
  IE: { language: "en-IE", voice: "Polly.Amy-Neural" },
  AU: { language: "en-AU", voice: "Polly.Olivia-Neural" },
  NZ: { language: "en-NZ", voice: "Polly.Olivia-Neural" },
};

// The other languages (issue 17): a voice per locale both <Say> and <Gather> speak, else the language's main one.
const voicesByLocale: Record<string, Voice> = {
  "fr-FR": { language: "fr-FR", voice: "Polly.Lea-Neural" },
  "fr-CA": { language: "fr-CA", voice: "Polly.Gabrielle-Neural" },
  "de-DE": { language: "de-DE", voice: "Polly.Vicki-Neural" },
  "es-ES": { language: "es-ES", voice: "Polly.Lucia-Neural" },
  "es-MX": { language: "es-MX", voice: "Polly.Mia-Neural" },
  "es-US": { language: "es-US", voice: "Polly.Lupe-Neural" },
};
const mainLocale: Record<Exclude<CallLanguage, "en">, string> = { fr: "fr-FR", de: "de-DE", es: "es-ES" };

const hintsByLanguage: Record<CallLanguage, string> = {
  en: "yes, no, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, morning, afternoon, a.m., p.m., o'clock, half past, quarter past, tomorrow, next week, fully booked, hold on",
  fr: "oui, non, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, matin, après-midi, heures, et demie, et quart, midi, demain, la semaine prochaine, complet, un instant",
  de: "ja, nein, Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag, Vormittag, Nachmittag, Uhr, halb, Viertel nach, morgen, nächste Woche, ausgebucht, einen Moment",
  es: "sí, no, lunes, martes, miércoles, jueves, viernes, sábado, domingo, mañana, tarde, a las, y media, y cuarto, mediodía, la semana que viene, completo, un momento",
};

/** The voice and speech-recognition language for a business's country and the call's language. */
export function voiceFor(country: string, language: CallLanguage = "en"): Voice {
  if (language === "en") {
    return { ...(voicesByCountry[country.toUpperCase()] ?? voicesByCountry.US), hints: hintsByLanguage.en };
  }
  const voice = voicesByLocale[speechLocale(language, country)] ?? voicesByLocale[mainLocale[language]];
  return { ...voice, hints: hintsByLanguage[language] };
}

export function renderTurn(
  turn: SpokenTurn,
  options: { actionUrl: string; voice: Voice; callerId?: string },
): string {
  const response = new twilio.twiml.VoiceResponse();
  const speech = { language: options.voice.language, voice: options.voice.voice };
  if (turn.digits) response.play({ digits: turn.digits });
  if (turn.dial) {
    if (turn.say) response.say(speech, turn.say);
    const dial = response.dial({
      action: `${options.actionUrl}?${handoverDialQuery(turn.dial)}`,
      method: "POST",
      timeout: handoverRingSeconds,
      answerOnBridge: true,
      ...(options.callerId ? { callerId: options.callerId } : {}),
    });
    dial.number(turn.dial.to);
  } else if (turn.hold) {
    if (turn.say) response.say(speech, turn.say);
    response.pause({ length: twilioPauseSeconds });
    const query = new URLSearchParams({ question: turn.hold.questionId, poll: String(turn.hold.poll) });
    response.redirect({ method: "POST" }, `${options.actionUrl}?${query}`);
  } else if (turn.listen) {
    const gather = response.gather({
      input: ["speech", "dtmf"],
      action: options.actionUrl,
      method: "POST",
      actionOnEmptyResult: true,
      speechTimeout: "auto",
      timeout: turn.listenSeconds ?? 6,
      numDigits: 1,
      language: options.voice.language,
      hints: options.voice.hints ?? hintsByLanguage.en,
    });
    if (turn.say) gather.say(speech, turn.say);
  } else {
    if (turn.say) response.say(speech, turn.say);
    response.hangup();
  }
  return response.toString();
}
