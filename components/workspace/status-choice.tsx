"use client";

import { STATUS_INFO, STATUSES } from "@/lib/domain/status";
import type { StatusGuess } from "@/lib/domain/status-guess";
import type { Status } from "@/lib/generated/prisma/enums";

/** The six statuses as radio buttons with their number keys; the guess is named beside its choice. */
export function StatusChoice({ value, guess, onChange }: { value: Status; guess: StatusGuess; onChange: (status: Status) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Status at this round <span className="font-normal text-slate-600">(keys 1–6)</span></legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {STATUSES.map((status, index) => (
          <label key={status} className={`flex cursor-pointer items-start gap-2 rounded-md border px-2 py-1 text-sm ${value === status ? "border-blue-700 bg-blue-50" : "border-slate-200"}`}>
            <input type="radio" name="workspace-status" value={status} checked={value === status} onChange={() => onChange(status)} className="mt-1" />
            <span>
              <kbd className="mr-1 rounded border border-slate-300 px-1 text-xs">{index + 1}</kbd>
              <span aria-hidden="true">{STATUS_INFO[status].symbol} </span>
              {STATUS_INFO[status].label}
              {guess.status === status ? <span className="block text-xs text-slate-700">Suggested: {guess.reason}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
