"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { NewConcernFromPassageForm } from "@/components/concerns/new-concern-from-passage-form";
import { PassageStatusForm } from "@/components/statuses/passage-status-form";
import { Button } from "@/components/ui/button";
import { type Option, TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { suggestConcernsForPassage } from "@/lib/actions/statuses";
import type { ConcernSuggestion } from "@/lib/data/suggestions";
import { describeReason } from "@/lib/domain/suggestions";

type Step = { kind: "pick" } | { kind: "status"; concern: { id: number; title: string } } | { kind: "new" };

/**
 * Log a round from a document: the analyst selects a passage in the text (or
 * pastes it, for keyboard users), sees the likeliest concerns, then records
 * the passage as one concern's status or as a new concern.
 */
export function LogPassagePanel({ roundId, documentId, themes }: { roundId: number; documentId: number; themes: Option[] }) {
  const [passage, setPassage] = useState("");
  const [translation, setTranslation] = useState("");
  const [suggestions, setSuggestions] = useState<ConcernSuggestion[] | null>(null);
  const [error, setError] = useState<string>();
  const [step, setStep] = useState<Step>({ kind: "pick" });
  const [pending, startTransition] = useTransition();

  // A selection inside the document text becomes the passage.
  useEffect(() => {
    const onSelection = () => {
      const selection = window.getSelection();
      const container = document.getElementById("document-text");
      if (!selection || selection.isCollapsed || !container || !selection.anchorNode || !container.contains(selection.anchorNode)) return;
      const text = selection.toString().trim();
      if (text) {
        setPassage(text);
        setSuggestions(null);
        setStep({ kind: "pick" });
      }
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  const findMatches = () =>
    startTransition(async () => {
      const result = await suggestConcernsForPassage(initialActionState, { passage, roundId, documentId, translation });
      setError(result.ok ? undefined : (result.fieldErrors?.passage?.join(" ") ?? result.message));
      setSuggestions(result.ok ? (result.data as ConcernSuggestion[]) : null);
    });

  const reset = () => {
    setPassage("");
    setTranslation("");
    setSuggestions(null);
    setStep({ kind: "pick" });
  };

  return (
    <section aria-labelledby="log-heading" className="space-y-3 rounded-lg border border-blue-200 bg-blue-50/40 p-4">
      <h2 id="log-heading" className="text-lg font-semibold">Log from this text</h2>
      <p className="text-sm text-slate-700">Select a passage in the text, or paste it below.</p>
      <TextAreaField label="Passage" name="passage" id="log-passage" rows={4} maxLength={2000} value={passage} onChange={(e) => setPassage(e.target.value)} errors={error ? [error] : undefined} />
      {step.kind === "pick" ? (
        <TextAreaField label="Your translation (optional)" name="translation" id="log-translation" rows={2} maxLength={2000} value={translation} onChange={(e) => setTranslation(e.target.value)} hint="For a passage in another language: an English translation finds more matches." />
      ) : null}
      {step.kind === "pick" ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={findMatches} disabled={pending || !passage.trim()}>{pending ? "Searching…" : "Find matching concerns"}</Button>
          <Button type="button" variant="secondary" disabled={!passage.trim()} onClick={() => setStep({ kind: "new" })}>New concern from this passage</Button>
        </div>
      ) : null}
      {step.kind === "pick" && suggestions ? (
        suggestions.length === 0 ? (
          <FormMessage message="No concern looks like this passage. Create a new one if it is about something new." />
        ) : (
          <ol className="space-y-2" aria-label="Suggested concerns">
            {suggestions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
                <span>
                  <span className="font-medium">{s.title}</span> <span className="text-slate-600">· {s.themeName}</span>
                  <span className="block text-xs text-slate-700">{s.reasons.map(describeReason).join(" · ")}</span>
                </span>
                {s.hasStatus ? (
                  <Link href={`/concerns/${s.id}#round-${roundId}`} className="underline">Already has a status at this round</Link>
                ) : (
                  <Button type="button" variant="secondary" aria-label={`Use “${s.title}”`} onClick={() => setStep({ kind: "status", concern: s })}>Use this concern</Button>
                )}
              </li>
            ))}
          </ol>
        )
      ) : null}
      {step.kind === "status" ? <PassageStatusForm concern={step.concern} roundId={roundId} documentId={documentId} passage={passage} onDone={reset} /> : null}
      {step.kind === "new" ? <NewConcernFromPassageForm roundId={roundId} documentId={documentId} passage={passage} themes={themes} onDone={reset} /> : null}
    </section>
  );
}
