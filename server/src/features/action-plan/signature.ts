import { crc32, inflateSync } from 'node:zlib';
import { SIGNATURE_MAX_SIDE, signatureIssue } from '../../../../common/schemas/action-plan.ts';

const PREFIX = 'data:image/png;base64,';
/** Bytes per pixel of the widest PNG (16-bit RGBA), to bound the decompressed image. */
const MAX_BYTES_PER_PIXEL = 8;

/** The chunks that make up the picture; text, time stamps and other metadata are dropped. */
const KEPT_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);

export type CheckedSignature = { dataUrl: string; issue?: undefined } | { issue: string; dataUrl?: undefined };

/**
 * The checks a browser cannot do cheaply, on top of `signatureIssue`: every chunk whole and
 * with a correct CRC, IHDR first, IEND last, and the image data decompressing to no more than
 * its dimensions allow. What is kept is the picture alone, without metadata chunks (which
 * may hold anything, and which the PDF library chokes on when large), so what passes draws in
 * the PDF; what does not is refused when it is given rather than breaking the PDF later.
 */
export function checkSignature(dataUrl: string): CheckedSignature {
  const shallow = signatureIssue(dataUrl);
  if (shallow) return { issue: shallow };
  const png = Buffer.from(dataUrl.slice(PREFIX.length), 'base64');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const kept: Buffer[] = [png.subarray(0, 8)];
  let first = true;
  let ended = false;
  while (offset < png.length) {
    if (ended) return { issue: 'Data after the end of the PNG image' };
    if (offset + 12 > png.length) return { issue: 'Truncated PNG chunk' };
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) return { issue: 'Truncated PNG chunk' };
    const crc = png.readUInt32BE(end - 4);
    if (crc32(png.subarray(offset + 4, end - 4)) !== crc) return { issue: 'Damaged PNG chunk' };
    if (first !== (type === 'IHDR')) return { issue: 'Not a PNG image' };
    if (KEPT_CHUNKS.has(type)) kept.push(png.subarray(offset, end));
    if (type === 'IHDR') {
      width = png.readUInt32BE(offset + 8);
      height = png.readUInt32BE(offset + 12);
    }
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, end - 4));
    if (type === 'IEND') ended = true;
    first = false;
    offset = end;
  }
  if (!ended || idat.length === 0) return { issue: 'Incomplete PNG image' };
  if (width > SIGNATURE_MAX_SIDE || height > SIGNATURE_MAX_SIDE) return { issue: `At most ${SIGNATURE_MAX_SIDE} pixels a side` };
  try {
    // One filter byte per row plus the pixels: anything longer is not this image.
    inflateSync(Buffer.concat(idat), { maxOutputLength: height * (1 + width * MAX_BYTES_PER_PIXEL) });
  } catch {
    return { issue: 'Damaged PNG image data' };
  }
  return { dataUrl: PREFIX + Buffer.concat(kept).toString('base64') };
}
