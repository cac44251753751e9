import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import { materials } from '@/db/schema';

/** Public means published and its publication time has come (scheduled ones stay hidden). */
export function isPublicMaterial(): SQL {
  return and(eq(materials.status, 'published'), lte(materials.publishedAt, sql`now()`))!;
}

export function isPublicNow(row: { status: string; publishedAt: Date | null }, now = new Date()): boolean {
  return row.status === 'published' && !!row.publishedAt && row.publishedAt <= now;
}
