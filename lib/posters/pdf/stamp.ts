// Parts of a poster that are the same on every page of a batch (the frame, the issuer, the
// scanning steps, the footer) are drawn once per document into a PDF form XObject and placed on
// each page by one `Do` operator: a thousand-poster batch then lays out, encodes and compresses
// that text once instead of a thousand times, and the file holds it once.
//
// pdfkit 0.20 has no form XObject API, so while a stamp is first drawn, the page's content stream
// and resources are swapped for the form's: every pdfkit drawing call (text, fonts, colours,
// paths) then writes into the form, unchanged. A form's graphics state does not leak out of `Do`,
// and pdfkit re-emits font, size and colour with every text call, so the page after it is drawn
// exactly as without stamps.

interface Stamp<T> { name: string; form: Ref; value: T }
type Ref = PDFKit.PDFKitReference;
// pdfkit internals this relies on (js/page.js, js/document.js), not all in its type definitions.
type Page = { content: Ref; resources: Ref; xobjects: Record<string, Ref>; width: number; height: number; write(chunk: string): void };
type Doc = { page: Page; ref(data?: object): Ref };

const stamps = new WeakMap<PDFKit.PDFDocument, Map<string, Stamp<unknown>>>();

/**
 * Draws `draw` on the current page through the document's stamp for `key`, creating it on first
 * use, and answers what `draw` answered then (a y position, say). `key` must name everything the
 * drawing depends on (texts, positions, page size): drawings with equal keys must be identical.
 */
export function stamped<T>(doc: PDFKit.PDFDocument, key: string, draw: () => T): T {
  const d = doc as unknown as Doc;
  let known = stamps.get(doc);
  if (!known) stamps.set(doc, (known = new Map()));
  let stamp = known.get(key) as Stamp<T> | undefined;
  if (!stamp) {
    const page = d.page;
    const resources = d.ref({ ProcSet: ['PDF', 'Text'] });
    const form = d.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, page.width, page.height], Resources: resources });
    const [content, pageResources] = [page.content, page.resources];
    page.content = form;
    page.resources = resources;
    let value: T;
    try {
      value = draw();
    } finally {
      page.content = content;
      page.resources = pageResources;
    }
    resources.end(undefined);
    form.end(undefined);
    stamp = { name: `Stamp${known.size + 1}`, form, value };
    known.set(key, stamp);
  }
  d.page.xobjects[stamp.name] = stamp.form;
  d.page.write(`/${stamp.name} Do`);
  return stamp.value;
}
