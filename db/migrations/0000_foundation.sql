CREATE TYPE "public"."user_role" AS ENUM('admin', 'police', 'district', 'viewer', 'officer');--> statement-breakpoint
CREATE TYPE "public"."checkpoint_kind" AS ENUM('fixed', 'patrol');--> statement-breakpoint
CREATE TYPE "public"."checkpoint_status" AS ENUM('active', 'paused', 'closed');--> statement-breakpoint
CREATE TYPE "public"."passage_evidence" AS ENUM('self_declared', 'officer_seen', 'certificate_checked');--> statement-breakpoint
CREATE TYPE "public"."passage_method" AS ENUM('direct', 'officer_scan', 'citizen_scan');--> statement-breakpoint
CREATE TYPE "public"."passage_result" AS ENUM('valid', 'under_14_days', 'incomplete_doses', 'expired', 'invalid_certificate', 'unverified');--> statement-breakpoint
CREATE TYPE "public"."passage_source" AS ENUM('bluezone', 'pc_covid', 'health_book', 'paper', 'vaccine_passport', 'none');--> statement-breakpoint
CREATE TABLE "communes" (
	"code" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"search_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"search_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"district_code" text,
	"phone" text,
	"email" text,
	"password_hash" text NOT NULL,
	"token_version" integer DEFAULT 0 NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_logs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"district_code" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkpoint_officers" (
	"checkpoint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoint_officers_checkpoint_id_user_id_pk" PRIMARY KEY("checkpoint_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "checkpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "checkpoints_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "checkpoint_kind" NOT NULL,
	"name" text NOT NULL,
	"district_code" text NOT NULL,
	"commune_code" text,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"responsible_unit" text,
	"phone" text,
	"smartphone_count" integer DEFAULT 0 NOT NULL,
	"has_mobile_data" boolean DEFAULT false NOT NULL,
	"installed_apps" text[] DEFAULT '{}' NOT NULL,
	"status" "checkpoint_status" DEFAULT 'active' NOT NULL,
	"shift_notes" text,
	"poster_version" integer DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoints_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "passage_daily_stats" (
	"day" date NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"method" "passage_method" NOT NULL,
	"source" "passage_source" NOT NULL,
	"evidence" "passage_evidence" NOT NULL,
	"result" "passage_result" NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "passage_daily_stats_day_checkpoint_id_method_source_evidence_result_pk" PRIMARY KEY("day","checkpoint_id","method","source","evidence","result")
);
--> statement-breakpoint
CREATE TABLE "passage_hourly_stats" (
	"day" date NOT NULL,
	"hour" smallint NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"method" "passage_method" NOT NULL,
	"source" "passage_source" NOT NULL,
	"evidence" "passage_evidence" NOT NULL,
	"result" "passage_result" NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "passage_hourly_stats_day_hour_checkpoint_id_method_source_evidence_result_pk" PRIMARY KEY("day","hour","checkpoint_id","method","source","evidence","result")
);
--> statement-breakpoint
CREATE TABLE "passages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "passages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"checkpoint_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"method" "passage_method" NOT NULL,
	"source" "passage_source" NOT NULL,
	"evidence" "passage_evidence" NOT NULL,
	"result" "passage_result" NOT NULL,
	"vaccine" text,
	"doses" smallint,
	"last_dose_on" date,
	"rule_version" integer NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"local_day" date NOT NULL,
	"local_hour" smallint NOT NULL,
	"idempotency_key" text NOT NULL,
	"body_hash" text NOT NULL,
	"officer_id" uuid,
	"device_id" text,
	"citizen_name" text,
	"birth_year" smallint,
	"phone" text,
	"phone_hash" text,
	"id_number_hash" text,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"personal_purged_at" timestamp with time zone,
	CONSTRAINT "passages_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_officers" ADD CONSTRAINT "checkpoint_officers_checkpoint_id_checkpoints_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_officers" ADD CONSTRAINT "checkpoint_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_checkpoint_id_checkpoints_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_district_idx" ON "communes" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "users_district_idx" ON "users" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "audit_logs_created_idx" ON "audit_logs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_entity_idx" ON "audit_logs" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_logs_actor_idx" ON "audit_logs" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "checkpoint_officers_user_idx" ON "checkpoint_officers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "checkpoints_district_idx" ON "checkpoints" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "checkpoints_status_idx" ON "checkpoints" USING btree ("status");--> statement-breakpoint
CREATE INDEX "passage_daily_stats_district_idx" ON "passage_daily_stats" USING btree ("district_code","day");--> statement-breakpoint
CREATE INDEX "passage_hourly_stats_district_idx" ON "passage_hourly_stats" USING btree ("district_code","day");--> statement-breakpoint
CREATE INDEX "passages_checkpoint_checked_idx" ON "passages" USING btree ("checkpoint_id","checked_at");--> statement-breakpoint
CREATE INDEX "passages_district_day_idx" ON "passages" USING btree ("district_code","local_day");--> statement-breakpoint
CREATE INDEX "passages_phone_hash_idx" ON "passages" USING btree ("phone_hash") WHERE "passages"."phone_hash" is not null;--> statement-breakpoint
CREATE INDEX "passages_id_hash_idx" ON "passages" USING btree ("id_number_hash") WHERE "passages"."id_number_hash" is not null;--> statement-breakpoint
CREATE INDEX "passages_purge_idx" ON "passages" USING btree ("checked_at") WHERE "passages"."personal_purged_at" is null;