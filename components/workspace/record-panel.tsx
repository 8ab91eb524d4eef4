"use client";

import type { KeyboardEvent } from "react";
import { StatusBadge } from "@/components/statuses/status-badge";
import { WarningList } from "@/components/statuses/status-warnings";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/form-controls";
import { StatusChoice } from "@/components/workspace/status-choice";
import type { ConcernSuggestion } from "@/lib/data/suggestions";
import type { WorkspaceConcern } from "@/lib/data/workspace";
import { type RoundRef, statusWarnings } from "@/lib/domain/consistency";
import { STATUS_INFO } from "@/lib/domain/status";
import type { StatusGuess } from "@/lib/domain/status-guess";
import { describeReason } from "@/lib/domain/suggestions";
import type { Status } from "@/lib/generated/prisma/enums";
import { LIMITS } from "@/lib/validation/common";

export type SaveResult = { ok: boolean; message: string; fieldErrors?: Record<string, string[] | undefined> };

type Props = {
  passage: string;
  onPassage: (text: string) => void;
  translation: string;
  onTranslation: (text: string) => void;
  suggestions: ConcernSuggestion[] | null;
  suggestError?: string;
  picked: WorkspaceConcern | null;
  onPick: (id: number) => void;
  status: Status;
  onStatus: (status: Status) => void;
  /** The round recorded at, for the consistency warnings. */
  round: RoundRef;
  guess: StatusGuess;
  result: SaveResult | null;
  saving: boolean;
  onSave: () => void;
  onNewConcern: () => void;
};

/** Escape leaves a text field, so the single-key shortcuts work again. */
function leaveOnEscape(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === "Escape") event.currentTarget.blur();
}

/** The selected passage, its suggestions, the concern picked and its status, and the save button. */
export function RecordPanel(props: Props) {
  const { passage, translation, suggestions, picked, result } = props;
  const errors = result?.fieldErrors ?? {};
  const adding = picked?.current ?? null;
  // What saving would contradict in the concern's history (saving stays allowed). The latest
  // round it was discussed at before this one is all of its history the checks need.
  const earlier = picked?.lastDiscussed ? [{ round: picked.lastDiscussed.round, status: picked.lastDiscussed.status }] : [];
  const warnings = picked && !adding ? statusWarnings(props.round, props.status, earlier, picked.firstRaised) : [];
  return (
    <section aria-labelledby="record-heading" className="space-y-4 rounded-lg border border-blue-200 bg-blue-50/40 p-4">
      <h2 id="record-heading" className="font-semibold">Record a passage</h2>
      {passage ? null : <p className="text-sm text-slate-700">Select a passage in the text: click a sentence, drag over any part, or press j / ↓.</p>}
      <TextAreaField
        label="Passage (quoted verbatim)"
        name="passage"
        id="workspace-passage"
        rows={4}
        limit={LIMITS.quote}
        value={passage}
        onChange={(e) => props.onPassage(e.target.value)}
        onKeyDown={leaveOnEscape}
        errors={errors.quote}
      />
      <TextAreaField
        label="Translation (optional; also used to find concerns)"
        name="translation"
        id="workspace-translation"
        rows={2}
        limit={LIMITS.quote}
        value={translation}
        onChange={(e) => props.onTranslation(e.target.value)}
        onKeyDown={leaveOnEscape}
        errors={errors.translation}
      />

      {passage ? (
        <div aria-live="polite">
          <h3 className="text-sm font-medium">Suggested concerns</h3>
          {props.suggestError ? <p className="text-sm text-red-800">{props.suggestError}</p> : null}
          {suggestions === null ? <p className="text-sm text-slate-600">Finding matching concerns…</p> : suggestions.length === 0 ? (
            <p className="text-sm text-slate-700">No concern looks like this passage. Search below, or create a new concern.</p>
          ) : (
            <ol className="mt-1 space-y-1" aria-label="Suggested concerns">
              {suggestions.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => props.onPick(s.id)}
                    aria-pressed={picked?.id === s.id}
                    className={`w-full rounded-md border p-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${picked?.id === s.id ? "border-blue-700 bg-white" : "border-slate-200 bg-white/70 hover:bg-white"}`}
                  >
                    <span className="font-medium">{s.title}</span> <span className="text-slate-600">· {s.themeName}</span>
                    {s.hasStatus ? <span className="text-slate-600"> · already recorded here</span> : null}
                    {s.reasons.length ? <span className="block text-xs text-slate-700">{s.reasons.map(describeReason).join(" · ")}</span> : null}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}

      {picked && passage ? (
        <div className="space-y-3 rounded-md border border-slate-200 bg-white p-3">
          <p id="recording-for" className="text-sm">
            <span className="font-medium">Recording for:</span> {picked.title} <span className="text-slate-600">· {picked.themeName}</span>
          </p>
          {adding ? (
            <p className="text-sm text-slate-800">
              Already recorded at this round as <StatusBadge status={adding.status} /> with {adding.pieces === 1 ? "1 source" : `${adding.pieces} sources`}. Saving adds this passage as another source.
            </p>
          ) : (
            <>
              <StatusChoice value={props.status} guess={props.guess} onChange={props.onStatus} />
              <WarningList warnings={warnings} />
            </>
          )}
          <Button type="button" onClick={props.onSave} disabled={props.saving} aria-keyshortcuts="Control+Enter">
            {props.saving ? "Saving…" : adding ? "Add as another source (Ctrl+Enter)" : `Save as ${STATUS_INFO[props.status].label} (Ctrl+Enter)`}
          </Button>
        </div>
      ) : null}
      {result ? <FormMessage ok={result.ok} message={result.message} /> : null}
      {passage ? <Button type="button" variant="secondary" onClick={props.onNewConcern}>New concern from this passage</Button> : null}
    </section>
  );
}
