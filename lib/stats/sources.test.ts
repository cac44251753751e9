import { describe, expect, it } from 'vitest';
import { pickAggregate, type Need } from './sources';
import type { StatsFilter } from './types';

const base: StatsFilter = { from: '2026-11-01', to: '2026-11-30', district: null, checkpointId: null, method: null, source: null, evidence: null };
const cp = '00000000-0000-4000-8000-000000000001';

describe('each query reads the smallest table that answers its filter', () => {
  it.each<[string, Partial<StatsFilter>, Need, string]>([
    ['KPIs, province', {}, {}, 'stats_checkpoint_daily'],
    ['KPIs, one district', { district: '524' }, {}, 'stats_checkpoint_daily'],
    ['KPIs, one checkpoint', { checkpointId: cp }, {}, 'stats_checkpoint_daily'],
    ['KPIs by method', { method: 'direct' }, {}, 'stats_district_daily'],
    ['KPIs by method at a checkpoint', { checkpointId: cp, method: 'direct' }, {}, 'passage_daily_stats'],
    ['daily series by result', { district: '524' }, { dims: true }, 'stats_district_daily'],
    ['daily series at a checkpoint', { checkpointId: cp }, { dims: true }, 'passage_daily_stats'],
    ['ranking', { district: '524' }, { checkpoint: true }, 'stats_checkpoint_daily'],
    ['ranking by evidence', { evidence: 'self_declared' }, { checkpoint: true }, 'passage_daily_stats'],
    ['heatmap', {}, { hour: true, measures: ['total'] }, 'stats_district_hourly'],
    ['heatmap by source', { source: 'paper' }, { hour: true, measures: ['total'] }, 'passage_hourly_stats'],
    ['heatmap at a checkpoint', { checkpointId: cp }, { hour: true, measures: ['total'] }, 'stats_checkpoint_hourly'],
    ['KPIs up to this hour at a checkpoint', { checkpointId: cp }, { hour: true }, 'stats_checkpoint_hourly'],
    ['heatmap at a checkpoint by method', { checkpointId: cp, method: 'direct' }, { hour: true, measures: ['total'] }, 'passage_hourly_stats'],
  ])('%s → %s', (_label, over, need, table) => {
    expect(pickAggregate({ ...base, ...over }, need).name).toBe(table);
  });
});
