import { TIME_ZONE } from '@/lib/config/site';
import type { Lang } from '@/lib/materials/catalog';
import { getCachedOpenData, OPEN_DATA_LICENCE } from '@/lib/stats/open-data';
import { OPEN_DATA_FILES } from '@/lib/stats/open-data-files';
import { formatShare } from '@/lib/stats/percent';
import { buttonClass } from '@/components/ui/button';
import { DailyColumns } from './daily-columns';
import { OPEN_DATA_TEXT } from './open-data-text';
import { ShareBar } from './share-bar';

const DOWNLOAD_DIR = '/so-lieu';

/** /so-lieu and /en/data: the campaign's public figures, charts with their tables, and the files. */
export async function OpenDataPage({ lang }: { lang: Lang }) {
  const t = OPEN_DATA_TEXT[lang];
  const data = await getCachedOpenData();
  const number = new Intl.NumberFormat(t.locale);
  const fmt = (n: number) => number.format(n);
  const day = (d: string) => new Intl.DateTimeFormat(t.locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${d}T00:00:00Z`));
  const updated = new Intl.DateTimeFormat(t.locale, { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(data.generatedAt));
  const p = data.province;
  const scroll = (label: string, table: React.ReactNode) => (
    // A table wider than a phone scrolls inside its box (reachable by keyboard), never the page.
    <div className="table-scroll" role="region" aria-label={t.tableOf(label)} tabIndex={0}>{table}</div>
  );
  return (
    <>
      <h1>{t.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t.intro}</p>
      <div className="card mt-4 grid gap-2 text-sm">
        <p>{t.period(day(data.period.from), day(data.period.to))}</p>
        <p>{t.updated} <time dateTime={data.generatedAt}>{updated}</time>. {t.refresh}</p>
        <p>
          {t.licence}: <a href={OPEN_DATA_LICENCE.url} rel="license" className="underline">{OPEN_DATA_LICENCE.name}</a>. {t.licenceNote} “{OPEN_DATA_LICENCE.attribution}”.
        </p>
        <div>
          <h2 className="text-base">{t.downloads}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            <li><a className={buttonClass('secondary')} href={`${DOWNLOAD_DIR}/${OPEN_DATA_FILES.districts}`} download>{t.csvDistricts}</a></li>
            <li><a className={buttonClass('secondary')} href={`${DOWNLOAD_DIR}/${OPEN_DATA_FILES.daily}`} download>{t.csvDaily}</a></li>
            <li><a className={buttonClass('secondary')} href={`${DOWNLOAD_DIR}/${OPEN_DATA_FILES.json}`} download>{t.json}</a></li>
          </ul>
        </div>
      </div>

      <section aria-labelledby="toan-tinh" className="mt-6">
        <h2 id="toan-tinh">{t.summary}</h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-4">
          {[
            [t.checkpoints, fmt(p.checkpoints)], [t.readyShare, formatShare(p.readyCheckpoints, p.checkpoints)],
            [t.checks, fmt(p.checks)], [t.validShare, formatShare(p.validChecks, p.checks)],
          ].map(([label, value]) => (
            <div key={label} className="card"><dt className="text-sm text-slate-600">{label}</dt><dd className="num text-2xl font-semibold">{value}</dd></div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="theo-ngay" className="mt-6">
        <h2 id="theo-ngay">{t.dailyTitle}</h2>
        <DailyColumns daily={data.daily} t={t} fmt={fmt} />
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800 underline">{t.dailyTable}</summary>
          {scroll(t.dailyTitle, (
            <table className="table">
              <caption className="sr-only">{t.dailyTitle}</caption>
              <thead><tr><th scope="col">{t.day}</th><th scope="col" className="text-right">{t.checks}</th><th scope="col" className="text-right">{t.valid}</th><th scope="col">{t.validShare}</th></tr></thead>
              <tbody>
                {data.daily.map((d) => (
                  <tr key={d.day}><th scope="row" className="num font-medium">{day(d.day)}</th><td className="num text-right">{fmt(d.checks)}</td><td className="num text-right">{fmt(d.validChecks)}</td><td className="num">{formatShare(d.validChecks, d.checks)}</td></tr>
                ))}
              </tbody>
            </table>
          ))}
        </details>
        <p className="mt-2 text-sm text-slate-600">{t.perDistrictDaily}</p>
      </section>

      <section aria-labelledby="theo-huyen" className="mt-6">
        <h2 id="theo-huyen">{t.checksTitle}</h2>
        {scroll(t.checksTitle, (
          <table className="table mt-2">
            <caption className="sr-only">{t.checksTitle}</caption>
            <thead><tr><th scope="col">{t.district}</th><th scope="col" className="text-right">{t.checks}</th><th scope="col" className="text-right">{t.valid}</th><th scope="col">{t.validShare}</th></tr></thead>
            <tbody>
              {data.districts.map((d) => (
                <tr key={d.districtCode}><th scope="row" className="font-medium">{d.districtName}</th><td className="num text-right">{fmt(d.checks)}</td><td className="num text-right">{fmt(d.validChecks)}</td><td><ShareBar part={d.validChecks} whole={d.checks} /></td></tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="san-sang" className="mt-6">
        <h2 id="san-sang">{t.readinessTitle}</h2>
        <p className="mt-1 text-sm text-slate-600">{t.readinessNote}</p>
        {scroll(t.readinessTitle, (
          <table className="table mt-2">
            <caption className="sr-only">{t.readinessTitle}</caption>
            <thead><tr><th scope="col">{t.district}</th><th scope="col" className="text-right">{t.checkpoints}</th><th scope="col" className="text-right">{t.ready}</th><th scope="col">{t.readyShare}</th></tr></thead>
            <tbody>
              {data.districts.map((d) => (
                <tr key={d.districtCode}><th scope="row" className="font-medium">{d.districtName}</th><td className="num text-right">{fmt(d.checkpoints)}</td><td className="num text-right">{fmt(d.readyCheckpoints)}</td><td><ShareBar part={d.readyCheckpoints} whole={d.checkpoints} colour="bg-brand-700" /></td></tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
    </>
  );
}
