import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of a PDF, one string per page, lines joined by newlines in reading order. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(text);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** GET a PDF as bytes with a session (TestClient reads bodies as text, which would spoil them); text() joins it on single spaces. */
export async function fetchPdf(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, session: string | undefined, path: string) {
  const res = await app.request(path, { headers: session ? { cookie: `passend_session=${session}` } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: async () => (await pdfText(bytes)).join(' ').replace(/\s+/g, ' ') };
}
