// The short message an agent may leave on a business's voicemail. Callback-free on purpose: it gives no number and
// asks for no call back (CallPilot cannot take one), and it names no client details, only who is calling and why.
/** ElevenLabs dynamic variables ({{business_name}}, {{service}}) are filled in by the vendor for each call. */
export const voicemailMessageTemplate =
  "Hello {{business_name}}, this is an AI assistant calling on behalf of a client about {{service}}. " +
  "There is no need to call back; we will try again later. Thank you, goodbye.";
