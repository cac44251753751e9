CREATE TABLE "poster_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "poster_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"checkpoint_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"manual_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
ALTER TABLE "poster_versions" ADD CONSTRAINT "poster_versions_checkpoint_id_checkpoints_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "poster_versions_checkpoint_version_uq" ON "poster_versions" USING btree ("checkpoint_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "poster_versions_active_code_uq" ON "poster_versions" USING btree ("manual_code") WHERE "poster_versions"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "poster_versions_code_idx" ON "poster_versions" USING btree ("manual_code");