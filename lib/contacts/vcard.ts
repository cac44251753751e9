export interface VCardContact {
  kind: 'agency' | 'person';
  name: string;
  title?: string | null;
  unit?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
}

// RFC 6350 §3.4: backslash, comma and semicolon escaped, and every line break, a bare CR
// included, written as \n: a raw CR would start a property of the sender's choosing (URL:…).
// Other control characters have no place in a value and are dropped.
const escape = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/[\u0000-\u001f\u007f]/g, '').replace(/([,;])/g, '\\$1');

// Lines longer than 75 octets are folded (RFC 6350 §3.2) without splitting a UTF-8 character.
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const HONORIFIC = /^(Ông|Bà|Anh|Chị)\s+/u;

/** Vietnamese order: family name first, given name last, middle names between. */
function structuredName(fullName: string): { family: string; given: string; middle: string; prefix: string } {
  const prefix = HONORIFIC.exec(fullName)?.[1] ?? '';
  const words = fullName.replace(HONORIFIC, '').trim().split(/\s+/);
  if (words.length === 1) return { family: '', given: words[0], middle: '', prefix };
  return { family: words[0], given: words.at(-1)!, middle: words.slice(1, -1).join(' '), prefix };
}

/** One contact as vCard 3.0 (UTF-8, CRLF), readable by phones' address books. */
export function toVCard(c: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  if (c.kind === 'person') {
    const n = structuredName(c.name);
    const displayName = c.name.replace(HONORIFIC, '');
    lines.push(`N:${[n.family, n.given, n.middle, n.prefix, ''].map(escape).join(';')}`, `FN:${escape(displayName)}`);
    if (c.unit) lines.push(`ORG:${escape(c.unit)}`);
    if (c.title) lines.push(`TITLE:${escape(c.title)}`);
  } else {
    lines.push('N:;;;;', `FN:${escape(c.name)}`, `ORG:${escape(c.name)}${c.unit ? `;${escape(c.unit)}` : ''}`, 'X-ABShowAs:COMPANY');
    if (c.title) lines.push(`TITLE:${escape(c.title)}`);
  }
  if (c.phone) lines.push(`TEL;TYPE=WORK,VOICE:${c.phone.replace(/[^\d+]/g, '')}`);
  if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escape(c.email)}`);
  if (c.address) lines.push(`ADR;TYPE=WORK:;;${escape(c.address)};;;;`);
  if (c.notes) lines.push(`NOTE:${escape(c.notes)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function toVCards(contacts: VCardContact[]): string {
  return contacts.map(toVCard).join('');
}
