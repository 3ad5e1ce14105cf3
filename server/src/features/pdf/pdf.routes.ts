import { z } from 'zod';
import { PdfQuery } from '../../../../common/schemas/action-plan.ts';
import type { Locale } from '../../../../common/roles.ts';
import { readClient } from '../../access/clients.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { createRouter, defineRoute } from '../../lib/http.ts';
import { getPlan, planSignatures } from '../action-plan/action-plan.queries.ts';
import { toActionPlan } from '../action-plan/action-plan.rules.ts';
import { currentProfile, visibleCategories } from '../vocational-profile/vocational-profile.service.ts';
import { renderActionPlanPdf, signatureBytes } from './action-plan.pdf.ts';
import { clientIdentity, organisationName, type ClientIdentityRow } from './pdf.queries.ts';
import { pdfContent, pdfResponse } from './response.ts';
import { renderVocationalProfilePdf, type PersonalDetails } from './vocational-profile.pdf.ts';

const tags = ['pdf'];
/**
 * Hono reads "{planId}.pdf" as one parameter named "planId.pdf" holding the whole segment;
 * this hands it to the schema as planId without its ".pdf", so the document names planId and
 * a malformed id is a 400 like on every other route.
 */
const PlanPdfParams = z.preprocess(
  (raw) => {
    const { 'planId.pdf': segment, ...rest } = (raw ?? {}) as Record<string, unknown>;
    return typeof segment === 'string' ? { ...rest, planId: segment.endsWith('.pdf') ? segment.slice(0, -4) : '' } : raw;
  },
  z.object({ id: z.uuid(), planId: z.uuid() }),
) as unknown as z.ZodObject<{ id: z.ZodUUID; planId: z.ZodUUID }>; // a pipe that the route types take for the object it ends in


/** The file's name in the reader's language: actieplan-versie-2.pdf. */
const FILE_WORDS: Record<Locale, { plan: string; version: string; profile: string }> = {
  'nl-BE': { plan: 'actieplan', version: 'versie', profile: 'beroepsorienteringsschema' },
  'nl-NL': { plan: 'actieplan', version: 'versie', profile: 'beroepsorienteringsschema' },
  en: { plan: 'action-plan', version: 'version', profile: 'vocational-profile' },
};

/** The identity category when the reader may see it (an outside read of it is audited), else null. */
async function identityIfVisible(scope: Scope, clientId: string, purpose: Parameters<typeof readClient>[3]): Promise<ClientIdentityRow | null> {
  try {
    await readClient(scope, clientId, ['identity'], purpose);
  } catch (err) {
    if (err instanceof HttpProblem && err.status === 404) return null;
    throw err;
  }
  return clientIdentity(scope.db, clientId);
}

const strings = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string'));

function personalDetails(r: ClientIdentityRow): PersonalDetails {
  return {
    salutation: r.salutation, givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date, nationalId: r.national_id, nationalIdKind: r.national_id_kind,
    address: r.address, postcode: r.postcode, city: r.city, phoneHome: r.phone_home, phoneMobile: r.phone_mobile, email: r.email,
    nextOfKin: strings(r.next_of_kin), emergencyPhone: r.emergency_phone, professionalNetwork: strings(r.professional_network), religionCulture: r.religion_culture,
  };
}

export function pdfRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('action_plans.read', {
      method: 'get', path: '/api/clients/{id}/action-plans/{planId}.pdf', tags,
      summary: 'One version of the action plan as the actieplan form (PDF), signatures included',
      request: {
        params: PlanPdfParams,
        query: PdfQuery,
      },
      responses: { 200: pdfContent('The actieplan form'), 404: { description: 'No such plan, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, planId } = c.req.valid('param');
      const { purpose, lang } = c.req.valid('query');
      const grant = await readClient(scope, id, ['action_plan'], purpose);
      const row = await getPlan(scope.db, id, planId);
      if (!row) throw notFound();
      const plan = toActionPlan(row);
      const identity = grant.categories.has('identity') ? await clientIdentity(scope.db, id) : null;
      const signatures = await planSignatures(scope.db, planId);
      const bytes = await renderActionPlanPdf({
        plan,
        clientName: identity ? `${identity.given_name} ${identity.family_name}` : null,
        organisationName: await organisationName(scope.db, grant.organisationId),
        signatures: { client: signatureBytes(signatures.client_signature), coach: signatureBytes(signatures.coach_signature) },
      }, lang);
      const words = FILE_WORDS[lang];
      return pdfResponse(c, bytes, `${words.plan}-${words.version}-${plan.number}.pdf`);
    },
  );

  app.openapi(
    defineRoute('vocational_profile.read', {
      method: 'get', path: '/api/clients/{id}/vocational-profile.pdf', tags,
      summary: 'The vocational profile as the beroepsoriënteringsschema (PDF), with only the categories you may see',
      request: { params: z.object({ id: z.uuid() }), query: PdfQuery },
      responses: { 200: pdfContent('The beroepsoriënteringsschema'), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { purpose, lang } = c.req.valid('query');
      const { grant, categories } = await visibleCategories(scope, id, purpose);
      const profile = await currentProfile(scope, grant, categories);
      const identity = await identityIfVisible(scope, id, purpose);
      const bytes = await renderVocationalProfilePdf({
        profile,
        personal: identity ? personalDetails(identity) : null,
        organisationName: await organisationName(scope.db, grant.organisationId),
      }, lang);
      return pdfResponse(c, bytes, `${FILE_WORDS[lang].profile}.pdf`);
    },
  );

  return app;
}
