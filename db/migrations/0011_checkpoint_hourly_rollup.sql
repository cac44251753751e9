CREATE TABLE "stats_checkpoint_hourly" (
	"day" date NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"hour" smallint NOT NULL,
	"district_code" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"certified" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_checkpoint_hourly_day_checkpoint_id_hour_pk" PRIMARY KEY("day","checkpoint_id","hour")
);
--> statement-breakpoint
-- Existing passages: the new rollup is the hourly aggregate summed over method, source and evidence.
INSERT INTO "stats_checkpoint_hourly" ("day", "checkpoint_id", "hour", "district_code", "total", "valid", "certified")
SELECT "day", "checkpoint_id", "hour", min("district_code"), sum("count"),
       coalesce(sum("count") FILTER (WHERE "result" = 'valid'), 0),
       coalesce(sum("count") FILTER (WHERE "result" = 'valid' AND "evidence" = 'certificate_checked'), 0)
FROM "passage_hourly_stats"
GROUP BY "day", "checkpoint_id", "hour"
HAVING sum("count") <> 0 OR coalesce(sum("count") FILTER (WHERE "result" = 'valid'), 0) <> 0
-- In key order, as live writes arrive (by day): a day's rows share pages, so the alert's 14-day
-- window reads a few hundred pages, not the whole table.
ORDER BY "day", "checkpoint_id", "hour";
