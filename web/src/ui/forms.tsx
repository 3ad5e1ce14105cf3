import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

function useFieldIds(error?: string, hint?: ReactNode, fixedId?: string) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

function FieldFrame({ id, label, hint, hintId, error, errorId, required, children }: FieldProps & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field__error">{error}</p> : null}
      {children}
    </div>
  );
}

/** A labelled text input with hint and error wired to it for screen readers. */
export function TextField({ label, hint, error, required, id, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'required'>) {
  const ids = useFieldIds(error, hint, id);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} required={required}>
      <input id={ids.id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </FieldFrame>
  );
}

export function TextArea({ label, hint, error, required, id, ...input }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'>) {
  const ids = useFieldIds(error, hint, id);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} required={required}>
      <textarea id={ids.id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, required, children, id, ...select }: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'>) {
  const ids = useFieldIds(error, hint, id);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} required={required}>
      <select id={ids.id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ label, hint, id: fixedId, ...input }: { label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" aria-describedby={hintId} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
    </div>
  );
}
