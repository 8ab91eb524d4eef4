import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700/30 aria-invalid:border-red-700";

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndErrors({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{errors.join(" ")}</p> : null}
    </>
  );
}

type Common = { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled textarea whose errors sit next to it and are announced with it. */
export function TextAreaField({ label, name, errors, hint, id, className, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(inputId, hint, errors)} className={CONTROL} {...rest} />
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
      <select id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(inputId, hint, errors)} className={CONTROL} {...rest}>
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
    <fieldset aria-describedby={describedBy(id, hint, errors)}>
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
