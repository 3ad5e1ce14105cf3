import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// oxlint-disable-next-line import/no-named-as-default -- @types/pdfkit declares the default export only
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans, shipped by an npm package and embedded (subset) in every PDF: it covers the
 * accented and non-Latin letters of clients' names, which PDF's built-in Helvetica does not,
 * and needs no network or system font. Read once per process.
 */
const FONTS = (() => {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: readFileSync(path.join(dir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    italic: readFileSync(path.join(dir, 'DejaVuSans-Oblique.ttf')),
  };
})();

const MARGIN = 50;
const FOOTER_SPACE = 24;
const BODY_SIZE = 9.5;
const TABLE_SIZE = 8.5;
const PAD = 4;
const GREY = '#555555';
const RULE = '#888888';
const HEAD_FILL = '#e6e6e6';

export interface Column { label: string; width: number }

/** Control characters other than line breaks would draw as boxes or upset the layout. */
function clean(s: string): string {
  return Array.from(s.replace(/\r\n?/g, '\n'), (ch) => {
    const code = ch.codePointAt(0)!;
    return (code < 32 && ch !== '\n') || code === 127 ? ' ' : ch;
  }).join('');
}

/**
 * A small layout kit for Passend's forms: headings, label/value fields, tables whose rows
 * break across pages line by line (so no text is ever cut off), signature boxes, and a footer
 * with page numbers. Everything is A4 portrait, like the seed's forms.
 */
export class FormWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: { title: string; lang: string; subject?: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
      bufferPages: true,
      lang: meta.lang,
      displayTitle: true,
      info: { Title: meta.title, Subject: meta.subject ?? meta.title, Creator: 'Passend', Producer: 'Passend' },
    });
    this.doc.registerFont('regular', FONTS.regular);
    this.doc.registerFont('bold', FONTS.bold);
    this.doc.registerFont('italic', FONTS.italic);
    this.doc.font('regular').fontSize(BODY_SIZE);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  kicker(text: string): this {
    this.doc.font('regular').fontSize(8).fillColor(GREY).text(clean(text).toUpperCase(), MARGIN, this.doc.y, { width: this.width, characterSpacing: 0.5 });
    this.doc.fillColor('black');
    return this;
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('bold').fontSize(18).text(clean(text), MARGIN, this.doc.y, { width: this.width });
    if (subtitle) this.doc.font('regular').fontSize(BODY_SIZE).fillColor(GREY).text(clean(subtitle), { width: this.width }).fillColor('black');
    this.doc.moveDown(0.8);
    return this;
  }

  /**
   * A heading above sections, for documents made of several forms (the GDPR export), and a
   * bookmark in the reader's outline so a long document can be navigated.
   */
  part(text: string): this {
    this.ensureSpace(120);
    this.doc.moveDown(1);
    this.doc.outline.addItem(clean(text));
    this.doc.font('bold').fontSize(15).text(clean(text), MARGIN, this.doc.y, { width: this.width });
    const y = this.doc.y + 3;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + this.width, y).lineWidth(1.5).strokeColor('black').stroke();
    this.doc.moveDown(0.8);
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  section(text: string): this {
    this.ensureSpace(60);
    this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(12).text(clean(text), MARGIN, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + this.width, y).lineWidth(0.5).strokeColor(RULE).stroke();
    this.doc.moveDown(0.5);
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** A heading inside a section: a part of one form that repeats (a version of a plan and its evaluation). */
  subsection(text: string): this {
    this.ensureSpace(50);
    this.doc.moveDown(0.4);
    this.doc.font('bold').fontSize(10.5).text(clean(text), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** Label/value pairs in `columns` columns, as the form's lines ("Naam klant: …"); ['', ''] leaves a cell blank. */
  fields(pairs: readonly (readonly [string, string])[], columns = 2): this {
    const colWidth = this.width / columns;
    for (let i = 0; i < pairs.length; i += columns) {
      const row = pairs.slice(i, i + columns);
      const heights = row.map(([label, value]) => this.fieldHeight(label, value, colWidth - 10));
      const h = Math.max(...heights);
      this.ensureSpace(h + 6);
      const y = this.doc.y;
      row.forEach(([label, value], n) => {
        if (!label && !value) return; // a blank cell that keeps the grid
        const x = MARGIN + n * colWidth;
        this.doc.font('bold').fontSize(7.5).fillColor(GREY).text(clean(label), x, y, { width: colWidth - 10 });
        this.doc.font('regular').fontSize(BODY_SIZE).fillColor('black').text(clean(value) || '—', x, this.doc.y + 1, { width: colWidth - 10 });
        const lineY = y + h + 2;
        this.doc.moveTo(x, lineY).lineTo(x + colWidth - 10, lineY).lineWidth(0.4).strokeColor(RULE).stroke();
      });
      this.doc.y = y + h + 8;
    }
    this.doc.x = MARGIN;
    return this;
  }

  private fieldHeight(label: string, value: string, width: number): number {
    const l = this.doc.font('bold').fontSize(7.5).heightOfString(clean(label), { width });
    const v = this.doc.font('regular').fontSize(BODY_SIZE).heightOfString(clean(value) || '—', { width });
    return l + 1 + v;
  }

  paragraph(text: string, style: 'regular' | 'bold' | 'italic' = 'regular'): this {
    const t = clean(text);
    this.ensureSpace(this.doc.font(style).fontSize(BODY_SIZE).heightOfString(t, { width: this.width }) + 4);
    this.doc.text(t, MARGIN, this.doc.y, { width: this.width });
    this.doc.font('regular');
    return this;
  }

  gap(lines = 0.6): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** Splits text into lines that fit `width`, breaking words too long for a line. */
  private wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const para of clean(text).split('\n')) {
      let line = '';
      for (const word of para.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.doc.widthOfString(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        let chars = Array.from(word);
        while (chars.length > 1 && this.doc.widthOfString(chars.join('')) > width) {
          let lo = 1;
          let hi = chars.length - 1;
          while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (this.doc.widthOfString(chars.slice(0, mid).join('')) <= width) lo = mid;
            else hi = mid - 1;
          }
          lines.push(chars.slice(0, lo).join(''));
          chars = chars.slice(lo);
        }
        line = chars.join('');
      }
      lines.push(line);
    }
    while (lines.length > 1 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  /**
   * A ruled table with a shaded header row, repeated on every page it runs onto. A row taller
   * than what is left of a page continues on the next one, line by line.
   */
  table(columns: readonly Column[], rows: readonly (readonly string[])[]): this {
    const doc = this.doc;
    const lineHeight = TABLE_SIZE * 1.3;
    const widths = columns.map((c) => c.width * this.width);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));

    const drawRow = (cells: string[][], from: number, to: number, head: boolean) => {
      const h = (to - from) * lineHeight + PAD * 2;
      const y = doc.y;
      if (head) doc.rect(MARGIN, y, this.width, h).fill(HEAD_FILL).fillColor('black');
      doc.font(head ? 'bold' : 'regular').fontSize(TABLE_SIZE);
      cells.forEach((lines, i) => {
        lines.slice(from, to).forEach((line, n) => {
          doc.text(line, xs[i]! + PAD, y + PAD + n * lineHeight, { lineBreak: false, width: widths[i]! - PAD * 2 + 1 });
        });
        doc.rect(xs[i]!, y, widths[i]!, h).lineWidth(0.5).strokeColor(RULE).stroke();
      });
      doc.y = y + h;
    };

    doc.font('bold').fontSize(TABLE_SIZE);
    const headCells = columns.map((c, i) => this.wrap(c.label, widths[i]! - PAD * 2));
    const headLines = Math.max(...headCells.map((l) => l.length));
    const headHeight = headLines * lineHeight + PAD * 2;
    const header = () => drawRow(headCells, 0, headLines, true);

    this.ensureSpace(headHeight + lineHeight + PAD * 2);
    header();
    doc.font('regular').fontSize(TABLE_SIZE);
    for (const row of rows) {
      const cells = row.map((text, i) => this.wrap(text, widths[i]! - PAD * 2));
      const total = Math.max(1, ...cells.map((l) => l.length));
      let from = 0;
      while (from < total) {
        const fit = Math.floor((this.bottom - doc.y - PAD * 2) / lineHeight);
        const wholeRowFitsOnAPage = (total - from) * lineHeight + PAD * 2 + headHeight <= this.bottom - MARGIN;
        if (fit >= total - from) {
          drawRow(cells, from, total, false);
          from = total;
        } else if (fit < 2 || (from === 0 && wholeRowFitsOnAPage)) {
          doc.addPage();
          header();
        } else {
          drawRow(cells, from, from + fit, false);
          from += fit;
          doc.addPage();
          header();
        }
      }
    }
    doc.x = MARGIN;
    doc.y += 6;
    doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /**
   * The statement that is signed, kept on one page with side-by-side boxes to sign in: a
   * drawn signature, or the name typed, or blank for ink.
   */
  signatureBoxes(statement: string, boxes: readonly { label: string; image: Buffer | null; name: string | null; caption: string }[]): this {
    const doc = this.doc;
    const gap = 20;
    const w = (this.width - gap * (boxes.length - 1)) / boxes.length;
    const boxHeight = 80;
    const statementHeight = doc.font('bold').fontSize(BODY_SIZE).heightOfString(clean(statement), { width: this.width });
    this.ensureSpace(statementHeight + boxHeight + 70);
    doc.moveDown(0.6).text(clean(statement), MARGIN, doc.y, { width: this.width }).moveDown(0.6);
    const top = doc.y;
    boxes.forEach((b, i) => {
      const x = MARGIN + i * (w + gap);
      doc.font('bold').fontSize(8.5).fillColor('black').text(clean(b.label), x, top, { width: w });
      const y = top + 14;
      doc.rect(x, y, w, boxHeight).lineWidth(0.6).strokeColor(RULE).stroke();
      let drawn = false;
      if (b.image) {
        try {
          doc.image(b.image, x + 6, y + 6, { fit: [w - 12, boxHeight - 12], align: 'center', valign: 'center' });
          drawn = true;
        } catch {
          drawn = false; // validated when given; should it still not draw, the name stands in for it
        }
      }
      if (!drawn && b.name) doc.font('italic').fontSize(14).text(clean(b.name), x + 8, y + boxHeight / 2 - 9, { width: w - 16, lineBreak: false });
      doc.font('regular').fontSize(8).fillColor(GREY).text(clean(b.caption), x, y + boxHeight + 4, { width: w });
      doc.fillColor('black');
    });
    doc.x = MARGIN;
    doc.y = top + 14 + boxHeight + 30;
    doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** Writes the footer on every page and returns the finished file. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
      doc.font('regular').fontSize(7.5).fillColor(GREY)
        .text(clean(footer(i - range.start + 1, range.count)), MARGIN, doc.page.height - MARGIN, { width: this.width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
    doc.end();
    return this.done;
  }
}
