// Every action an admin can take, as recorded in the audit log: its name, what it targets, and how a person reads it.
export const auditActions = {
  "call.retry": { target: "call", label: "Retried a call" },
  "booking.cancel_pending_calls": { target: "booking", label: "Canceled pending calls" },
  "booking.resolve": { target: "booking", label: "Marked a booking resolved" },
  "provider.create": { target: "provider", label: "Added a provider" },
  "provider.update": { target: "provider", label: "Edited a provider" },
  "provider.disable": { target: "provider", label: "Disabled a provider" },
  "provider.enable": { target: "provider", label: "Enabled a provider" },
  "provider.import": { target: "provider_import", label: "Imported providers from CSV" },
  "do_not_call.add": { target: "phone", label: "Added a number to the do-not-call list" },
  "do_not_call.remove": { target: "phone", label: "Removed a number from the do-not-call list" },
  "do_not_call.confirm": {
    target: "phone",
    label: "Confirmed a business's request not to be called, listing its number",
  },
  "person.limits": { target: "person", label: "Changed a person's daily limits" },
} as const;

export type AuditAction = keyof typeof auditActions;
export type AuditTargetType = (typeof auditActions)[AuditAction]["target"];

/** Who did it, as the audit log keeps it (the email stays readable after the account is gone). */
export interface AuditActor {
  userId: string;
  email: string;
}

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  targetId: string;
  details: Record<string, unknown>;
  at: Date;
}

export function auditActionLabel(action: string): string {
  return action in auditActions ? auditActions[action as AuditAction].label : action;
}

/** The audit actor for an admin caller. */
export function actorOf(admin: { userId: string; email: string }): AuditActor {
  return { userId: admin.userId, email: admin.email };
}
