CREATE TABLE "opt_out_requests" (
	"call_id" text PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"evidence" text NOT NULL,
	"review" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opt_out_requests" ADD CONSTRAINT "opt_out_requests_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opt_out_requests_phone_idx" ON "opt_out_requests" USING btree ("phone","review");