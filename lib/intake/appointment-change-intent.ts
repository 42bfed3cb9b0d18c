// "Cancel it" / "can we move it to Thursday?" said in the chat of a task whose appointment is booked (issue 16): the
// offline intake recognises it and the assistant asks the person to confirm, with the same action the booking page's
// buttons run (proposed_change). Nothing is called from the chat itself.
import { getBookingForTask } from "@/db/bookings";
import { getProvider } from "@/db/providers";
import { DateTime } from "luxon";
import { describeSlot } from "@/lib/calls/call-brief";
import type { Language } from "./booking-request";
import { canonicalise, detectLanguage, replyWords } from "./languages";
import { resolveTimeframe } from "./timeframe";

export type AppointmentChangeIntent = { action: "cancel" } | { action: "move"; timeframe: string | null };

export interface ProposedChange {
  action: "cancel" | "move";
  booking_id: string;
  /** A move: the new window as said ("Thursday"), when the message named one. */
  timeframe: string | null;
}

// In English, Spanish, French and German: "cancel it", "cancela la cita", "annuler le rendez-vous", "Termin absagen".
const negated =
  /\b(don'?t|do not|never|no need to)\s+(cancel|move|reschedule)|\bno (?:la |lo )?(?:canceles|cancelar|anules|muevas)\b|n'annule[zr]? pas|ne pas (?:annuler|déplacer)|nicht (?:absagen|stornieren|verschieben)/i;
const cancelWords =
  /\b(cancel|call off)\b|\bcan'?t make it\b|\bcannot make it\b|\b(?:cancela|cancelar|cancelarla|cancélala|anula|anular|anúlala)\b|no (?:voy a )?poder ir|(?<!\p{L})annul(?:er|ez|e)(?!\p{L})|je ne (?:peux|pourrai) pas venir|\b(?:absagen|stornieren|storniere|sagen sie .* ab|sag .* ab)\b|kann nicht kommen/iu;
const moveWords =
  /\b(move|reschedule|push back|postpone|bring forward|change the (date|time|day))\b|\b(?:mover|moverla|moverlo|muévela|cambiar la (?:fecha|hora|cita)|cambiarla|aplazar|aplazarla|retrasar|adelantar|reprogramar)\b|(?<!\p{L})(?:déplacer|décaler|reporter|changer (?:la date|l'heure|le rendez-vous))(?!\p{L})|\b(?:verschieben|verlegen|umbuchen)\b/iu;
const moveTarget =
  /(?<!\p{L})(?:to|for|on|until|till|al|a|para|au|à|pour|auf|zum|am)\s+(.+?)(?:\s+(?:verschieben|verlegen|umbuchen))?[?.!]*$/iu;

export function readAppointmentChangeIntent(message: string): AppointmentChangeIntent | null {
  const text = message.trim().replace(/’/g, "'");
  if (negated.test(text)) return null;
  const move = moveWords.exec(text);
  if (move) {
    // The new time usually follows the verb ("déplacer … à vendredi"); German puts the verb last ("auf Freitag verschieben").
    const afterVerb = text.slice(move.index + move[0].length);
    const target = (moveTarget.exec(afterVerb) ?? moveTarget.exec(text))?.[1]?.trim() ?? null;
    return { action: "move", timeframe: target && target.length <= 200 ? target : null };
  }
  if (cancelWords.test(text)) return { action: "cancel" };
  return null;
}

/**
 * The assistant's question when the message is about this task's booked appointment, in the language of the message
 * (else the task's); null otherwise.
 */
export async function appointmentChangeQuestion(
  taskId: string,
  message: string,
  now: Date,
  taskLanguage: Language = "en",
): Promise<{ reply: string; proposed_change: ProposedChange } | null> {
  const intent = readAppointmentChangeIntent(message);
  if (!intent) return null;
  const booking = await getBookingForTask(taskId);
  if (!booking || booking.status !== "booked" || !booking.bookedSlotStart || !booking.bookedProviderId)
    return null;
  const provider = await getProvider(booking.bookedProviderId);
  const zone = provider?.timeZone ?? booking.timeZone;
  const language = detectLanguage(message, taskLanguage);
  const words = replyWords(language);
  // "Thursday 3 December at 10:00"; in another language "jueves 3 diciembre, 10:00".
  const when =
    language === "en"
      ? describeSlot({ start: booking.bookedSlotStart.toISOString() }, zone)
      : DateTime.fromJSDate(booking.bookedSlotStart, { zone })
          .setLocale(language)
          .toFormat("cccc d LLLL, HH:mm");
  const business = provider?.name ?? "the business";
  if (intent.action === "cancel") {
    return {
      reply: words.confirmCancel(business, when),
      proposed_change: { action: "cancel", booking_id: booking.id, timeframe: null },
    };
  }
  const readable =
    intent.timeframe &&
    resolveTimeframe(canonicalise(intent.timeframe, language), now, booking.timeZone, language);
  if (!readable) {
    return {
      reply: words.askNewTime(business, when),
      proposed_change: { action: "move", booking_id: booking.id, timeframe: null },
    };
  }
  return {
    reply: words.confirmMove(business, when, intent.timeframe as string),
    proposed_change: { action: "move", booking_id: booking.id, timeframe: intent.timeframe },
  };
}
