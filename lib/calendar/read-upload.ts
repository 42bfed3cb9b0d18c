// Reads an uploaded calendar file (the raw request body) up to a size limit, refusing larger ones with a 413.
import { invalid } from "@/lib/errors";
import { describeBytes, readBodyText } from "@/lib/http/read-body";
import { maxCalendarBytes } from "./fetch-ics";

export async function readCalendarUpload(request: Request, maxBytes = maxCalendarBytes): Promise<string> {
  const text = await readBodyText(request, {
    maxBytes,
    tooLarge: `That calendar file is larger than ${describeBytes(maxBytes)}.`,
  });
  if (text.length === 0) throw invalid("The calendar file is empty.");
  return text;
}
