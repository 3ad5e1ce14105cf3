import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_PARTIES, type ActionItem, type ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { TableWrap } from '../../ui/page.tsx';
import { formatDay, formatMoment, pick, type Translate } from './format.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './plan.css';

type Level = 2 | 3;

function Heading({ level, id, children }: { level: Level; id?: string; children: ReactNode }) {
  // With an id the page may move focus to it after an action.
  const tabIndex = id ? -1 : undefined;
  return level === 2 ? <h2 id={id} tabIndex={tabIndex}>{children}</h2> : <h3 id={id} tabIndex={tabIndex}>{children}</h3>;
}
function SubHeading({ level, children }: { level: Level; children: ReactNode }) {
  return level === 2 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

/** "Jobcoach: Jonas Peeters", or the role alone when no name was given. */
export function whoLabel(tx: Translate, who: ActionItem['who']): string {
  const role = tx(`roles.${who.role}`);
  return who.name ? `${role}: ${who.name}` : role;
}

/**
 * One version of the action plan, read-only: the seed form's header (date, follow-up date,
 * SE-dienstverlener), its table of actions, who agreed and the evaluation. `easy` gives the
 * client's plain-language labels and shows the actions as a list instead of a table.
 * Headings start at h2 (`headingLevel` 3 when it sits under a page's h2).
 */
export function PlanView({ plan, easy, headingLevel = 2, headingId }: { plan: ActionPlan; easy?: boolean; headingLevel?: Level; headingId?: string }) {
  const { t, i18n } = useTranslation('plan');
  const tx = pick(t as Translate, easy);
  const day = (iso: string) => formatDay(iso, i18n.language);
  const orEmpty = (v: string) => (v.trim() ? v : <span className="muted">{tx('view.empty')}</span>);

  return (
    <section className="plan-view" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>{tx('view.heading', { number: plan.number })}</Heading>
      <dl className="plan-facts">
        <div><dt>{tx('view.status')}</dt><dd>{tx(`planStatus.${plan.status}`)}</dd></div>
        <div><dt>{tx('view.planDate')}</dt><dd>{day(plan.planDate)}</dd></div>
        <div>
          <dt>{tx('view.followUpDate')}</dt>
          <dd>{plan.followUpDate ? day(plan.followUpDate) : tx('view.noFollowUp')}</dd>
        </div>
        <div><dt>{tx('view.providerName')}</dt><dd>{orEmpty(plan.providerName)}</dd></div>
      </dl>

      <SubHeading level={headingLevel}>{tx('view.itemsHeading')}</SubHeading>
      {plan.items.length === 0 ? <p>{tx('view.noItems')}</p> : easy ? (
        <ol className="plan-steps">
          {plan.items.map((item) => (
            <li key={item.id} className="card">
              <dl className="plan-step">
                <div><dt>{tx('view.what')}</dt><dd>{item.what}</dd></div>
                <div><dt>{tx('view.how')}</dt><dd>{orEmpty(item.how)}</dd></div>
                <div><dt>{tx('view.who')}</dt><dd>{whoLabel(tx, item.who)}</dd></div>
                <div><dt>{tx('view.when')}</dt><dd>{orEmpty(item.when)}</dd></div>
                <div><dt>{tx('view.itemStatus')}</dt><dd>{tx(`itemStatus.${item.status}`)}</dd></div>
                <div><dt>{tx('view.results')}</dt><dd>{orEmpty(item.results)}</dd></div>
              </dl>
            </li>
          ))}
        </ol>
      ) : (
        <TableWrap label={tx('view.itemsCaption', { number: plan.number })}>
          <table className="plan-table">
            <caption>{tx('view.itemsCaption', { number: plan.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{tx('view.what')}</th>
                <th scope="col">{tx('view.how')}</th>
                <th scope="col">{tx('view.who')}</th>
                <th scope="col">{tx('view.when')}</th>
                <th scope="col">{tx('view.results')}</th>
                <th scope="col">{tx('view.itemStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.what}</th>
                  <td>{orEmpty(item.how)}</td>
                  <td>{whoLabel(tx, item.who)}</td>
                  <td>{orEmpty(item.when)}</td>
                  <td>{orEmpty(item.results)}</td>
                  <td>{tx(`itemStatus.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <SubHeading level={headingLevel}>{tx('view.agreementsHeading')}</SubHeading>
      <p className="plan-statement">{tx('view.statement')}</p>
      <dl className="plan-facts">
        {AGREEMENT_PARTIES.map((party) => {
          const a = plan.agreements[party];
          return (
            <div key={party}>
              <dt>{tx(`parties.${party}`)}</dt>
              <dd>
                {a
                  ? `${tx('view.agreedBy', { name: a.name, at: formatMoment(a.at, i18n.language) })}, ${tx(a.signed ? 'view.withSignature' : 'view.withoutSignature')}`
                  : tx('view.notAgreed')}
              </dd>
            </div>
          );
        })}
      </dl>

      {plan.evaluation ? <EvaluationView plan={plan} tx={tx} level={headingLevel} easy={easy} /> : null}
    </section>
  );
}

function EvaluationView({ plan, tx, level, easy }: { plan: ActionPlan; tx: Translate; level: Level; easy?: boolean }) {
  const { i18n } = useTranslation('plan');
  const evaluation = plan.evaluation!;
  const byItem = new Map(evaluation.items.map((e) => [e.itemId, e]));
  return (
    <>
      <SubHeading level={level}>{tx('view.evaluationHeading')}</SubHeading>
      <dl className="plan-facts">
        <div><dt>{tx('view.evaluatedOn')}</dt><dd>{formatDay(evaluation.evaluatedOn, i18n.language)}</dd></div>
        <div><dt>{tx('view.outcome')}</dt><dd>{tx(`outcomes.${evaluation.outcome}`)}</dd></div>
        <div><dt>{tx('view.nextStep')}</dt><dd className="plan-text">{evaluation.nextStep || tx('view.empty')}</dd></div>
        {evaluation.participants ? <div><dt>{tx('view.participants')}</dt><dd>{evaluation.participants}</dd></div> : null}
        <div>
          <dt>{tx('view.recordedBy')}</dt>
          <dd>{tx('view.recordedByValue', { name: evaluation.recordedBy.name, at: formatMoment(evaluation.recordedAt, i18n.language) })}</dd>
        </div>
      </dl>
      {plan.items.length > 0 ? (
        easy ? (
          <ol className="plan-steps" aria-label={tx('view.evaluationCaption', { number: plan.number })}>
            {plan.items.map((item) => {
              const e = byItem.get(item.id);
              return (
                <li key={item.id} className="card">
                  <dl className="plan-step">
                    <div><dt>{tx('view.what')}</dt><dd>{item.what}</dd></div>
                    <div><dt>{tx('view.itemStatus')}</dt><dd>{e ? tx(`itemStatus.${e.status}`) : tx('view.notDiscussed')}</dd></div>
                    {e?.result ? <div><dt>{tx('view.evaluationResult')}</dt><dd>{e.result}</dd></div> : null}
                  </dl>
                </li>
              );
            })}
          </ol>
        ) : (
          <TableWrap label={tx('view.evaluationCaption', { number: plan.number })}>
            <table className="plan-table">
              <caption>{tx('view.evaluationCaption', { number: plan.number })}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx('view.what')}</th>
                  <th scope="col">{tx('view.itemStatus')}</th>
                  <th scope="col">{tx('view.evaluationResult')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.items.map((item) => {
                  const e = byItem.get(item.id);
                  return (
                    <tr key={item.id}>
                      <th scope="row">{item.what}</th>
                      <td>{e ? tx(`itemStatus.${e.status}`) : tx('view.notDiscussed')}</td>
                      <td>{e?.result || <span className="muted">{tx('view.empty')}</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )
      ) : null}
    </>
  );
}
