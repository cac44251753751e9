CREATE TABLE "trust_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"public_key_pem" text,
	"unsigned" boolean DEFAULT false NOT NULL,
	"interval_hours" integer DEFAULT 24 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_added" integer,
	"last_removed" integer,
	"last_unchanged" integer,
	"last_error_at" timestamp with time zone,
	"last_error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trusted_signers" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "trusted_signers" ADD COLUMN "sync_removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "trusted_signers" ADD CONSTRAINT "trusted_signers_source_id_trust_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."trust_sources"("id") ON DELETE no action ON UPDATE no action;