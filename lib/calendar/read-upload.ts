// Reads an uploaded calendar file (the raw request body, or a form's file) up to a size limit, refusing larger ones
// with a 413 and empty ones with a 400.
import { invalid } from "@/lib/errors";
import { bodyTooLarge, describeBytes, readBodyText } from "@/lib/http/read-body";
import { maxCalendarBytes } from "./fetch-ics";

const tooLargeSentence = (maxBytes: number) =>
  `That calendar file is larger than ${describeBytes(maxBytes)}.`;

export async function readCalendarUpload(request: Request, maxBytes = maxCalendarBytes): Promise<string> {
  return notEmpty(await readBodyText(request, { maxBytes, tooLarge: tooLargeSentence(maxBytes) }));
}

/** The same rules for a file sent from the calendar page's form (a server action). */
export async function readCalendarFile(file: Blob, maxBytes = maxCalendarBytes): Promise<string> {
  if (file.size > maxBytes) throw bodyTooLarge({ maxBytes, tooLarge: tooLargeSentence(maxBytes) });
  return notEmpty(await file.text());
}

function notEmpty(text: string): string {
  if (text.length === 0) throw invalid("The calendar file is empty.");
  return text;
}
