"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type Option, SelectField, TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { STATUS_OPTIONS } from "@/components/statuses/status-options";
import { initialActionState } from "@/lib/action-state";
import { createConcernFromPassage } from "@/lib/actions/statuses";
import { LIMITS } from "@/lib/validation/common";

/** A new concern whose first evidence is the selected passage. */
export function NewConcernFromPassageForm({ roundId, documentId, passage, themes, onDone }: {
  roundId: number;
  documentId: number;
  passage: string;
  themes: Option[];
  onDone: () => void;
}) {
  const [state, formAction, pending] = useActionState(createConcernFromPassage, initialActionState);
  const router = useRouter();
  // The action revalidates nothing (lib/actions/statuses.ts): the workspace around this form fetches the new concern and status itself.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  const v = state.values ?? {};
  if (state.ok) {
    const concernId = (state.data as { concernId: number }).concernId;
    return (
      <div className="space-y-2">
        <FormMessage ok message={state.message} />
        <p className="text-sm"><Link href={`/concerns/${concernId}#round-${roundId}`} className="underline">Open the new concern</Link></p>
        <Button type="button" variant="secondary" onClick={onDone}>Log another passage</Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" aria-label="New concern from this passage">
      <h3 className="font-medium">New concern from this passage</h3>
      <FormMessage message={state.message} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="quote" value={passage} />
      {state.fieldErrors?.quote ? <p className="text-sm text-red-800" role="alert">{state.fieldErrors.quote.join(" ")}</p> : null}
      <Field label="Concern title" name="title" id="new-concern-title" required limit={LIMITS.title} defaultValue={v.title ?? ""} errors={state.fieldErrors?.title} />
      <SelectField label="Theme" name="themeId" id="new-concern-theme" options={themes} placeholder="Choose a theme" defaultValue={v.themeId ?? ""} errors={state.fieldErrors?.themeId} />
      <TextAreaField label="Description" name="description" id="new-concern-description" rows={2} limit={LIMITS.description} defaultValue={v.description ?? ""} errors={state.fieldErrors?.description} />
      <SelectField label="Status at this round" name="status" id="new-concern-status" options={STATUS_OPTIONS} defaultValue={v.status ?? "RAISED"} errors={state.fieldErrors?.status} />
      <TextAreaField label="Note" name="note" id="new-concern-note" rows={2} limit={LIMITS.note} defaultValue={v.note ?? ""} errors={state.fieldErrors?.note} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Create concern"}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
