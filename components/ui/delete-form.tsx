"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/action-state";

/**
 * Delete with the consequences spelled out. When `statement` is given the
 * user must tick a box agreeing to exactly that before the server accepts it.
 */
export function DeleteForm({ action, id, version, label, statement, afterHref }: {
  action: (previous: ActionState, input: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  label: string;
  statement?: string;
  afterHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.push(afterHref);
  }, [state.ok, afterHref, router]);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {statement ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirmed" value="yes" required className="mt-0.5" aria-describedby={state.fieldErrors?.confirmed ? "confirm-error" : undefined} />
          <span>{statement}</span>
        </label>
      ) : null}
      {state.fieldErrors?.confirmed ? <p id="confirm-error" className="text-sm text-red-800">{state.fieldErrors.confirmed.join(" ")}</p> : null}
      <Button type="submit" variant="danger" disabled={pending}>{label}</Button>
    </form>
  );
}
