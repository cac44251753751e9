'use client';

export interface ConsoleCheckpoint {
  id: string;
  name: string;
  kindLabel: string;
  districtName: string;
  status: 'active' | 'paused' | 'closed';
}

const STATUS_NOTE = { active: '', paused: ' · đang tạm dừng', closed: ' · đã đóng' } as const;

/** The officer's assigned checkpoints as big buttons; the choice is remembered on the phone. */
export function CheckpointPicker({ checkpoints, onChoose }: { checkpoints: ConsoleCheckpoint[]; onChoose: (id: string) => void }) {
  return (
    <section aria-labelledby="pick-title">
      <h1 id="pick-title" className="text-xl">Chọn chốt đang làm việc</h1>
      <p className="mt-1 text-sm text-slate-700">Máy sẽ nhớ lựa chọn này cho lần sau.</p>
      <ul className="mt-3 space-y-2">
        {checkpoints.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              onClick={() => onChoose(c.id)}
              disabled={c.status === 'closed'}
              className="min-h-16 w-full rounded-lg border-2 border-brand-700 bg-white p-3 text-left disabled:border-slate-300 disabled:text-slate-500"
            >
              <span className="block text-lg font-semibold">{c.name}</span>
              <span className="block text-sm text-slate-700">
                {c.kindLabel} · {c.districtName}
                {STATUS_NOTE[c.status]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
