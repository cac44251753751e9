'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '@/lib/stats/display';

export interface BreakdownBar {
  label: string;
  valid: number;
  other: number;
}

/** One horizontal bar per category: valid passages, then the rest, so length is the total. */
export function BreakdownChart({ rows, title }: { rows: BreakdownBar[]; title: string }) {
  return (
    <BarChart
      responsive layout="vertical" data={rows} title={title}
      style={{ width: '100%', height: 56 + rows.length * 40 }} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: '#334155' }} />
      <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11, fill: '#334155' }} />
      <Tooltip formatter={(v) => formatCount(Number(v))} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="valid" name="Hợp lệ" stackId="kq" fill="#15803d" isAnimationActive={false} />
      <Bar dataKey="other" name="Chưa hợp lệ hoặc chưa xác minh" stackId="kq" fill="#94a3b8" isAnimationActive={false} />
    </BarChart>
  );
}
