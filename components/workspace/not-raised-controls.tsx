"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { markNotRaised, undoNotRaised } from "@/lib/actions/not-raised";
import type { WorkspaceConcern } from "@/lib/data/workspace";
import { plural } from "@/lib/domain/format";

type Group = { themeId: number; themeName: string; ids: number[] };
type Done = { message: string; ok: boolean; statusIds?: number[] };

/**
 * Marks the concerns still awaiting a status at this round as not raised, per
 * theme or all at once; each button says how many and which themes. The last
 * marking can be undone here: exactly the rows it created are deleted.
 */
export function NotRaisedControls({ roundId, concerns, onChanged }: { roundId: number; concerns: WorkspaceConcern[]; onChanged: () => void }) {
  const [done, setDone] = useState<Done | null>(null);
  const [pending, startTransition] = useTransition();
  const groups: Group[] = [];
  for (const c of concerns) {
    if (!c.awaiting) continue;
    let group = groups.find((g) => g.themeId === c.themeId);
    if (!group) groups.push((group = { themeId: c.themeId, themeName: c.themeName, ids: [] }));
    group.ids.push(c.id);
  }
  const total = groups.reduce((n, g) => n + g.ids.length, 0);

  const mark = (ids: number[]) =>
    startTransition(async () => {
      const result = await markNotRaised(initialActionState, { roundId, concernIds: ids.map(String) });
      const statusIds = (result.data as { statusIds?: number[] } | undefined)?.statusIds;
      setDone({ message: result.message ?? "", ok: result.ok === true, statusIds: result.ok ? statusIds : undefined });
      onChanged();
    });
  const undo = (statusIds: number[]) =>
    startTransition(async () => {
      const result = await undoNotRaised(initialActionState, { roundId, statusIds: statusIds.map(String) });
      setDone({ message: result.message ?? "", ok: result.ok === true });
      onChanged();
    });

  return (
    <section aria-labelledby="not-raised-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="not-raised-heading" className="font-semibold">Not raised at this round</h2>
      {done ? (
        <div className="flex flex-wrap items-center gap-2">
          <FormMessage message={done.message} ok={done.ok} />
          {done.statusIds?.length ? <Button type="button" variant="secondary" disabled={pending} onClick={() => undo(done.statusIds!)}>Undo</Button> : null}
        </div>
      ) : null}
      {total === 0 ? (
        <p className="text-sm text-slate-700">Every concern has a status at this round.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">Concerns still without a status here (concerns first raised after this round are left out):</p>
          <ul className="space-y-1">
            {groups.map((g) => (
              <li key={g.themeId}>
                <Button type="button" variant="secondary" disabled={pending} onClick={() => mark(g.ids)} className="w-full justify-start text-left">
                  Mark {plural(g.ids.length, "concern")} in {g.themeName} as not raised
                </Button>
              </li>
            ))}
          </ul>
          <Button id="mark-all-not-raised" type="button" disabled={pending} onClick={() => mark(groups.flatMap((g) => g.ids))} className="w-full">
            Mark all {plural(total, "remaining concern")} ({plural(groups.length, "theme")}: {groups.map((g) => g.themeName).join(", ")}) as not raised
          </Button>
        </>
      )}
    </section>
  );
}
