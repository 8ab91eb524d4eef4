"use client";

import { useEffect, useRef, useState } from "react";
import { statusWarnings, type HistoryEntry, type RoundRef } from "@/lib/domain/consistency";
import { isStatus } from "@/lib/domain/status";

// A stable default: a fresh [] on each render would re-run the effect below on
// every render, and its setWarnings would render again, for ever.
const NO_ROUNDS: RoundRef[] = [];

/**
 * Warns, before saving, when the status and round chosen in the surrounding
 * form contradict the concern's history (lib/domain/consistency.ts). Saving
 * stays allowed: the record may be right and the history wrong.
 */
export function StatusWarnings({ history, firstRaised, round, rounds = NO_ROUNDS }: {
  /** The concern's other statuses (not the one being edited). */
  history: HistoryEntry[];
  firstRaised: RoundRef | null;
  /** The round when it is fixed (editing); otherwise read from the form's roundId select among `rounds`. */
  round?: RoundRef;
  rounds?: RoundRef[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const check = () => {
      const data = new FormData(form);
      const status = data.get("status");
      const chosen = round ?? rounds.find((r) => String(r.id) === data.get("roundId"));
      const next = chosen && isStatus(status) ? statusWarnings(chosen, status, history, firstRaised) : [];
      // Only a change of warnings renders again.
      setWarnings((current) => (current.length === next.length && current.every((w, i) => w === next[i]) ? current : next));
    };
    check();
    form.addEventListener("change", check);
    return () => form.removeEventListener("change", check);
  }, [history, firstRaised, round, rounds]);
  return <div ref={ref}><WarningList warnings={warnings} /></div>;
}

/** The warnings themselves, announced as they change; also shown by the recording workspace, which has no form to read. */
export function WarningList({ warnings }: { warnings: readonly string[] }) {
  return (
    <div aria-live="polite">
      {warnings.length ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="status-warnings">
          <p className="font-medium">Check before saving (you can still save):</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
