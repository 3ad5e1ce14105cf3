import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../lib/http.ts';

/** The OpenAPI description of a PDF answer. */
export const pdfContent = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
});

/** A PDF as a download named `filename`. */
export function pdfResponse(c: Context<AppEnv>, bytes: Buffer, filename: string): Response {
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${filename}"`,
  });
}
