"use client";

import { type KeyboardEvent, useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/action-state";
import { createCaseFromPassage } from "@/lib/actions/case-passages";
import { addCaseRound, addSituation, deleteCase, removeCaseRound, removeSituation } from "@/lib/actions/cases";
import { CASE_SITUATION_LABELS, CASE_SITUATIONS, suggestCases } from "@/lib/domain/cases";
import type { CaseSituation } from "@/lib/generated/prisma/enums";
import { LIMITS } from "@/lib/validation/common";

export type WorkspaceCase = { id: number; name: string; nameKeys: string[]; version: number };

type Props = {
  passage: string;
  translation: string;
  documentId: number;
  round: { id: number; title: string };
  cases: WorkspaceCase[];
  /** After a save or an undo: the page reads the cases (and their versions) again. */
  onChanged: () => void;
};

type Done = { message: string; undo: (() => Promise<ActionState>) | null };

const NEW = "new";
const pickClass = (on: boolean) =>
  `w-full rounded-md border p-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${on ? "border-blue-700 bg-blue-50" : "border-slate-200 hover:bg-slate-50"}`;

/**
 * Records the selected passage for an individual case: as the case raised at
 * this round, or as the person's situation, for a case found by name (across
 * spellings and scripts) or a new one. The passage is the quote; the server
 * checks it occurs in the document. The last save can be undone.
 */
export function CasePanel({ passage, translation, documentId, round, cases, onChanged }: Props) {
  const [query, setQuery] = useState("");
  const suggestions = useMemo(() => suggestCases(cases, passage, query), [cases, passage, query]);
  const [picked, setPicked] = useState<number | typeof NEW | null>(() => suggestCases(cases, passage)[0]?.case.id ?? null);
  const [newName, setNewName] = useState("");
  const [sensitive, setSensitive] = useState(false);
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [record, setRecord] = useState<"ROUND" | "SITUATION">("ROUND");
  const [situation, setSituation] = useState<CaseSituation | "">("");
  const [asOf, setAsOf] = useState("");
  const [failed, setFailed] = useState<ActionState | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [saving, startSaving] = useTransition();
  const errors = failed?.fieldErrors ?? {};
  const chosen = typeof picked === "number" ? (cases.find((c) => c.id === picked) ?? null) : null;
  const pickedName = picked === NEW ? newName.trim() || "a new case" : chosen?.name;

  const save = () => {
    if (saving || !picked || !passage.trim()) return;
    startSaving(async () => {
      const piece = { quote: passage, documentId, translation, note: "" };
      const what = record === "ROUND" ? { record, roundId: round.id } : { record, situation, asOf };
      let answer: ActionState;
      let undo: Done["undo"] = null;
      if (picked === NEW) {
        answer = await createCaseFromPassage(initialActionState, {
          personName: newName, sensitive: sensitive ? "yes" : "", allowDuplicate: allowDuplicate ? "yes" : "", ...what, ...piece,
        });
        const created = answer.data as { id: number; version: number } | undefined;
        if (answer.ok && created) undo = () => deleteCase(initialActionState, { id: created.id, version: created.version, confirmed: "yes" });
      } else if (chosen && record === "ROUND") {
        answer = await addCaseRound(initialActionState, { caseId: chosen.id, version: chosen.version, roundId: round.id, ...piece });
        const data = answer.data as { created: boolean } | undefined;
        // Only a round new to the case is undone by removing it; another quote of a known round stays.
        if (answer.ok && data?.created) undo = () => removeCaseRound(initialActionState, { caseId: chosen.id, version: chosen.version + 1, roundId: round.id });
      } else if (chosen) {
        answer = await addSituation(initialActionState, { caseId: chosen.id, version: chosen.version, situation, asOf, ...piece });
        const data = answer.data as { situationId: number } | undefined;
        if (answer.ok && data) undo = () => removeSituation(initialActionState, { caseId: chosen.id, version: chosen.version + 1, situationId: data.situationId });
      } else return;
      if (!answer.ok) {
        setFailed(answer);
        return;
      }
      setFailed(null);
      const said = record === "ROUND" ? `raised at ${round.title}` : `${CASE_SITUATION_LABELS[situation as CaseSituation]} as of ${asOf}`;
      setDone({ message: `Recorded for ${picked === NEW ? newName.trim() : chosen!.name}: ${said}.`, undo });
      onChanged();
    });
  };

  const undoLast = () => {
    const undo = done?.undo;
    if (!undo || saving) return;
    startSaving(async () => {
      const answer = await undo();
      setDone({ message: answer.ok ? "Undone." : (answer.message ?? "Could not undo."), undo: null });
      onChanged();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      save();
    } else if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
  };

  return (
    <section aria-labelledby="case-panel-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-own-save onKeyDown={onKeyDown}>
      <h2 id="case-panel-heading" className="font-semibold">Record for an individual case</h2>
      <p className="text-sm text-slate-700">Record this passage as a case raised at {round.title}, or as the person&apos;s situation.</p>
      <Field
        label="Find a case by name (c)"
        name="caseQuery"
        id="case-query"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        hint="Any spelling, Latin or Cyrillic. Empty: the cases this passage names."
      />
      <div aria-live="polite">
        {suggestions.length === 0 ? (
          <p className="text-sm text-slate-700">{query.trim() ? "No case has this name." : "The passage names no recorded case."} Pick “New case” to create one.</p>
        ) : null}
        <ul className="space-y-1" aria-label="Cases to record for">
          {suggestions.map(({ case: c, words }) => (
            <li key={c.id}>
              <button
                type="button"
                aria-pressed={picked === c.id}
                onClick={() => setPicked(c.id)}
                className={pickClass(picked === c.id)}
              >
                <span className="font-medium">{c.name}</span> <span className="text-slate-600">· matches “{words.join("”, “")}”</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              aria-pressed={picked === NEW}
              onClick={() => {
                setPicked(NEW);
                if (!newName) setNewName(query.trim());
              }}
              className={pickClass(picked === NEW)}
            >
              New case
            </button>
          </li>
        </ul>
      </div>

      {picked === NEW ? (
        <div className="space-y-2">
          <Field label="Name or label of the new case" name="personName" id="case-person-name" value={newName} onChange={(e) => setNewName(e.target.value)} limit={LIMITS.title} errors={errors.personName} />
          {errors.personName?.[0]?.startsWith("A case with a similar name") ? (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={allowDuplicate} onChange={(e) => setAllowDuplicate(e.target.checked)} className="mt-0.5" />
              This is a different person
            </label>
          ) : null}
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={sensitive} onChange={(e) => setSensitive(e.target.checked)} className="mt-0.5" />
            Sensitive: viewers see only “Case &lt;number&gt;”
          </label>
        </div>
      ) : null}

      {picked ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">What the passage shows about {pickedName}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="case-record" checked={record === "ROUND"} onChange={() => setRecord("ROUND")} />
            The case was raised at this round ({round.title})
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="case-record" checked={record === "SITUATION"} onChange={() => setRecord("SITUATION")} />
            The person&apos;s situation
          </label>
          {record === "SITUATION" ? (
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField
                label="Situation"
                name="situation"
                id="case-situation"
                options={CASE_SITUATIONS.map((s) => ({ value: s, label: CASE_SITUATION_LABELS[s] }))}
                placeholder="Choose a situation"
                value={situation}
                onChange={(e) => setSituation(e.target.value as CaseSituation | "")}
                errors={errors.situation}
              />
              <Field
                label="As of"
                name="asOf"
                id="case-as-of"
                value={asOf}
                onChange={(e) => setAsOf(e.target.value)}
                hint="YYYY-MM-DD, or YYYY-MM or YYYY when the text gives only that"
                errors={errors.asOf}
              />
            </div>
          ) : null}
        </fieldset>
      ) : null}

      {failed ? <FormMessage ok={false} message={failed.message} /> : null}
      {[...(errors.quote ?? []), ...(errors.documentId ?? []), ...(errors.roundId ?? [])].map((e) => (
        <p key={e} className="text-sm text-red-800">Passage: {e}</p>
      ))}
      {picked ? (
        <Button type="button" onClick={save} disabled={saving || !passage.trim()} aria-keyshortcuts="Control+Enter">
          {saving ? "Saving…" : `Record for ${pickedName} (Ctrl+Enter)`}
        </Button>
      ) : null}
      {done ? (
        <div className="flex flex-wrap items-center gap-2">
          <FormMessage ok message={done.message} />
          {done.undo ? <Button type="button" variant="secondary" onClick={undoLast} disabled={saving}>Undo</Button> : null}
        </div>
      ) : null}
    </section>
  );
}
