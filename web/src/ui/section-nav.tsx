import { NavLink } from 'react-router';

/**
 * The sub-navigation of a record with several pages (a client's dossier, a vacancy): links
 * relative to `base`, the first ('' path) only current on `base` itself.
 */
export function SectionNav({ label, base, sections }: { label: string; base: string; sections: readonly { path: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="dossier-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.path}>
            <NavLink to={s.path ? `${base}/${s.path}` : base} end={s.path === ''}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
