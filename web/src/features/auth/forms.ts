import { ApiError, browserProblem } from '../../api/client.ts';

/** Field messages by field name ("email", "password"); empty when every field is fine. */
export type FieldMessages = Record<string, string>;

/** The state of a form after a failed submit: what went wrong and which fields to mark. */
export interface FormProblem {
  error: unknown;
  fields: FieldMessages;
}

/**
 * A problem found in the browser, before anything was sent. It has the shape of the server's
 * validation problem so the ErrorSummary says "some fields are not filled in correctly" in
 * the interface language and links to each field.
 */
export function localValidationProblem(fields: FieldMessages): FormProblem {
  return {
    error: browserProblem(),
    fields,
  };
}

/**
 * Field messages for a failed API call: each field the server names gets the message that
 * `explain` gives for it (from the field and the server's code), so the user sees the problem
 * next to the field in their own language rather than the server's technical text.
 */
export function serverProblem(error: unknown, explain: (path: string, serverMessage: string) => string | undefined): FormProblem {
  const fields: FieldMessages = {};
  if (error instanceof ApiError) {
    for (const [path, message] of Object.entries(error.fieldErrors())) {
      const text = explain(path, message);
      if (text) fields[path] = text;
    }
  }
  return { error, fields };
}

export function hasMessages(fields: FieldMessages): boolean {
  return Object.keys(fields).length > 0;
}
