"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { NewConcernFromPassageForm } from "@/components/concerns/new-concern-from-passage-form";
import { CasePanel, type WorkspaceCase } from "@/components/workspace/case-panel";
import { Button } from "@/components/ui/button";
import type { Option } from "@/components/ui/form-controls";
import { ConcernChecklist, concernHaystack } from "@/components/workspace/concern-checklist";
import { NotRaisedControls } from "@/components/workspace/not-raised-controls";
import { PassageList, type PassageRange } from "@/components/workspace/passage-list";
import { RecordPanel, type SaveResult } from "@/components/workspace/record-panel";
import { ShortcutsHelp } from "@/components/workspace/shortcuts-help";
import { useWorkspaceShortcuts } from "@/components/workspace/use-shortcuts";
import { initialActionState } from "@/lib/action-state";
import { addEvidence } from "@/lib/actions/evidence";
import { setStatus, suggestConcernsForPassage } from "@/lib/actions/statuses";
import type { ConcernSuggestion } from "@/lib/data/suggestions";
import type { WorkspaceConcern } from "@/lib/data/workspace";
import { passageSpan, splitPassages } from "@/lib/domain/passages";
import { normaliseQuote } from "@/lib/domain/quote";
import { STATUSES } from "@/lib/domain/status";
import { guessStatus } from "@/lib/domain/status-guess";
import type { Status } from "@/lib/generated/prisma/enums";

export type WorkspaceProps = {
  document: { id: number; title: string; text: string; language: string };
  round: { id: number; title: string; startDate: string };
  previousRound: { id: number; title: string } | null;
  concerns: WorkspaceConcern[];
  /** Quotes of this document already used as evidence, to mark their passages. */
  usedQuotes: string[];
  themes: Option[];
  /** Every case, to record a passage for one (found by name across spellings). */
  cases: WorkspaceCase[];
};

const SUGGEST_DELAY_MS = 250;

/**
 * One document, one round: the text on one side, every concern on the other.
 * Select a passage, pick a concern (the best suggestion is picked for you),
 * check the guessed status, save: three actions for a typical passage.
 */
export function RecordingWorkspace({ document: doc, round, previousRound, concerns, usedQuotes, themes, cases }: WorkspaceProps) {
  const router = useRouter();
  const passages = useMemo(() => splitPassages(doc.text), [doc.text]);
  const used = useMemo(() => {
    const quotes = usedQuotes.map(normaliseQuote);
    const used = new Set<number>();
    for (const p of passages) {
      const text = normaliseQuote(p.text);
      if (quotes.some((q) => q.includes(text) || text.includes(q))) used.add(p.index);
    }
    return used;
  }, [passages, usedQuotes]);

  const [range, setRange] = useState<PassageRange | null>(null);
  const [passage, setPassage] = useState("");
  const [translation, setTranslation] = useState("");
  const [suggestions, setSuggestions] = useState<ConcernSuggestion[] | null>(null);
  const [suggestError, setSuggestError] = useState<string>();
  const [query, setQuery] = useState("");
  const [pickedId, setPickedId] = useState<number | null>(null);
  const [status, setChosenStatus] = useState<Status>("RAISED");
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [help, setHelp] = useState(false);
  // Each new passage starts the case panel afresh; editing the passage's text does not.
  const [passageCount, setPassageCount] = useState(0);
  const [saving, startSaving] = useTransition();
  const searchBox = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  const byId = useMemo(() => new Map(concerns.map((c) => [c.id, c])), [concerns]);
  const picked = pickedId === null ? null : (byId.get(pickedId) ?? null);
  const guess = guessStatus(picked?.lastDiscussed ?? null);

  const haystacks = useMemo(() => new Map(concerns.map((c) => [c.id, concernHaystack(c)])), [concerns]);
  const groups = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const result: { themeId: number; themeName: string; concerns: WorkspaceConcern[] }[] = [];
    for (const c of concerns) {
      if (words.length && !words.every((w) => haystacks.get(c.id)!.includes(w))) continue;
      let group = result.at(-1);
      if (!group || group.themeId !== c.themeId) result.push((group = { themeId: c.themeId, themeName: c.themeName, concerns: [] }));
      group.concerns.push(c);
    }
    return result;
  }, [concerns, haystacks, query]);
  // What n / p step through: the suggestions first, then the (searched) checklist.
  const candidates = useMemo(() => {
    const ids = [...(suggestions ?? []).map((s) => s.id), ...groups.flatMap((g) => g.concerns.map((c) => c.id))];
    return [...new Set(ids)].filter((id) => byId.has(id));
  }, [suggestions, groups, byId]);

  const pick = (id: number | null) => {
    setPickedId(id);
    const concern = id === null ? null : byId.get(id);
    if (concern) setChosenStatus(concern.current?.status ?? guessStatus(concern.lastDiscussed).status);
  };
  // For the suggestion request, which answers after renders: the pick as it is then.
  const pickedRef = useRef(pickedId);
  const pickRef = useRef(pick);
  useEffect(() => {
    pickedRef.current = pickedId;
    pickRef.current = pick;
  });

  // A new passage asks before it throws away what was typed for the previous one.
  const mayDiscard = () => (!creating && !translation.trim()) || window.confirm("Discard what you typed for the current passage?");
  const startPassage = (text: string, nextRange: PassageRange | null) => {
    setRange(nextRange);
    setPassage(text);
    setPassageCount((n) => n + 1);
    setTranslation("");
    setSuggestions(null);
    setPickedId(null);
    setCreating(false);
    setResult(null);
  };
  const selectRange = (next: PassageRange) => {
    if (range && next.anchor === range.anchor && next.focus === range.focus) return;
    if (!mayDiscard()) return;
    startPassage(passageSpan(doc.text, passages, next.anchor, next.focus), next);
  };

  // A mouse selection inside the text becomes the passage, whatever its bounds: read when the
  // button is released (not on every selectionchange of the drag), so it can ask before discarding.
  const adoptSelection = useRef<() => void>(() => {});
  useEffect(() => {
    adoptSelection.current = () => {
      const selection = window.getSelection();
      const container = document.getElementById("document-text");
      if (!selection || selection.isCollapsed || !container?.contains(selection.anchorNode)) return;
      const text = selection.toString().replace(/\s*\(already used as evidence\)\s*/g, " ").trim();
      if (text && text !== passage && mayDiscard()) startPassage(text, null);
    };
  });
  useEffect(() => {
    const onMouseUp = () => adoptSelection.current();
    document.addEventListener("mouseup", onMouseUp);
    return () => document.removeEventListener("mouseup", onMouseUp);
  }, []);

  // Suggestions follow the passage and its translation; the best one is picked.
  useEffect(() => {
    if (passage.trim().length < 3) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const answer = await suggestConcernsForPassage(initialActionState, { passage, roundId: round.id, documentId: doc.id, translation });
      if (ticket !== request.current) return;
      const found = answer.ok ? ((answer.data as ConcernSuggestion[]) ?? []) : [];
      setSuggestError(answer.ok ? undefined : (answer.fieldErrors?.passage?.join(" ") ?? answer.message));
      setSuggestions(found);
      if (pickedRef.current === null) pickRef.current(found.find((s) => byId.has(s.id))?.id ?? null);
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [passage, translation, round.id, doc.id, byId]);

  const save = () => {
    if (!picked || !passage.trim() || saving || creating) return;
    startSaving(async () => {
      const answer = picked.current
        ? await addEvidence(initialActionState, { statusId: picked.current.id, documentId: doc.id, quote: passage, translation })
        : await setStatus(initialActionState, { concernId: picked.id, roundId: round.id, status, quote: passage, documentId: doc.id, translation, note: "" });
      setResult({ ok: answer.ok === true, message: answer.ok ? (picked.current ? `Added as another source of “${picked.title}”.` : `Recorded “${picked.title}” at this round.`) : (answer.message ?? ""), fieldErrors: answer.fieldErrors });
      if (answer.ok) router.refresh();
    });
  };

  useWorkspaceShortcuts({
    save,
    search: () => searchBox.current?.focus(),
    help: () => setHelp((open) => !open),
    passage: (step, extend) => {
      const focus = Math.max(0, Math.min(passages.length - 1, (range?.focus ?? -1) + step));
      selectRange({ anchor: extend && range ? range.anchor : focus, focus });
    },
    concern: (step) => {
      if (candidates.length === 0) return;
      const at = pickedId === null ? -1 : candidates.indexOf(pickedId);
      pick(candidates[(at + step + candidates.length) % candidates.length] ?? null);
    },
    status: (index) => {
      if (picked && !picked.current) setChosenStatus(STATUSES[index]!);
    },
    notRaised: () => document.getElementById("mark-all-not-raised")?.focus(),
    cases: () => document.getElementById("case-query")?.focus(),
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="workspace-text-heading" className="lg:sticky lg:top-4 lg:self-start">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="workspace-text-heading" className="text-lg font-semibold">Text</h2>
          <Button type="button" variant="secondary" onClick={() => setHelp(true)} aria-keyshortcuts="?">Keyboard shortcuts (?)</Button>
        </div>
        <PassageList passages={passages} range={range} used={used} onSelect={selectRange} language={doc.language} />
      </section>
      <div className="space-y-6">
        {creating ? (
          <section aria-label="New concern" className="rounded-lg border border-blue-200 bg-blue-50/40 p-4">
            <NewConcernFromPassageForm roundId={round.id} documentId={doc.id} passage={passage} themes={themes} onDone={() => { setCreating(false); router.refresh(); }} />
          </section>
        ) : (
          <RecordPanel
            passage={passage}
            onPassage={setPassage}
            translation={translation}
            onTranslation={setTranslation}
            suggestions={suggestions}
            suggestError={suggestError}
            picked={picked}
            onPick={pick}
            status={status}
            onStatus={setChosenStatus}
            round={round}
            guess={guess}
            result={result}
            saving={saving}
            onSave={save}
            onNewConcern={() => setCreating(true)}
          />
        )}
        {passage && !creating ? (
          <CasePanel
            key={passageCount}
            passage={passage}
            translation={translation}
            documentId={doc.id}
            round={round}
            cases={cases}
            onChanged={() => router.refresh()}
          />
        ) : null}
        <section aria-labelledby="checklist-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="checklist-heading" className="font-semibold">All concerns</h2>
          <div>
            <label htmlFor="concern-search" className="block text-sm font-medium">Search concerns <span className="font-normal text-slate-600">(/)</span></label>
            <input
              ref={searchBox}
              id="concern-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Leave the box keeping the search (Chromium would clear a search field on Escape).
                if (e.key === "Escape") {
                  e.preventDefault();
                  e.currentTarget.blur();
                }
              }}
              placeholder="Title, description, legal reference or alias"
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <ConcernChecklist groups={groups} pickedId={pickedId} onPick={(c) => pick(c.id)} previousRoundTitle={previousRound?.title ?? null} />
        </section>
        <NotRaisedControls roundId={round.id} concerns={concerns} onChanged={() => router.refresh()} />
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
