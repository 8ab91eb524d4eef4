import type { InputHTMLAttributes } from "react";
import { CharCounter } from "@/components/ui/char-counter";
import { CONTROL, describedBy, HintAndErrors } from "@/components/ui/field-parts";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "maxLength"> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  /** The schema's length limit: shows a live counter (see CharCounter for why there is no maxLength). */
  limit?: number;
};

/** A labelled input whose errors sit next to it and are announced with it. */
export function Field({ label, name, errors, hint, limit, id, className, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, limit, errors })}
        className={CONTROL}
        {...input}
      />
      {limit ? <CharCounter inputId={inputId} limit={limit} initial={String(input.defaultValue ?? "").length} value={typeof input.value === "string" ? input.value : undefined} /> : null}
      <HintAndErrors id={inputId} hint={hint} errors={errors} />
    </div>
  );
}
