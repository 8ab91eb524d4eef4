"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { markNotRaised } from "@/lib/actions/not-raised";

import type { UnaccountedGroup as Group } from "@/lib/data/not-raised";

/** Concerns with no status yet at the round, so none is forgotten; NOT_RAISED in one step. */
export function NotRaisedPanel({ roundId, roundTitle, groups }: { roundId: number; roundTitle: string; groups: Group[] }) {
  const [state, formAction, pending] = useActionState(markNotRaised, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  const total = groups.reduce((n, g) => n + g.concerns.length, 0);

  const markAll = () => {
    form.current?.querySelectorAll<HTMLInputElement>('input[name="concernIds"]').forEach((box) => (box.checked = true));
    form.current?.requestSubmit();
  };

  return (
    <section aria-labelledby="unaccounted-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="unaccounted-heading" className="text-lg font-semibold">No status yet at this round</h2>
      <p className="text-sm text-slate-700">{total === 0 ? `Every concern has a status at ${roundTitle}.` : `${total} concerns have nothing recorded at ${roundTitle}.`}</p>
      <FormMessage message={state.message} ok={state.ok} />
      {total > 0 ? (
        <form ref={form} action={formAction} className="space-y-3">
          <input type="hidden" name="roundId" value={roundId} />
          <div className="max-h-96 space-y-3 overflow-y-auto">
            {groups.map((g) => (
              <fieldset key={g.themeId}>
                <legend className="text-sm font-medium">
                  {g.themeName}
                  {g.discussed ? <span className="font-normal text-slate-600"> — discussed at this round</span> : null}
                </legend>
                {g.concerns.map((c) => (
                  <label key={c.id} className="mt-1 flex items-start gap-2 text-sm">
                    <input type="checkbox" name="concernIds" value={c.id} className="mt-0.5" />
                    <span>{c.title}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={pending}>Mark checked as not raised</Button>
            <Button type="button" disabled={pending} onClick={markAll}>Mark all {total} as not raised</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
