import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../common/roles.ts';
import { api, ApiError } from '../../api/client.ts';
import type { Account } from '../../api/session.ts';
import { setLocale } from '../../i18n/index.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/forms.tsx';
import { hasMessages, localValidationProblem, serverProblem, type FieldMessages, type FormProblem } from '../auth/forms.ts';
import { LiveStatus } from '../auth/ui.tsx';

const NAME_ID = 'account-name';
const LOCALE_ID = 'account-locale';
const NAME_MAX = 200;

interface Draft {
  name: string;
  locale: Locale;
  /** The account the edit started from: its version (sent as If-Match), name and language. */
  baseVersion: number;
  baseName: string;
  baseLocale: Locale;
}

type Edit = Pick<Draft, 'name' | 'locale'>;

/**
 * The version to send. A newer version whose name and language are still those the edit
 * started from (a password change also counts as a change) does not conflict with this edit.
 */
function versionFor(draft: Draft | null, me: Account): number {
  if (!draft) return me.version;
  return me.name === draft.baseName && me.locale === draft.baseLocale ? me.version : draft.baseVersion;
}

/**
 * Name and language. Saved with the version the edit started from; if someone (or another
 * tab) changed the account meanwhile, the server says 412: the form then shows the fresh data
 * and, in the summary, what the user had typed so nothing is lost. A new language applies at once.
 */
export function ProfileForm({ me }: { me: Account }) {
  const { t } = useTranslation('account');
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [stale, setStale] = useState<{ name: string; locale: Locale } | null>(null);
  const [saved, setSaved] = useState(false);
  const name = draft?.name ?? me.name;
  const locale = draft?.locale ?? me.locale;
  const edit = (patch: Partial<Edit>) =>
    setDraft({
      name,
      locale,
      baseVersion: draft?.baseVersion ?? me.version,
      baseName: draft?.baseName ?? me.name,
      baseLocale: draft?.baseLocale ?? me.locale,
      ...patch,
    });

  const save = useMutation({
    mutationFn: (input: Edit & { version: number }) =>
      api<Account>('PATCH', '/api/me', { body: { name: input.name, locale: input.locale }, version: input.version }),
    onMutate: () => {
      setProblem(null);
      setStale(null);
      setSaved(false);
    },
    onSuccess: async (account) => {
      qc.setQueryData(['me'], account);
      setDraft(null);
      await setLocale(account.locale);
      setSaved(true);
    },
    onError: async (err, input) => {
      setProblem(
        serverProblem(err, (path) => {
          if (path === 'name') return input.name.trim() ? t('errors.nameTooLong') : t('errors.nameRequired');
          if (path === 'locale') return t('errors.languageInvalid');
          return undefined;
        }),
      );
      if (err instanceof ApiError && err.code === 'stale_version') {
        setStale({ name: input.name, locale: input.locale });
        const current = err.problem.current as Partial<Pick<Account, 'name' | 'locale' | 'version'>> | undefined;
        if (current) qc.setQueryData<Account | null>(['me'], (old) => (old ? { ...old, ...current } : old));
        setDraft(null);
        // Reload the whole account; this also applies its (fresh) language.
        await qc.invalidateQueries({ queryKey: ['me'] });
      }
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const fields: FieldMessages = {};
    if (!name.trim()) fields.name = t('errors.nameRequired');
    else if (name.trim().length > NAME_MAX) fields.name = t('errors.nameTooLong');
    if (hasMessages(fields)) {
      setSaved(false);
      setProblem(localValidationProblem(fields));
      return;
    }
    save.mutate({ name: name.trim(), locale, version: versionFor(draft, me) });
  };

  const fields = problem?.fields ?? {};
  return (
    <section aria-labelledby="account-profile-title">
      <h2 id="account-profile-title">{t('profile.title')}</h2>
      <ErrorSummary
        error={problem?.error}
        fields={{
          name: { id: NAME_ID, label: t('profile.name'), message: fields.name },
          locale: { id: LOCALE_ID, label: t('profile.language'), message: fields.locale },
        }}
      >
        {stale ? <p>{t('profile.stale', { name: stale.name, language: t(`core:language.${stale.locale}`) })}</p> : null}
      </ErrorSummary>
      <LiveStatus>{saved ? t('profile.saved') : null}</LiveStatus>
      <form onSubmit={submit} noValidate>
        <TextField
          id={NAME_ID}
          label={t('profile.name')}
          hint={t('profile.nameHint')}
          required
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => edit({ name: e.target.value })}
          error={fields.name}
        />
        <SelectField
          id={LOCALE_ID}
          label={t('profile.language')}
          hint={t('profile.languageHint')}
          required
          name="locale"
          value={locale}
          onChange={(e) => edit({ locale: e.target.value as Locale })}
          error={fields.locale}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>{t(`core:language.${l}`)}</option>
          ))}
        </SelectField>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('profile.submitting') : t('profile.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
