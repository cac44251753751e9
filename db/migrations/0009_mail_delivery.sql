CREATE TYPE "public"."mail_job_kind" AS ENUM('letter', 'letter_resend', 'letter_reminder', 'subscription_confirm', 'new_material');--> statement-breakpoint
CREATE TYPE "public"."mail_job_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."subscriber_status" AS ENUM('pending', 'confirmed', 'unsubscribed');--> statement-breakpoint
CREATE TABLE "letter_recipient_emails" (
	"recipient_key" text PRIMARY KEY NOT NULL,
	"emails" text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "mail_job_kind" NOT NULL,
	"dedupe_key" text NOT NULL,
	"receipt_id" uuid,
	"subscriber_id" uuid,
	"material_id" uuid,
	"to_addresses" text[] DEFAULT '{}' NOT NULL,
	"status" "mail_job_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_jobs_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "mail_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"status" "subscriber_status" DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_subscribers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD COLUMN "confirmer_name" text;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD COLUMN "confirmer_title" text;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD COLUMN "token_sealed" text;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD COLUMN "reminders_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD COLUMN "last_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_jobs" ADD CONSTRAINT "mail_jobs_receipt_id_letter_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."letter_receipts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_jobs" ADD CONSTRAINT "mail_jobs_subscriber_id_mail_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."mail_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_jobs" ADD CONSTRAINT "mail_jobs_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_jobs_due_idx" ON "mail_jobs" USING btree ("next_attempt_at") WHERE "mail_jobs"."status" in ('queued', 'sending');--> statement-breakpoint
CREATE INDEX "mail_jobs_receipt_idx" ON "mail_jobs" USING btree ("receipt_id");