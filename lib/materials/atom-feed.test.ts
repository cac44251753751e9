import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { eq, sql } from 'drizzle-orm';
import { materials } from '@/db/schema';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { makeMaterial } from '@/lib/testing/comms';
import { GET } from '@/app/(public)/tai-lieu/atom.xml/route';
import { xmlText } from '@/lib/text/xml';
import { libraryFeedAlternates } from './feed-link';

const { db } = useTestDatabase();
useTempUploads();

interface Node { name: string; attributes: Record<string, string>; text: string; children: Node[] }

/** Parses strictly (saxes throws on any well-formedness error) into a small element tree. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [{ name: '#document', attributes: {}, text: '', children: [] }];
  parser.on('opentag', (tag) => {
    const node: Node = { name: `{${tag.uri}}${tag.local}`, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), text: '', children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => { stack.at(-1)!.text += text; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return stack[0].children[0];
}

const ATOM = '{http://www.w3.org/2005/Atom}';
const child = (node: Node, name: string) => node.children.filter((c) => c.name === ATOM + name);
const one = (node: Node, name: string) => {
  const found = child(node, name);
  expect(found, `<${name}> in <${node.name}>`).toHaveLength(1);
  return found[0];
};
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function fetchFeed(query = '') {
  const response = await GET(new Request(`http://bao-chi.test/tai-lieu/atom.xml${query}`), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  const feed = parseXml(xml);
  expect(feed.name).toBe(`${ATOM}feed`);
  return { response, xml, feed, entries: child(feed, 'entry') };
}

/** Every element RFC 4287 requires, checked on the feed and on each entry. */
function expectValidAtom(feed: Node) {
  expect(one(feed, 'id').text).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(one(feed, 'title').text.length).toBeGreaterThan(0);
  expect(one(feed, 'updated').text).toMatch(RFC3339);
  const self = child(feed, 'link').find((l) => l.attributes.rel === 'self');
  expect(self?.attributes.href).toMatch(/^http:\/\/bao-chi\.test\/tai-lieu\/atom\.xml/);
  expect(child(feed, 'author')).toHaveLength(1);
  for (const entry of child(feed, 'entry')) {
    expect(one(entry, 'id').text).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(one(entry, 'title').text.length).toBeGreaterThan(0);
    expect(one(entry, 'updated').text).toMatch(RFC3339);
    expect(child(entry, 'link').find((l) => (l.attributes.rel ?? 'alternate') === 'alternate')?.attributes.href).toMatch(/^http:\/\/bao-chi\.test\/tai-lieu\/[a-z0-9-]+$/);
    one(entry, 'summary');
  }
}

const titles = (entries: Node[]) => entries.map((e) => one(e, 'title').text);

describe('the Atom feed of the library', () => {
  it('is well-formed Atom 1.0 with published materials only, escaped, ids stable', async () => {
    const admin = await makeActor('admin');
    const tag = `feed${Date.now().toString(36)}`;
    const published = await makeMaterial(admin, { title: `Thông cáo ${tag}`, summary: `Tóm tắt ${tag} với ký tự <script>alert(1)</script> & lạ.` });
    // Forms refuse control characters, but older rows and imports may hold them: the feed must still parse.
    await db().update(materials).set({ title: `Thông cáo <b>“${tag}” & 'mã QR'</b>\u0001\u000b`, summary: `Tóm tắt ${tag} <script>alert(1)</script> \uFFFF` }).where(eq(materials.id, published.id));
    await makeMaterial(admin, { title: `Nháp ${tag}`, status: 'draft' });
    await makeMaterial(admin, { title: `Lưu trữ ${tag}`, status: 'archived' });
    const { feed, entries, xml, response } = await fetchFeed();
    expectValidAtom(feed);
    const ours = entries.filter((e) => one(e, 'title').text.includes(tag));
    expect(titles(ours)).toEqual([`Thông cáo <b>“${tag}” & 'mã QR'</b>`]);
    expect(one(ours[0], 'id').text).toBe(`urn:uuid:${published.id}`);
    expect(one(ours[0], 'summary').text).toContain('<script>alert(1)</script>');
    expect(xml).not.toContain('<script>');
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const again = await fetchFeed();
    expect(one(again.feed, 'id').text).toBe(one(feed, 'id').text);
    const notModified = await GET(new Request('http://bao-chi.test/tai-lieu/atom.xml', { headers: { 'if-none-match': response.headers.get('etag')! } }), { params: Promise.resolve({}) });
    expect(notModified.status).toBe(304);
  });

  it('shows a scheduled material only once its time has come, as new', async () => {
    const admin = await makeActor('admin');
    const tag = `hen${Date.now().toString(36)}`;
    const scheduled = await makeMaterial(admin, { title: `Hẹn giờ ${tag}`, publishAt: '2099-01-01T08:00' });
    expect(titles((await fetchFeed()).entries)).not.toContain(`Hẹn giờ ${tag}`);
    // The clock reaching the publication time, without waiting for it.
    await db().update(materials).set({ publishedAt: sql`now() - interval '1 minute'` }).where(eq(materials.id, scheduled.id));
    const { entries, feed } = await fetchFeed();
    expectValidAtom(feed);
    const entry = entries.find((e) => one(e, 'title').text === `Hẹn giờ ${tag}`);
    expect(entry).toBeDefined();
    const [row] = await db().select({ publishedAt: materials.publishedAt }).from(materials).where(eq(materials.id, scheduled.id));
    expect(new Date(one(entry!, 'updated').text).getTime()).toBeGreaterThanOrEqual(row.publishedAt!.getTime());
    expect(new Date(one(feed, 'updated').text).getTime()).toBeGreaterThanOrEqual(row.publishedAt!.getTime());
  });

  it('follows the library filters: type, audience, topic; unknown values are ignored', async () => {
    const admin = await makeActor('admin');
    const tag = `loc${Date.now().toString(36)}`;
    await makeMaterial(admin, { title: `Hướng dẫn báo chí ${tag}`, kind: 'guide', audiences: ['press'], topics: ['pc_covid'] });
    await makeMaterial(admin, { title: `Hướng dẫn người dân ${tag}`, kind: 'guide', audiences: ['citizen'], topics: ['bluezone'] });
    await makeMaterial(admin, { title: `Infographic báo chí ${tag}`, kind: 'infographic', audiences: ['press'], topics: ['bluezone'] });
    const ours = async (query: string) => titles((await fetchFeed(query)).entries).filter((t) => t.includes(tag)).sort();
    expect(await ours('?loai=guide')).toEqual([`Hướng dẫn báo chí ${tag}`, `Hướng dẫn người dân ${tag}`]);
    expect(await ours('?doiTuong=press')).toEqual([`Hướng dẫn báo chí ${tag}`, `Infographic báo chí ${tag}`]);
    expect(await ours('?loai=guide&doiTuong=press')).toEqual([`Hướng dẫn báo chí ${tag}`]);
    expect(await ours('?chuDe=bluezone')).toEqual([`Hướng dẫn người dân ${tag}`, `Infographic báo chí ${tag}`]);
    expect(await ours('?loai=khong-co')).toHaveLength(3);
    const filtered = await fetchFeed('?doiTuong=press&loai=guide');
    expectValidAtom(filtered.feed);
    expect(child(filtered.feed, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe('http://bao-chi.test/tai-lieu/atom.xml?loai=guide&doiTuong=press');
    expect(one(filtered.feed, 'id').text).not.toBe(one((await fetchFeed()).feed, 'id').text);
  });
});

describe('xmlText', () => {
  it('escapes markup and drops characters XML 1.0 forbids, keeping Vietnamese and emoji', () => {
    expect(xmlText('a<b>&"c"\u0000\u0008\u001f\uFFFE\uD800 Quảng Ngãi 😷\t\n')).toBe('a&lt;b&gt;&amp;&quot;c&quot; Quảng Ngãi 😷\t\n');
  });
});

describe('the library page head', () => {
  it('names the feed that matches its filters, ignoring the search text and bad values', () => {
    const link = (search: Record<string, string>) => (libraryFeedAlternates(search, 'Tài liệu mới')?.types?.['application/atom+xml'] as { url: string }[])[0].url;
    expect(link({})).toBe('/tai-lieu/atom.xml');
    expect(link({ q: 'bluezone', doiTuong: 'press', loai: 'video', nam: '2021' })).toBe('/tai-lieu/atom.xml?loai=video&doiTuong=press');
    expect(link({ loai: '<script>' })).toBe('/tai-lieu/atom.xml');
  });
});
