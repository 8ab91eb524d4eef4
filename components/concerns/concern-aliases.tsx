"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { addAlias, removeAlias } from "@/lib/actions/aliases";
import type { AliasRow } from "@/lib/data/aliases";
import { ALIAS_LANGUAGES } from "@/lib/domain/aliases";
import { ALIAS_MAX } from "@/lib/validation/aliases";

/**
 * A concern's search terms in any language or script. Suggestions for a
 * passage use them, so a Russian or Kazakh text finds an English concern.
 */
export function ConcernAliases({ concernId, aliases, canEdit }: { concernId: number; aliases: AliasRow[]; canEdit: boolean }) {
  const [added, addAction, adding] = useActionState(addAlias, initialActionState);
  const [removed, removeAction, removing] = useActionState(removeAlias, initialActionState);
  // After a refusal the form shows what was typed; after a success it starts empty.
  const kept = added.ok ? {} : (added.values ?? {});
  return (
    <div className="space-y-3">
      {aliases.length === 0 ? (
        <p className="text-sm text-slate-700">No aliases yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Aliases">
          {aliases.map((a) => (
            <li key={a.id} className="flex items-center gap-1 rounded-full border border-slate-300 bg-white py-0.5 pl-3 pr-1 text-sm">
              <span lang={a.language}>{a.term}</span>
              <span className="text-xs text-slate-600">({a.language})</span>
              {canEdit ? (
                <form action={removeAction}>
                  <input type="hidden" name="id" value={a.id} />
                  <Button type="submit" variant="ghost" className="px-2 py-0.5" disabled={removing} aria-label={`Remove alias “${a.term}”`}>×</Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <FormMessage message={removed.message} ok={removed.ok} />
      {canEdit ? (
        <form action={addAction} className="space-y-2" noValidate>
          <FormMessage message={added.message} ok={added.ok} />
          <input type="hidden" name="concernId" value={concernId} />
          <div key={JSON.stringify(kept)} className="flex flex-wrap items-start gap-3">
            <Field label="New alias" name="term" limit={ALIAS_MAX} defaultValue={kept.term ?? ""} errors={added.fieldErrors?.term} hint="A word or phrase in any language, e.g. пытки, азаптау, Бокаев." className="min-w-64 flex-1" />
            <SelectField label="Language" name="language" options={[...ALIAS_LANGUAGES]} defaultValue={kept.language ?? "en"} errors={added.fieldErrors?.language} />
          </div>
          <Button type="submit" variant="secondary" disabled={adding}>{adding ? "Adding…" : "Add alias"}</Button>
        </form>
      ) : null}
    </div>
  );
}
