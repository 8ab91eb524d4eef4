"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CheckboxGroup, type Option, SelectField, TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { StaleNotice } from "@/components/ui/stale-notice";
import { type ActionState, initialActionState } from "@/lib/action-state";
import { FORM_BODY_LIMIT_BYTES, formBodyBytes, formTooLargeMessage } from "@/lib/domain/form-size";

export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "url" | "date" | "number" | "textarea" | "select" | "checkboxes";
  hint?: string;
  required?: boolean;
  rows?: number;
  /** The schema's length limit, shown as a live counter. */
  limit?: number;
  options?: Option[];
  placeholder?: string;
  className?: string;
};

type Props = {
  action: (previous: ActionState, input: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  initial: Record<string, string | string[]>;
  /** Sent but not shown, e.g. id; `version` is replaced by the newer one after a conflict. */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Where to go after a save; ":id" is replaced by the id the action returns. */
  successHref?: string;
  /** Shown between the fields and the submit button, e.g. warnings that read the fields as they change. */
  children?: ReactNode;
};

/** A form made of field specs: errors next to fields, typed input kept, conflicts shown. */
export function ActionForm({ action, fields, initial, hidden = {}, submitLabel, successHref, children }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const router = useRouter();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // Next refuses an over-limit body by throwing before the action runs; say so here instead.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const bytes = formBodyBytes(new FormData(event.currentTarget).entries());
    setTooLarge(bytes > FORM_BODY_LIMIT_BYTES ? formTooLargeMessage(bytes) : null);
    if (bytes > FORM_BODY_LIMIT_BYTES) event.preventDefault();
  };
  const stale = state.data && typeof state.data === "object" && "current" in state.data ? (state.data as { version: number; current: Record<string, string> }) : null;
  const newId = state.ok && state.data && typeof state.data === "object" && "id" in state.data ? String((state.data as { id: number }).id) : null;

  useEffect(() => {
    if (newId && successHref) router.push(successHref.replace(":id", newId));
  }, [newId, successHref, router]);

  // After a refused submit, exactly what was sent: one ticked box arrives as a
  // plain value, several as choices, none as neither (not the saved ones again).
  const ticked = (name: string): string[] => {
    if (!state.values) return Array.isArray(initial[name]) ? (initial[name] as string[]) : [];
    return state.choices?.[name] ?? (state.values[name] ? [state.values[name]] : []);
  };
  const value = (name: string) => state.values?.[name] ?? (typeof initial[name] === "string" ? (initial[name] as string) : "");
  const hiddenValues = { ...hidden, ...(stale && hidden.version ? { version: String(stale.version) } : {}) };

  return (
    <form action={formAction} onSubmit={checkSize} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <FormMessage message={tooLarge ?? state.message} ok={tooLarge ? false : state.ok} />
      {stale ? <StaleNotice current={stale.current} labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))} /> : null}
      {Object.entries(hiddenValues).map(([name, v]) => <input key={name} type="hidden" name={name} value={v} />)}
      <div key={JSON.stringify([state.values ?? null, state.choices ?? null])} className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const common = { label: f.label, name: f.name, errors: state.fieldErrors?.[f.name], hint: f.hint, required: f.required };
          const wide = f.className ?? (f.kind === "textarea" || f.kind === "checkboxes" ? "sm:col-span-2" : "");
          if (f.kind === "textarea") return <TextAreaField key={f.name} {...common} className={wide} rows={f.rows ?? 4} limit={f.limit} defaultValue={value(f.name)} />;
          if (f.kind === "select") return <SelectField key={f.name} {...common} className={wide} options={f.options ?? []} placeholder={f.placeholder} defaultValue={value(f.name)} />;
          if (f.kind === "checkboxes") {
            return <div key={f.name} className={wide}><CheckboxGroup {...common} options={f.options ?? []} defaultValues={ticked(f.name)} /></div>;
          }
          return <Field key={f.name} {...common} className={wide} type={f.kind} limit={f.limit} defaultValue={value(f.name)} />;
        })}
      </div>
      {children}
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}
