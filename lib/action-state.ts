// The one state shape every form action returns (see STYLE.md, habit 3).
export type ActionState = {
  ok?: boolean;
  /** A plain sentence for the whole form. */
  message?: string;
  /** Messages keyed by field name, shown next to the field. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a refused form is not emptied. */
  values?: Record<string, string>;
  /** What the user ticked in fields sent more than once (checkbox groups). */
  choices?: Record<string, string[]>;
  /** Anything else the form needs to show (e.g. the other person's edit on a conflict). */
  data?: unknown;
};

export const initialActionState: ActionState = {};
