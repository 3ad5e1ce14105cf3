import {
  ACTION_PLAN_LIMITS, type ActionItemResponsible, type ActionItemStatus, type ActionPlan, type ActionPlanInput,
} from '../../../../common/schemas/action-plan.ts';
import { isCalendarDay } from './format.ts';
import type { FieldIssue } from './problems.ts';

/** One action as the form holds it; `key` stays with the row while it moves, `id` is the server's. */
export interface DraftItem {
  key: string;
  id?: string;
  what: string;
  how: string;
  whoRole: ActionItemResponsible;
  whoName: string;
  when: string;
  results: string;
  status: ActionItemStatus;
}

export interface Draft {
  planDate: string;
  followUpDate: string;
  providerName: string;
  items: DraftItem[];
}

export type ItemField = Exclude<keyof DraftItem, 'key' | 'id'>;

export type DraftAction =
  | { type: 'field'; field: 'planDate' | 'followUpDate' | 'providerName'; value: string }
  | { type: 'item'; key: string; field: ItemField; value: string }
  | { type: 'add'; item: DraftItem }
  | { type: 'remove'; key: string }
  | { type: 'move'; key: string; by: -1 | 1 }
  | { type: 'reset'; draft: Draft };

let counter = 0;
/** A key for a row that is new in this form. */
export const newKey = () => `new-${++counter}`;

export const emptyItem = (): DraftItem => ({
  key: newKey(), what: '', how: '', whoRole: 'client', whoName: '', when: '', results: '', status: 'open',
});

/**
 * The form's state from a stored version. `previous` keeps the keys of rows the form already
 * had (matched by id, else by place), so saving does not remount rows and lose focus.
 */
export function draftFromPlan(plan: Pick<ActionPlan, 'planDate' | 'followUpDate' | 'providerName' | 'items'>, previous?: Draft): Draft {
  const keyById = new Map((previous?.items ?? []).filter((i) => i.id).map((i) => [i.id!, i.key]));
  return {
    planDate: plan.planDate,
    followUpDate: plan.followUpDate ?? '',
    providerName: plan.providerName,
    items: plan.items.map((i, n) => ({
      key: keyById.get(i.id) ?? previous?.items[n]?.key ?? i.id,
      id: i.id,
      what: i.what,
      how: i.how,
      whoRole: i.who.role,
      whoName: i.who.name,
      when: i.when,
      results: i.results,
      status: i.status,
    })),
  };
}

export function draftReducer(state: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'field':
      return { ...state, [action.field]: action.value };
    case 'item':
      return { ...state, items: state.items.map((i) => (i.key === action.key ? { ...i, [action.field]: action.value } : i)) };
    case 'add':
      return state.items.length >= ACTION_PLAN_LIMITS.items ? state : { ...state, items: [...state.items, action.item] };
    case 'remove':
      return { ...state, items: state.items.filter((i) => i.key !== action.key) };
    case 'move': {
      const from = state.items.findIndex((i) => i.key === action.key);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= state.items.length) return state;
      const items = [...state.items];
      [items[from], items[to]] = [items[to]!, items[from]!];
      return { ...state, items };
    }
    case 'reset':
      return action.draft;
  }
}

/** The body of PUT …/action-plans/{planId}. */
export function draftToInput(d: Draft): ActionPlanInput {
  return {
    planDate: d.planDate,
    followUpDate: d.followUpDate === '' ? null : d.followUpDate,
    providerName: d.providerName.trim(),
    items: d.items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      what: i.what.trim(),
      how: i.how.trim(),
      who: { role: i.whoRole, name: i.whoName.trim() },
      when: i.when.trim(),
      results: i.results.trim(),
      status: i.status,
    })),
  };
}

const ITEM_LIMITS: Partial<Record<ItemField, number>> = {
  what: ACTION_PLAN_LIMITS.what,
  how: ACTION_PLAN_LIMITS.how,
  whoName: ACTION_PLAN_LIMITS.whoName,
  when: ACTION_PLAN_LIMITS.when,
  results: ACTION_PLAN_LIMITS.results,
};

/** The server's path of an item field: whoName is "who.name". */
export const itemPath = (n: number, field: ItemField) =>
  `items.${n}.${field === 'whoName' ? 'who.name' : field === 'whoRole' ? 'who.role' : field}`;

/**
 * What the server would refuse, found before sending, with the server's paths and a code the
 * form turns into a sentence: required, tooLong, date, beforePlan.
 */
export function draftIssues(d: Draft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDay(d.planDate)) issues.push({ path: 'planDate', message: 'date' });
  if (d.followUpDate !== '' && !isCalendarDay(d.followUpDate)) issues.push({ path: 'followUpDate', message: 'date' });
  else if (d.followUpDate !== '' && isCalendarDay(d.planDate) && d.followUpDate < d.planDate) {
    issues.push({ path: 'followUpDate', message: 'beforePlan' });
  }
  if (d.providerName.trim().length > ACTION_PLAN_LIMITS.providerName) issues.push({ path: 'providerName', message: 'tooLong' });
  d.items.forEach((item, n) => {
    if (!item.what.trim()) issues.push({ path: itemPath(n, 'what'), message: 'required' });
    for (const [field, max] of Object.entries(ITEM_LIMITS) as [ItemField, number][]) {
      if (item[field].trim().length > max && !(field === 'what' && !item.what.trim())) issues.push({ path: itemPath(n, field), message: 'tooLong' });
    }
  });
  return issues;
}

/** The limit of a field by its server path, for the "too long" message. */
export function limitOf(path: string): number | undefined {
  if (path === 'providerName') return ACTION_PLAN_LIMITS.providerName;
  const m = /^items\.\d+\.(what|how|who\.name|when|results)$/.exec(path);
  if (!m) return undefined;
  return m[1] === 'who.name' ? ACTION_PLAN_LIMITS.whoName : ACTION_PLAN_LIMITS[m[1] as 'what' | 'how' | 'when' | 'results'];
}

/** Whether the form differs from the stored version (whitespace at the ends does not count). */
export function isDirty(d: Draft, plan: Pick<ActionPlan, 'planDate' | 'followUpDate' | 'providerName' | 'items'>): boolean {
  return JSON.stringify(draftToInput(d)) !== JSON.stringify(draftToInput(draftFromPlan(plan)));
}
