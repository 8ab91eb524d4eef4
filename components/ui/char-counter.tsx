"use client";

import { useEffect, useState } from "react";

// Announced (politely) only from here on: a counter that spoke at every keystroke would drown the text.
const NEAR = 0.9;

/**
 * "120 / 200 characters" under a field with a length limit. The field has no
 * maxLength attribute on purpose: a browser cuts pasted text at maxLength
 * without a word, so a pasted quote could lose its end unnoticed. Instead the
 * user may type past the limit, sees the counter turn red, and the zod schema
 * refuses the save with a message next to the field. The count is read from
 * the element itself (typing, pasting, form reset, text restored by the
 * browser), or from `value` when the field is controlled.
 */
export function CharCounter({ inputId, limit, initial, value }: { inputId: string; limit: number; initial: number; value?: string }) {
  const [typed, setTyped] = useState<number | null>(null);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!input) return;
    const update = () => setTyped(input.value.length);
    // reset fires before the form puts its default values back.
    const afterReset = () => setTimeout(update, 0);
    const form = input.form;
    input.addEventListener("input", update);
    form?.addEventListener("reset", afterReset);
    const restored = setTimeout(update, 0);
    return () => {
      clearTimeout(restored);
      input.removeEventListener("input", update);
      form?.removeEventListener("reset", afterReset);
    };
  }, [inputId]);

  const length = value !== undefined ? value.length : (typed ?? initial);
  const over = length - limit;
  const near = length >= limit * NEAR;
  const fmt = (n: number) => n.toLocaleString("en");
  return (
    <>
      <p id={`${inputId}-count`} className={`mt-1 text-xs ${over > 0 ? "font-medium text-red-800" : "text-slate-600"}`}>
        {fmt(length)} / {fmt(limit)} characters{over > 0 ? ` — ${fmt(over)} too many` : ""}
      </p>
      <p aria-live="polite" className="sr-only">
        {near ? (over > 0 ? `${fmt(over)} characters over the limit of ${fmt(limit)}.` : `${fmt(limit - length)} characters left.`) : ""}
      </p>
    </>
  );
}
