"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/action-state";

/** One change to a case in one click (remove a situation, a round, a concern link), with the version it was shown at. */
export function CaseChangeButton({ action, fields, label, context }: {
  action: (previous: ActionState, input: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  /** What it acts on, read after the label by screen readers ("Remove" … "the situation Released, 6 December 2017"). */
  context: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <Button type="submit" variant="secondary" disabled={pending}>{label}<span className="sr-only"> {context}</span></Button>
      {state.ok ? null : <FormMessage message={state.message} ok={false} />}
    </form>
  );
}
