import 'server-only';
import { cache } from 'react';
import { getCheckpointRanking, getDimensions } from '@/lib/stats/overview';

// Several cards show parts of one query: React's per-request cache runs it once (same actor and
// filter objects), while each card still streams on its own.
// The daily chart and the three breakdown cards share one scan of the dimension rollup.
export const dimensionsOf = cache(getDimensions);
export const rankingOf = cache((actor: Parameters<typeof getCheckpointRanking>[0], filter: Parameters<typeof getCheckpointRanking>[1]) => getCheckpointRanking(actor, filter));
