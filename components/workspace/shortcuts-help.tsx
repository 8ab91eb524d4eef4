"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export const SHORTCUTS: [string, string][] = [
  ["j / ↓", "Select the next passage (↓ inside the text)"],
  ["k / ↑", "Select the previous passage"],
  ["Shift + j / k", "Extend the selection over the next / previous passage"],
  ["n / p", "Pick the next / previous concern (suggestions first)"],
  ["1 – 6", "Choose the status: Raised, No progress, In progress, Resolved, Regressed, Not raised"],
  ["Ctrl + Enter", "Save the status (or add the passage as another source)"],
  ["/", "Search the concerns"],
  ["c", "Record the passage for an individual case: find the case by name"],
  ["m", "Go to “Mark all remaining as not raised” (Enter then marks them)"],
  ["?", "Show or hide this list"],
];

/** The workspace's keyboard shortcuts, in a modal dialog (Escape closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="shortcuts-heading" className="m-auto max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 id="shortcuts-heading" className="text-lg font-semibold">Keyboard shortcuts</h2>
      <p className="mt-1 text-sm text-slate-700">Single keys work when the cursor is not in a text field.</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt><kbd className="rounded border border-slate-300 px-1">{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <Button type="button" className="mt-4" onClick={onClose}>Close</Button>
    </dialog>
  );
}
