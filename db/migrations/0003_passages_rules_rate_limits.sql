CREATE TABLE "verification_rules" (
	"version" integer PRIMARY KEY NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"required_doses" smallint NOT NULL,
	"single_dose_vaccines" text[] DEFAULT '{}' NOT NULL,
	"days_after_last_dose" smallint NOT NULL,
	"validity_days" integer,
	"recovery_days" integer,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "passages" ALTER COLUMN "body_hash" DROP NOT NULL;