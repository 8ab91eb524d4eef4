"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { removeEvidence } from "@/lib/actions/evidence";

/** Removes one source of a status; the server refuses the last one of a discussed status and says why. */
export function RemoveEvidenceButton({ id, label }: { id: number; label: string }) {
  const [state, formAction, pending] = useActionState(removeEvidence, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state.ok, router]);
  return (
    <form action={formAction} className="mt-1 space-y-1">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={label}>{pending ? "Removing…" : "Remove this source"}</Button>
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}
