import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { NationalIdKind } from '../../../../common/national-id.ts';
import type { ClientCreated } from '../../../../common/schemas/clients.ts';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { CASELOAD_KEY } from './queries.ts';
import { emptyIdentityForm, formToInput, type IdentityField } from './identity-form.ts';
import { IdentityFields, useIdentityErrors } from './IdentityFields.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './clients.css';

const PREFIX = 'new-client';

/** State passed to the overview after creating, so it can confirm what happened. */
export interface CreatedState {
  created: string;
}

/** Take on a new client: their personal details. The coach becomes responsible; phase 1 starts. */
export function NewClientPage() {
  const { t } = useTranslation('clients');
  const me = useMe().data;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const defaultKind: NationalIdKind = me?.organisation.region === 'netherlands' ? 'nl_bsn' : 'be_rrn';
  const [form, setForm] = useState(() => emptyIdentityForm(defaultKind));
  const [pending, setPending] = useState(false);
  const errors = useIdentityErrors(PREFIX, form);

  const change = (field: IdentityField, value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending || !errors.check()) return;
    setPending(true);
    try {
      const input = formToInput(form);
      const created = await api<z.infer<typeof ClientCreated>>('POST', '/api/clients', { body: input });
      await qc.invalidateQueries({ queryKey: CASELOAD_KEY });
      const state: CreatedState = { created: `${input.givenName} ${input.familyName}` };
      void navigate(`/clients/${created.id}`, { state });
    } catch (err) {
      errors.fail(err);
      setPending(false);
    }
  };

  return (
    <Page title={t('create.title')} intro={<p>{t('create.intro')}</p>}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="page-title" className="identity-form">
        <ErrorSummary error={errors.error} fields={errors.summary} />
        <IdentityFields prefix={PREFIX} form={form} errors={errors.messages} onChange={change} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('create.submitting') : t('create.submit')}
          </button>
          <Link to="/clients" className="button button--secondary">{t('create.back')}</Link>
        </div>
      </form>
    </Page>
  );
}
