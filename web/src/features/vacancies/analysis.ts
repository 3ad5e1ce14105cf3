import {
  JOB_TASKS_MAX, TASK_STEPS_MAX, VACANCY_LINE_MAX, type JobAnalysis, type JobAnalysisInput,
} from '../../../../common/schemas/vacancies.ts';
import { parseNumber, type FieldIssue } from './forms.ts';

/**
 * The job analysis form (jobanalyse, seed 003 ~4212–4399) as the browser holds it: every
 * field as text, the tasks with their task-analysis steps in order. Rows carry a `key` that
 * stays with them while they move, so focus and typed text never jump to another row.
 */

export const TEXT_FIELDS = [
  'requiredProductivity', 'qualityStandards', 'wage', 'accessibility', 'healthAndSafety', 'companyCulture', 'workEnvironment',
  'socialAspects', 'supportOnTheJob', 'naturalSupport', 'transport',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const KEY_CHARACTERISTICS = ['physical', 'cognitive', 'emotional', 'environment', 'other'] as const;
export type KeyCharacteristic = (typeof KEY_CHARACTERISTICS)[number];
export const TASK_TEXTS = ['processContent', 'meetingPoints', 'normalTime', 'materials', 'qualityCriterion', 'likelyProblems'] as const;
export type TaskText = (typeof TASK_TEXTS)[number];

/** Longest values the schema takes: one line (task, step, normal time) or a short text. */
export const LINE_MAX = VACANCY_LINE_MAX;
export const TEXT_MAX = 2_000;

export interface StepDraft {
  key: string;
  text: string;
}

export interface TaskDraft {
  key: string;
  task: string;
  steps: StepDraft[];
  processContent: string;
  meetingPoints: string;
  normalTime: string;
  materials: string;
  qualityCriterion: string;
  likelyProblems: string;
}

export interface AnalysisDraft extends Record<TextField, string> {
  tasks: TaskDraft[];
  keyCharacteristics: Record<KeyCharacteristic, string>;
  hoursPerDay: string;
}

let counter = 0;
export const newKey = () => `k${++counter}`;

export const emptyTask = (): TaskDraft => ({
  key: newKey(), task: '', steps: [], processContent: '', meetingPoints: '', normalTime: '', materials: '', qualityCriterion: '', likelyProblems: '',
});
export const emptyStep = (): StepDraft => ({ key: newKey(), text: '' });

export function analysisDraft(a: JobAnalysisInput | JobAnalysis): AnalysisDraft {
  return {
    tasks: a.tasks.map((t) => ({ ...t, key: newKey(), steps: t.steps.map((s) => ({ key: newKey(), text: s })) })),
    keyCharacteristics: { ...a.keyCharacteristics },
    hoursPerDay: a.hoursPerDay === null ? '' : String(a.hoursPerDay),
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, a[f]])) as Record<TextField, string>),
  };
}

/** The body of PUT …/job-analysis. Empty steps are left out. Call only when analysisIssues is empty. */
export function analysisInput(d: AnalysisDraft): JobAnalysisInput {
  const hours = parseNumber(d.hoursPerDay);
  return {
    tasks: d.tasks.map((t) => ({
      task: t.task.trim(),
      steps: t.steps.map((s) => s.text.trim()).filter(Boolean),
      ...(Object.fromEntries(TASK_TEXTS.map((f) => [f, t[f].trim()])) as Record<TaskText, string>),
    })),
    keyCharacteristics: Object.fromEntries(KEY_CHARACTERISTICS.map((k) => [k, d.keyCharacteristics[k].trim()])) as Record<KeyCharacteristic, string>,
    hoursPerDay: hours === undefined ? null : hours,
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, d[f].trim()])) as Record<TextField, string>),
  };
}

export type AnalysisAction =
  | { type: 'field'; field: TextField | 'hoursPerDay'; value: string }
  | { type: 'key'; field: KeyCharacteristic; value: string }
  | { type: 'task'; task: string; field: 'task' | TaskText; value: string }
  | { type: 'addTask'; item: TaskDraft }
  | { type: 'removeTask'; task: string }
  | { type: 'moveTask'; task: string; by: -1 | 1 }
  | { type: 'step'; task: string; step: string; value: string }
  | { type: 'addStep'; task: string; item: StepDraft }
  | { type: 'removeStep'; task: string; step: string }
  | { type: 'moveStep'; task: string; step: string; by: -1 | 1 }
  | { type: 'reset'; draft: AnalysisDraft };

function move<T extends { key: string }>(list: T[], key: string, by: -1 | 1): T[] {
  const from = list.findIndex((i) => i.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

export function analysisReducer(state: AnalysisDraft, action: AnalysisAction): AnalysisDraft {
  const onTask = (key: string, change: (t: TaskDraft) => TaskDraft): AnalysisDraft => {
    const tasks = state.tasks.map((t) => (t.key === key ? change(t) : t));
    return tasks.every((t, i) => t === state.tasks[i]) ? state : { ...state, tasks };
  };
  switch (action.type) {
    case 'field':
      return { ...state, [action.field]: action.value };
    case 'key':
      return { ...state, keyCharacteristics: { ...state.keyCharacteristics, [action.field]: action.value } };
    case 'task':
      return onTask(action.task, (t) => ({ ...t, [action.field]: action.value }));
    case 'addTask':
      return state.tasks.length >= JOB_TASKS_MAX ? state : { ...state, tasks: [...state.tasks, action.item] };
    case 'removeTask':
      return { ...state, tasks: state.tasks.filter((t) => t.key !== action.task) };
    case 'moveTask': {
      const tasks = move(state.tasks, action.task, action.by);
      return tasks === state.tasks ? state : { ...state, tasks };
    }
    case 'step':
      return onTask(action.task, (t) => ({ ...t, steps: t.steps.map((s) => (s.key === action.step ? { ...s, text: action.value } : s)) }));
    case 'addStep':
      return onTask(action.task, (t) => (t.steps.length >= TASK_STEPS_MAX ? t : { ...t, steps: [...t.steps, action.item] }));
    case 'removeStep':
      return onTask(action.task, (t) => ({ ...t, steps: t.steps.filter((s) => s.key !== action.step) }));
    case 'moveStep':
      return onTask(action.task, (t) => {
        const steps = move(t.steps, action.step, action.by);
        return steps === t.steps ? t : { ...t, steps };
      });
    case 'reset':
      return action.draft;
  }
}

/** The server's path of a step counts only steps that are sent (empty ones are left out). */
export function stepRow(task: TaskDraft, sentIndex: number): number {
  const sent = task.steps.map((s, i) => (s.text.trim() ? i : -1)).filter((i) => i >= 0);
  return sent[sentIndex] ?? sentIndex;
}

export function analysisIssues(d: AnalysisDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  d.tasks.forEach((t, i) => {
    if (!t.task.trim()) issues.push({ path: `tasks.${i}.task`, message: 'required' });
    else if (t.task.trim().length > LINE_MAX) issues.push({ path: `tasks.${i}.task`, message: 'tooLong' });
    t.steps.forEach((s, j) => {
      if (s.text.trim().length > LINE_MAX) issues.push({ path: `tasks.${i}.steps.${j}`, message: 'tooLong' });
    });
    for (const f of TASK_TEXTS) {
      if (t[f].trim().length > (f === 'normalTime' ? LINE_MAX : TEXT_MAX)) issues.push({ path: `tasks.${i}.${f}`, message: 'tooLong' });
    }
  });
  for (const k of KEY_CHARACTERISTICS) {
    if (d.keyCharacteristics[k].trim().length > TEXT_MAX) issues.push({ path: `keyCharacteristics.${k}`, message: 'tooLong' });
  }
  const hours = parseNumber(d.hoursPerDay);
  if (hours !== undefined && Number.isNaN(hours)) issues.push({ path: 'hoursPerDay', message: 'number' });
  else if (hours !== undefined && hours > 24) issues.push({ path: 'hoursPerDay', message: 'range' });
  else if (hours !== undefined && /[.,]\d{3,}$/.test(d.hoursPerDay.trim())) issues.push({ path: 'hoursPerDay', message: 'decimals' });
  for (const f of TEXT_FIELDS) if (d[f].trim().length > TEXT_MAX) issues.push({ path: f, message: 'tooLong' });
  return issues;
}
