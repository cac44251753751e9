'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, RESULT_COLOURS, RESULT_LABELS, RESULTS } from '@/lib/stats/display';
import type { DailyPoint } from '@/lib/stats/types';

/** Passages per local day, stacked by result (valid at the bottom). */
export function DailyChart({ data }: { data: DailyPoint[] }) {
  const rows = data.map((d) => ({ day: `${d.day.slice(8, 10)}/${d.day.slice(5, 7)}`, ...d.byResult }));
  return (
    <BarChart
      responsive data={rows} title="Lượt kiểm tra theo ngày, chia theo kết quả"
      style={{ width: '100%', height: 300 }} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey="day" tick={{ fontSize: 11, fill: '#334155' }} minTickGap={8} />
      <YAxis width={44} allowDecimals={false} tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: '#334155' }} />
      <Tooltip formatter={(v) => formatCount(Number(v))} labelFormatter={(l) => `Ngày ${l}`} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {RESULTS.map((r) => (
        <Bar key={r} dataKey={r} name={RESULT_LABELS[r]} stackId="ket-qua" fill={RESULT_COLOURS[r]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
