CREATE TABLE "stats_checkpoint_daily" (
	"day" date NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"certified" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_checkpoint_daily_day_checkpoint_id_pk" PRIMARY KEY("day","checkpoint_id")
);
--> statement-breakpoint
CREATE TABLE "stats_district_daily" (
	"day" date NOT NULL,
	"district_code" text NOT NULL,
	"method" "passage_method" NOT NULL,
	"source" "passage_source" NOT NULL,
	"evidence" "passage_evidence" NOT NULL,
	"result" "passage_result" NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_district_daily_day_district_code_method_source_evidence_result_pk" PRIMARY KEY("day","district_code","method","source","evidence","result")
);
--> statement-breakpoint
CREATE TABLE "stats_district_hourly" (
	"day" date NOT NULL,
	"district_code" text NOT NULL,
	"hour" smallint NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_district_hourly_day_district_code_hour_pk" PRIMARY KEY("day","district_code","hour")
);
--> statement-breakpoint
CREATE INDEX "stats_checkpoint_daily_district_idx" ON "stats_checkpoint_daily" USING btree ("district_code","day");--> statement-breakpoint
CREATE INDEX "passage_daily_stats_checkpoint_idx" ON "passage_daily_stats" USING btree ("checkpoint_id","day");--> statement-breakpoint
CREATE INDEX "passage_hourly_stats_checkpoint_idx" ON "passage_hourly_stats" USING btree ("checkpoint_id","day");