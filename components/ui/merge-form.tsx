"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/action-state";

type Target = { id: number; label: string; version: number };

/**
 * Picks the record (concern, case) to keep; both versions are sent so a concurrent edit to either is caught.
 * The select is uncontrolled (state only mirrors it): a React 19 form action resets the form's
 * fields after a refusal, and a controlled select would then show the placeholder while the
 * state still held the choice.
 */
export function MergeForm({ action, source, targets, noun, basePath }: {
  action: (previous: ActionState, input: FormData) => Promise<ActionState>;
  source: { id: number; version: number };
  targets: Target[];
  /** "concern", "case": the select reads "<Noun> to keep". */
  noun: string;
  /** Where the kept record's page is: "/concerns". */
  basePath: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [targetId, setTargetId] = useState(state.values?.targetId ?? "");
  const router = useRouter();
  const target = targets.find((t) => String(t.id) === targetId);
  useEffect(() => {
    if (state.ok) router.push(`${basePath}/${(state.data as { id: number }).id}`);
  }, [state, router, basePath]);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="sourceVersion" value={source.version} />
      <input type="hidden" name="targetVersion" value={target?.version ?? ""} />
      <SelectField
        label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} to keep`}
        name="targetId"
        options={targets.map((t) => ({ value: String(t.id), label: t.label }))}
        placeholder={`Choose a ${noun}`}
        defaultValue={state.values?.targetId ?? ""}
        onChange={(e) => setTargetId(e.target.value)}
        errors={state.fieldErrors?.targetId}
      />
      <Button type="submit" disabled={pending || !target}>Merge</Button>
    </form>
  );
}
