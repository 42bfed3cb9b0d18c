// The ElevenLabs system tools the booking agent is given, each with a description saying when to use it: ending the
// call, voicemail (hang up, or leave the short callback-free message), keypad tones for phone menus, and switching
// language when the receptionist answers in another one; and, kept apart from the agent's own tools, the transfer to
// the person that a call is given only when the person allows it now (issue 16).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { voicemailMessageTemplate } from "@/prompts/voicemail";

/** ELEVENLABS_VOICEMAIL: hang up without a message, or leave the short callback-free one. */
export type VoicemailChoice = "hang_up" | "message";

type SystemTool = ElevenLabs.SystemToolConfigInput;

export function systemTools(voicemail: VoicemailChoice = "hang_up"): ElevenLabs.BuiltInToolsInput {
  const endCall: SystemTool = {
    type: "system",
    name: "end_call",
    description:
      "Hang up. Use it after you have called report_outcome and said goodbye: the booking is confirmed or held, they cannot help, nothing fits, they asked not to be called, or a tool said the booking is closed.",
    params: { systemToolType: "end_call" },
  };
  const voicemailDetection: SystemTool = {
    type: "system",
    name: "voicemail_detection",
    description:
      voicemail === "message"
        ? "Use it as soon as you hear an answering machine or a voicemail greeting ('leave a message after the tone'), not a live person. A short message without the client's details is left and the call ends."
        : "Use it as soon as you hear an answering machine or a voicemail greeting ('leave a message after the tone'), not a live person. The call ends without a message.",
    params: {
      systemToolType: "voicemail_detection",
      ...(voicemail === "message" ? { voicemailMessage: voicemailMessageTemplate } : {}),
    },
  };
  const playKeypadTouchTone: SystemTool = {
    type: "system",
    name: "play_keypad_touch_tone",
    description:
      "Press phone keys when an automated menu answers ('press 2 for appointments'). Choose the option for appointments, bookings or scheduling, else reception or the front desk, else the operator; wait for the menu to finish speaking first. Never use it with a live person.",
    params: { systemToolType: "play_keypad_touch_tone", suppressTurnAfterDtmf: true },
  };
  const languageDetection: SystemTool = {
    type: "system",
    name: "language_detection",
    description:
      "Switch language when the receptionist answers or keeps speaking in a language other than English, or asks you to speak theirs. Do not switch for a single foreign word or a name.",
    params: { systemToolType: "language_detection" },
  };
  return { endCall, voicemailDetection, playKeypadTouchTone, languageDetection };
}

/** The dynamic variable carrying the person's verified number on a call allowed to hand over (issue 16). */
export const handoverNumberVariable = "handover_number";
export const handoverToolName = "transfer_to_number";

/**
 * ElevenLabs' transfer_to_number system tool, as a standalone tool (not among the agent's own): a call whose person
 * allows a hand-over now adds it through the per-call tool_ids override, with the destination filled from the
 * handover_number dynamic variable, so no call can ever transfer to a number other than its own person's.
 */
export function handoverTool(): ElevenLabs.ToolRequestModelToolConfig.System {
  return {
    type: "system",
    name: handoverToolName,
    description:
      "Put the business through to the client. Use it only when the business insists on speaking with the client directly, after saying you will put them through.",
    params: {
      systemToolType: "transfer_to_number",
      transfers: [
        {
          transferDestination: { type: "phone_dynamic_variable", phoneNumber: handoverNumberVariable },
          condition: "The business insists on speaking with the client directly before it will go on.",
          transferType: "conference",
        },
      ],
      enableClientMessage: true,
    },
  };
}
