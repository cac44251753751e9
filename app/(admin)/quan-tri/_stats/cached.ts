import 'server-only';
import { cache } from 'react';
import { getBreakdowns, getCheckpointRanking } from '@/lib/stats/overview';

// Several cards show parts of one query: React's per-request cache runs it once (same actor and
// filter objects), while each card still streams on its own.
export const breakdownsOf = cache(getBreakdowns);
export const rankingOf = cache((actor: Parameters<typeof getCheckpointRanking>[0], filter: Parameters<typeof getCheckpointRanking>[1]) => getCheckpointRanking(actor, filter));
