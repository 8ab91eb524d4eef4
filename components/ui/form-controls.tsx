import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { CharCounter } from "@/components/ui/char-counter";
import { CONTROL, describedBy, HintAndErrors } from "@/components/ui/field-parts";

type Common = { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled textarea whose errors sit next to it and are announced with it; `limit` shows a live counter. */
export function TextAreaField({ label, name, errors, hint, limit, id, className, ...rest }: Common & { limit?: number } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength">) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(inputId, { hint, limit, errors })} className={CONTROL} {...rest} />
      {limit ? <CharCounter inputId={inputId} limit={limit} initial={String(rest.defaultValue ?? "").length} value={typeof rest.value === "string" ? rest.value : undefined} /> : null}
      <HintAndErrors id={inputId} hint={hint} errors={errors} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ label, name, errors, hint, id, className, options, placeholder, ...rest }: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; placeholder?: string }) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{label}</label>
      {/*
        Keyed by its default: React sets a select's default option only when it mounts, and a React 19
        form action resets the form after every submit, so without a new mount a refused form would
        snap back to the first default (e.g. RAISED) while the user's choice was lost.
      */}
      <select
        key={rest.defaultValue === undefined ? undefined : String(rest.defaultValue)}
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, errors })}
        className={CONTROL}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <HintAndErrors id={inputId} hint={hint} errors={errors} />
    </div>
  );
}

export function CheckboxGroup({ label, name, errors, hint, options, defaultValues }: Common & { options: Option[]; defaultValues: string[] }) {
  const id = `field-${name}`;
  return (
    <fieldset aria-describedby={describedBy(id, { hint, errors })}>
      <legend className="block text-sm font-medium text-slate-800">{label}</legend>
      <div className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
        {options.length === 0 ? <p className="text-sm text-slate-600">Nothing to choose from yet.</p> : null}
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} className="mt-0.5 focus-visible:outline-2 focus-visible:outline-blue-700" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <HintAndErrors id={id} hint={hint} errors={errors} />
    </fieldset>
  );
}
