import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscoSearchHit as EscoSearchHitSchema } from '../../../../common/schemas/esco.ts';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import './profile.css';

type EscoSearchHit = z.infer<typeof EscoSearchHitSchema>;

/** A chosen occupation: the URI is what the server keeps; code and label are for showing it. */
export interface EscoValue {
  uri: string;
  code?: string;
  preferredLabel?: string;
}

/** How long typing pauses before a search is sent, and how many occupations one search shows. */
export const ESCO_DEBOUNCE_MS = 250;
export const ESCO_RESULTS = 12;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * An ESCO occupation picker (ARIA 1.2 combobox with a listbox popup, list autocomplete):
 * typing searches ESCO's preferred and alternative labels (the server ignores accents and
 * case); Down/Up move through the results, Enter chooses, Escape closes the list (a second
 * Escape puts back the chosen label). The count of results is announced in a live region.
 */
export function EscoCombobox({ id, label, hint, error, required, value, onChange }: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: EscoValue | null;
  onChange: (value: EscoValue | null) => void;
}) {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  const base = useId();
  const listId = `${base}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chosenId = `${id}-chosen`;
  const [text, setText] = useState(value?.preferredLabel ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), ESCO_DEBOUNCE_MS);
  const searching = open && query.length > 0 && query !== value?.preferredLabel;
  const results = useQuery({
    queryKey: ['esco', 'occupations', query, ESCO_RESULTS],
    queryFn: ({ signal }) => api<{ items: EscoSearchHit[] }>('GET', '/api/esco/occupations', { query: { q: query, limit: ESCO_RESULTS }, signal }),
    enabled: searching,
    staleTime: 5 * 60_000,
  });
  const items = searching && results.data ? results.data.items : [];
  const expanded = open && items.length > 0;
  const optionId = (i: number) => `${base}-option-${i}`;

  // A value set from outside (another version loaded) shows its label.
  const [shownFor, setShownFor] = useState(value?.uri);
  if (shownFor !== value?.uri) {
    setShownFor(value?.uri);
    setText(value?.preferredLabel ?? '');
  }

  const choose = (hit: EscoSearchHit) => {
    onChange({ uri: hit.uri, code: hit.code, preferredLabel: hit.preferredLabel });
    setText(hit.preferredLabel);
    setShownFor(hit.uri);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      if (items.length > 0) setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length > 0) setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      // Enter chooses in an open list and never sends the form from here.
      if (expanded) {
        e.preventDefault();
        const hit = items[active];
        if (hit) choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== (value?.preferredLabel ?? '')) {
        e.preventDefault();
        setText(value?.preferredLabel ?? '');
      }
    }
  };

  let announcement = '';
  if (searching && results.isFetching) announcement = t('esco.searching');
  else if (searching && results.isError) announcement = t('esco.failed');
  else if (searching && results.data) announcement = items.length > 0 ? t('esco.results', { count: items.length }) : t('esco.none');

  const describedBy = [hint ? hintId : null, error ? errorId : null, value ? chosenId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field esco${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="field__optional"> ({tc('common.optional')})</span>}
      </label>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field__error">{error}</p> : null}
      <div className="esco__input-row">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        {value ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange(null);
              setText('');
              document.getElementById(id)?.focus();
            }}
          >
            {t('esco.clear')}
          </button>
        ) : null}
      </div>
      <div id={listId} role="listbox" aria-label={t('esco.listLabel')} className="esco__list" hidden={!expanded}>
        {items.map((hit, i) => (
          // Options are chosen by pointer on mousedown (before the input's blur closes the list); the keyboard works through the combobox.
          // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={hit.uri}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            className="esco__option"
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
            onMouseMove={() => setActive(i)}
          >
            {hit.preferredLabel}
            <span className="esco__code muted">
              {t('esco.code', { code: hit.code })}
              {hit.matchedAltLabel ? ` · ${t('esco.also', { label: hit.matchedAltLabel })}` : null}
            </span>
          </div>
        ))}
      </div>
      {value ? <p id={chosenId} className="esco__chosen">{t('esco.chosen', { label: value.preferredLabel ?? value.uri, code: value.code ?? '' })}</p> : null}
      <div role="status" className="visually-hidden">{announcement}</div>
    </div>
  );
}
