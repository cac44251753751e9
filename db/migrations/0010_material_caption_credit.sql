ALTER TABLE "materials" ADD COLUMN "caption" text;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "credit" text;