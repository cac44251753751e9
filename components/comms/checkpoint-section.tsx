import { CHECK_METHODS, CHECKPOINT_NEEDS } from '@/lib/guidance/content';
import type { Lang } from '@/lib/materials/catalog';

const TEXT = {
  vi: { needs: 'Chốt cần chuẩn bị', methods: 'Ba cách kiểm tra chứng nhận' },
  en: { needs: 'What a checkpoint needs', methods: 'Three ways to check' },
};

/** What a checkpoint or patrol team needs, and its three ways to check a certificate. */
export function CheckpointSection({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
      <div className="card">
        <h3 className="text-base font-semibold">{t.needs}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {CHECKPOINT_NEEDS[lang].map((need) => <li key={need}>{need}</li>)}
        </ul>
      </div>
      <div className="card">
        <h3 className="text-base font-semibold">{t.methods}</h3>
        <ol className="mt-2 space-y-3 text-sm text-slate-800">
          {CHECK_METHODS.map((m, i) => (
            <li key={m.id}>
              <p className="font-semibold">{i + 1}. {m.title[lang]}</p>
              <p>{m.body[lang]}</p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
