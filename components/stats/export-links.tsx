/** Downloads and the printable report of exactly the view on screen (the query is the filter). */
export function ExportLinks({ query, reportHref }: { query: string; reportHref: string }) {
  const link = 'inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 no-underline hover:bg-slate-100 hover:no-underline';
  return (
    <>
      <a href={`/api/stats/csv?${query}`} className={link} download>Tải CSV</a>
      <a href={`/api/stats/xlsx?${query}`} className={link} download>Tải Excel (XLSX)</a>
      <a href={reportHref} className={link}>Báo cáo in</a>
    </>
  );
}
