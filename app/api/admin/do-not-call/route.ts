import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { addToDoNotCallList, doNotCallInputSchema, listDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { listOptOutsToReview } from "@/lib/do-not-call/opt-out-review";
import { readJson } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/admin/do-not-call – every number the dispatcher never dials, with the businesses that have it, and the
// opt-outs heard on calls that wait for review (until confirmed they keep the number only from that person's calls)
export const GET = adminRoute(async () => {
  const [entries, pending] = await Promise.all([listDoNotCall(), listOptOutsToReview()]);
  return Response.json({
    numbers: entries.map((entry) => ({
      phone: entry.phone,
      reason: entry.reason,
      added_by: entry.addedByEmail,
      source_call_id: entry.sourceCallId,
      created_at: entry.createdAt.toISOString(),
      providers: entry.providers,
    })),
    pending_review: pending.map((optOut) => ({
      phone: optOut.phone,
      evidence: optOut.evidence,
      call_id: optOut.callId,
      booking_id: optOut.bookingId,
      requested_by: optOut.requestedByEmail,
      created_at: optOut.createdAt.toISOString(),
      providers: optOut.providers,
    })),
  });
});

// POST /api/admin/do-not-call – list a number { phone, country?, reason? } (normalised to E.164; audited)
export const POST = adminRoute(async (request, _context, admin) => {
  const input = await readJson(request, doNotCallInputSchema);
  const added = await addToDoNotCallList(input, actorOf(admin), getRuntime().clock);
  return Response.json(added, { status: 201 });
});
