import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../common/roles.ts';
import { useRoleWords } from './format.ts';

export interface Person {
  id: string;
  name: string;
  email: string;
  roles: readonly Role[];
  invited?: boolean;
}

/** People as cards: name, roles in words and an email link. The signed-in person is marked. */
export function PeopleList({ people, meId }: { people: readonly Person[]; meId: string }) {
  const { t } = useTranslation('home');
  const roleWords = useRoleWords();
  return (
    <ul className="cards">
      {people.map((p) => (
        <li key={p.id} className="card person-card">
          <p>
            <strong>{p.name}</strong>
            {p.id === meId ? ` ${t('people.you')}` : null}
            {p.invited ? <> <span className="tag">{t('people.invited')}</span></> : null}
          </p>
          <p className="muted">{roleWords(p.roles)}</p>
          <p>
            <a href={`mailto:${p.email}`}>{p.email}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}
