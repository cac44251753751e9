import { checkHealth } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** For load balancers and monitoring: 200 when the database answers on the current schema, else 503. */
export async function GET(): Promise<Response> {
  const { status, body } = await checkHealth();
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
