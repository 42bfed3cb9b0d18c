// The instructions for reading one reply of a business on a scripted Twilio call (LLM path). The model only
// classifies the reply and resolves any offered date and time; the script decides what to say next. The business
// may answer in its own language (issue 17); the classes stay the same.
import { callLanguageNames, type CallLanguage } from "@/lib/providers/provider-language";

export interface ReplyPromptInput {
  today: string;
  timeZone: string;
  availability: string;
  lastPrompt: string;
  speech: string;
  digits: string;
  /** The language the call is in; absent: English. */
  language?: CallLanguage;
}

export function renderTwilioReplyPrompt(input: ReplyPromptInput): { system: string; prompt: string } {
  const system = [
    "You read one reply of a receptionist during a phone call in which an assistant is trying to book an appointment for a client.",
    `Today is ${input.today} in the business's time zone (${input.timeZone}). The client is available ${input.availability}.`,
    "Classify the reply and extract the appointment start the receptionist offers, if any:",
    '- offer: they name a day and/or a time for the appointment ("Tuesday at 9:30", "we have 2pm", "the 12th").',
    "- yes: they agree, confirm, or ask which time suits, without naming one. Pressing 1 means yes.",
    "- no: they refuse what the assistant just asked (a booking, a hold). Pressing 2 means no.",
    "- wait: they ask the assistant to hold on while they check.",
    "- decline: they cannot or will not book at all (fully booked, bookings online only, not taking patients).",
    "- question: they ask something the assistant would have to answer (insurance, date of birth, new patient?).",
    '- voicemail: an answering machine or voicemail greeting ("leave a message after the tone").',
    '- opt_out: they ask not to be called again ("take us off your list", "don\'t call us again") or refuse automated, robot or AI calls.',
    "- unclear: anything else, including silence or noise.",
    'Resolve relative days ("tomorrow", "next Tuesday") from today; a weekday named alone means that weekday inside the client\'s availability when there is one.',
    "Give date as yyyy-MM-dd and time as 24-hour HH:mm in the business's time zone; null for anything not said. Never invent a date or time.",
    ...(input.language && input.language !== "en"
      ? [
          `The call is in ${callLanguageNames[input.language]}: the receptionist replies in ${callLanguageNames[input.language]}; read the reply in that language, with the same classes.`,
        ]
      : []),
  ].join("\n");
  const pressed = input.digits ? `\nKeys pressed: ${input.digits}` : "";
  const prompt = `The assistant said: "${input.lastPrompt}"\nThe receptionist replied: "${input.speech}"${pressed}`;
  return { system, prompt };
}
