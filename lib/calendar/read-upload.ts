// Reads an uploaded calendar file (the raw request body) up to a size limit, refusing larger ones with a 413.
import { AppError, invalid } from "@/lib/errors";
import { maxCalendarBytes } from "./fetch-ics";

export async function readCalendarUpload(request: Request, maxBytes = maxCalendarBytes): Promise<string> {
  const tooLarge = () =>
    new AppError("too_large", `That calendar file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) throw invalid("Send the .ics file as the request body.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw invalid("The calendar file is empty.");
  return Buffer.concat(chunks).toString("utf8");
}
