// The summary card as a form posts it: every field a string, an emptied one meaning "not set". Decoded into the
// same patch PATCH /api/task/{id} takes (bookingRequestPatchSchema's rules), with a sentence beside each bad field.
import { z } from "zod";
import { bookingRequestSchema } from "./booking-request";

const field = bookingRequestSchema.shape;
const blankIsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const partySizeMessage = "Party size must be a whole number from 1 to 50.";

/** A field the form left out stays as it is; one it sent empty is cleared. */
const formField = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsNull, schema.optional());

export const summaryFormSchema = z.object({
  task_id: z.string().min(1).max(100),
  service_type: formField(field.service_type),
  location: formField(field.location),
  timeframe: formField(field.timeframe),
  preferred_time: formField(field.preferred_time),
  party_size: z.preprocess(
    (value) => {
      const blank = blankIsNull(value);
      return typeof blank === "string" ? Number(blank) : blank;
    },
    z
      .number({ error: partySizeMessage })
      .int({ error: partySizeMessage })
      .min(1, { error: partySizeMessage })
      .max(50, { error: partySizeMessage })
      .nullable()
      .optional(),
  ),
  client_name: formField(field.client_name),
  notes: formField(field.notes),
});
