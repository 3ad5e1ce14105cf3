import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A real greyscale PNG of `width` × `height` with a diagonal stroke, for signature tests;
 * `padding` adds an ancillary text chunk of that many bytes; `noise` fills the picture with
 * pseudo-random grey, which does not compress, to reach a given size with image data.
 */
export function makePng(width = 120, height = 40, padding = 0, noise = false): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (width + 1), 0xff);
  if (noise) {
    for (let i = 0; i < rows.length; i += 32) createHash('sha256').update(String(i)).digest().copy(rows, i);
  }
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    const x = Math.floor((y / height) * width);
    rows[y * (width + 1) + 1 + x] = 0;
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (padding > 0) parts.push(chunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), Buffer.alloc(padding, 0x61)])));
  parts.push(chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
