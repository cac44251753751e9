// The audit log's filters as URL parameters, so a filtered view is a link to share and the CSV
// export exports exactly what the page shows.

export interface AuditFilters {
  /** Local days (Asia/Ho_Chi_Minh), yyyy-MM-dd; `to` is inclusive. */
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  q?: string;
  page?: number;
}

type Params = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseAuditFilters(params: Params): AuditFilters {
  const day = (v: string | undefined) => (v && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
  return {
    from: day(first(params.from)),
    to: day(first(params.to)),
    actor: first(params.actor),
    action: first(params.action),
    entityType: first(params.type),
    entityId: first(params.id),
    q: first(params.q),
    page: Math.max(1, Number(first(params.page)) || 1),
  };
}

/** Back to URL parameters (page left out unless asked), for links, pagination and the export. */
export function auditFilterQuery(filters: AuditFilters, page?: number): string {
  const entries: [string, string | undefined][] = [
    ['from', filters.from], ['to', filters.to], ['actor', filters.actor], ['action', filters.action],
    ['type', filters.entityType], ['id', filters.entityId], ['q', filters.q], ['page', page && page > 1 ? String(page) : undefined],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1]))).toString();
}

/** The instant a local day starts; Việt Nam keeps UTC+7 all year. */
export function localDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

export function nextLocalDayStart(day: string): Date {
  return new Date(localDayStart(day).getTime() + 24 * 3600 * 1000);
}

/** An IPv4 address as people write it: Node reports IPv4 on a dual-stack socket as ::ffff:a.b.c.d. */
export function plainIp(ip: string | null | undefined): string {
  if (!ip) return '';
  return ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}
