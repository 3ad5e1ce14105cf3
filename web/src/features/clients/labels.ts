import { useTranslation } from 'react-i18next';
import { isPhase } from './trajectory.ts';

/** "Fase 2: beroepsgerichte profilering" (inline: "fase 2: …") for a phase number; "Niet gedeeld" when absent. */
export function usePhaseLabel() {
  const { t } = useTranslation('clients');
  return (phase: number | null | undefined, inline = false) =>
    isPhase(phase) ? t(inline ? 'phase.inline' : 'phase.label', { phase, name: t(`phase.names.${phase}`) }) : t('phase.unknown');
}
