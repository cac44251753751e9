CREATE TYPE "public"."material_kind" AS ENUM('official_letter', 'guide', 'infographic', 'poster_template', 'press_release', 'video');--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."contact_kind" AS ENUM('agency', 'person');--> statement-breakpoint
CREATE TYPE "public"."recipient_list" AS ENUM('to', 'cc');--> statement-breakpoint
CREATE TABLE "material_downloads" (
	"material_id" uuid NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "material_downloads_material_id_day_pk" PRIMARY KEY("material_id","day")
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "material_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text,
	"document_number" text,
	"issued_on" date,
	"issuer" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"video_url" text,
	"file_key" text,
	"file_name" text,
	"file_mime" text,
	"file_size" bigint,
	"file_sha256" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "press_kit_items" (
	"kit_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "press_kit_items_kit_id_material_id_pk" PRIMARY KEY("kit_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "press_kits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_kits_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "contact_kind" NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"unit" text,
	"phone" text,
	"email" text,
	"address" text,
	"notes" text,
	"position" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"recipient_key" text NOT NULL,
	"recipient_name" text NOT NULL,
	"list" "recipient_list" NOT NULL,
	"group_key" text NOT NULL,
	"district_code" text,
	"note" text,
	"token_hash" text NOT NULL,
	"token_issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" uuid,
	"opened_at" timestamp with time zone,
	"last_opened_at" timestamp with time zone,
	"open_count" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_via" text,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_receipts_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "material_downloads" ADD CONSTRAINT "material_downloads_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_kit_items" ADD CONSTRAINT "press_kit_items_kit_id_press_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."press_kits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_kit_items" ADD CONSTRAINT "press_kit_items_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD CONSTRAINT "letter_receipts_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_receipts" ADD CONSTRAINT "letter_receipts_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "materials_public_idx" ON "materials" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "materials_kind_idx" ON "materials" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "press_kit_items_material_idx" ON "press_kit_items" USING btree ("material_id");--> statement-breakpoint
CREATE INDEX "press_kits_public_idx" ON "press_kits" USING btree ("status","published_at") WHERE "press_kits"."status" = 'published';--> statement-breakpoint
CREATE INDEX "contacts_order_idx" ON "contacts" USING btree ("position","name");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_receipts_material_recipient_idx" ON "letter_receipts" USING btree ("material_id","recipient_key");--> statement-breakpoint
CREATE INDEX "letter_receipts_district_idx" ON "letter_receipts" USING btree ("district_code");