import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { loadOfficialReport } from '@/lib/stats/official-report/load';
import { officialReportPdf } from '@/lib/stats/official-report/pdf';
import { officialReportDocx } from '@/lib/stats/official-report/docx';

const FORMATS = {
  pdf: { render: officialReportPdf },
  docx: { render: officialReportDocx },
} as const;

// GET /api/stats/report/pdf|docx?ky=tuan|thang&ngay=yyyy-mm-dd[&district=…]: the printed report
// of /quan-tri/bao-cao in the Decree 30 format, for the same period and scope.
export const GET = route<{ format: string }>(async ({ req, params, actor }) => {
  const format = Object.hasOwn(FORMATS, params.format) ? FORMATS[params.format as keyof typeof FORMATS] : null;
  if (!format) return Response.json({ error: 'Định dạng báo cáo không có (chỉ pdf hoặc docx).' }, { status: 404 });
  const { report } = await loadOfficialReport(await requireActor(actor), Object.fromEntries(new URL(req.url).searchParams));
  const body = await format.render(report);
  return downloadResponse(body, `${report.fileBase}.${params.format}`);
});
