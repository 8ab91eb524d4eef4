"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { STATUS_OPTIONS } from "@/components/statuses/status-options";
import { initialActionState } from "@/lib/action-state";
import { setStatus } from "@/lib/actions/statuses";
import { LIMITS } from "@/lib/validation/common";

/** Records the selected passage as a concern's status at the round. */
export function PassageStatusForm({ concern, roundId, documentId, passage, onDone }: {
  concern: { id: number; title: string };
  roundId: number;
  documentId: number;
  passage: string;
  onDone: () => void;
}) {
  const [state, formAction, pending] = useActionState(setStatus, initialActionState);
  if (state.ok) {
    return (
      <div className="space-y-2">
        <FormMessage ok message={`Status recorded for “${concern.title}”.`} />
        <p className="text-sm"><Link href={`/concerns/${concern.id}#round-${roundId}`} className="underline">Open the concern&apos;s timeline</Link></p>
        <Button type="button" variant="secondary" onClick={onDone}>Log another passage</Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" aria-label={`Status of ${concern.title}`}>
      <h3 className="font-medium">Status of “{concern.title}” at this round</h3>
      <FormMessage message={state.message} />
      <input type="hidden" name="concernId" value={concern.id} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="quote" value={passage} />
      {state.fieldErrors?.quote ? <p className="text-sm text-red-800" role="alert">{state.fieldErrors.quote.join(" ")}</p> : null}
      <SelectField label="Status" name="status" id="passage-status" options={STATUS_OPTIONS} defaultValue={state.values?.status ?? "NO_PROGRESS"} errors={state.fieldErrors?.status} />
      <TextAreaField label="Note" name="note" id="passage-note" rows={3} limit={LIMITS.note} defaultValue={state.values?.note ?? ""} errors={state.fieldErrors?.note} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save status"}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
