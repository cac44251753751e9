import { PROOF_WAYS } from '@/lib/guidance/content';
import type { Lang } from '@/lib/materials/catalog';

/** The five ways to prove vaccination: short cards on the home page, steps on the guidance page. */
export function ProofWays({ lang, detailed = false }: { lang: Lang; detailed?: boolean }) {
  return (
    <ol className={`grid gap-3 ${detailed ? 'md:grid-cols-2' : 'sm:grid-cols-2 lg:grid-cols-3'}`}>
      {PROOF_WAYS.map((way, i) => (
        <li key={way.id} id={detailed ? way.id : undefined} className="card">
          <h3 className="text-base font-semibold">
            <span aria-hidden="true" className="mr-2 inline-grid size-7 place-items-center rounded-full bg-brand-700 text-sm text-white">{i + 1}</span>
            {way.title[lang]}
          </h3>
          {detailed ? (
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-800">
              {way.steps[lang].map((step) => <li key={step}>{step}</li>)}
            </ol>
          ) : (
            <p className="mt-1 text-sm text-slate-700">{way.short[lang]}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
