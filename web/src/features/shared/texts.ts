import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../../common/consent.ts';

const isPhase = (n: number): n is Phase => (PHASES as readonly number[]).includes(n);

/** "Stap 2 van 5: werkprofiel en actieplan": the phase in words an employer understands. */
export function usePhaseText() {
  const { t } = useTranslation('shared');
  return (phase: number): string => (isPhase(phase) ? t('phase.label', { phase, name: t(`phase.names.${phase}`) }) : String(phase));
}
