"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, type Option } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { linkConcern } from "@/lib/actions/cases";

/** Links the case to a concern it illustrates. */
export function LinkConcernForm({ caseId, version, concerns }: { caseId: number; version: number; concerns: Option[] }) {
  const [state, formAction, pending] = useActionState(linkConcern, initialActionState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <SelectField label="Link a concern" name="concernId" options={concerns} placeholder="Choose a concern" errors={state.fieldErrors?.concernId} className="min-w-72" />
      <Button type="submit" disabled={pending}>Link</Button>
      <div className="w-full"><FormMessage message={state.message} ok={state.ok} /></div>
    </form>
  );
}
