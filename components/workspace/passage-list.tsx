"use client";

import { type KeyboardEvent, type MouseEvent, useEffect, useRef } from "react";
import type { Passage } from "@/lib/domain/passages";

export type PassageRange = { anchor: number; focus: number };

/**
 * The document's text as a list of passages (sentences) a keyboard user steps
 * through: ↓/↑ (or j/k anywhere on the page) select the next/previous one,
 * Shift extends the selection over several, Home/End jump. Clicking selects
 * one, Shift-click extends. Passages already used as evidence are marked.
 */
export function PassageList({ passages, range, used, onSelect, language }: {
  passages: Passage[];
  range: PassageRange | null;
  used: ReadonlySet<number>;
  onSelect: (range: PassageRange) => void;
  language: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const [low, high] = range ? [Math.min(range.anchor, range.focus), Math.max(range.anchor, range.focus)] : [-1, -1];

  useEffect(() => {
    if (range) document.getElementById(`passage-${range.focus}`)?.scrollIntoView({ block: "nearest" });
  }, [range]);

  const move = (to: number, extend: boolean) => {
    const focus = Math.max(0, Math.min(passages.length - 1, to));
    onSelect({ anchor: extend && range ? range.anchor : focus, focus });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = range?.focus ?? -1;
    const keys: Record<string, number> = { ArrowDown: at + 1, ArrowUp: Math.max(at - 1, 0), Home: 0, End: passages.length - 1 };
    const to = keys[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to, event.shiftKey);
  };

  const onClick = (event: MouseEvent, index: number) => {
    // A drag that selects text is handled by the workspace's selection listener.
    if (!window.getSelection()?.isCollapsed) return;
    move(index, event.shiftKey);
  };

  const paragraphs: Passage[][] = [];
  for (const p of passages) (paragraphs[p.paragraph] ??= []).push(p);

  return (
    <div
      ref={list}
      id="document-text"
      role="listbox"
      aria-label="Passages of the document: arrow keys select, Shift extends"
      aria-multiselectable="true"
      aria-activedescendant={range ? `passage-${range.focus}` : undefined}
      tabIndex={0}
      lang={language}
      onKeyDown={onKeyDown}
      className="max-h-[70vh] space-y-3 overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 leading-relaxed text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      {paragraphs.map((sentences, index) => (
        <div key={index} role="group">
          {sentences.map((p) => {
            const selected = p.index >= low && p.index <= high;
            return (
              <span
                key={p.index}
                id={`passage-${p.index}`}
                role="option"
                aria-selected={selected}
                onClick={(event) => onClick(event, p.index)}
                className={`cursor-pointer rounded px-0.5 ${selected ? "bg-blue-200 ring-2 ring-blue-700" : used.has(p.index) ? "bg-yellow-100" : "hover:bg-slate-100"} ${p.index === range?.focus ? "underline decoration-2" : ""}`}
              >
                {p.text}{" "}
                {used.has(p.index) ? <span className="sr-only">(already used as evidence)</span> : null}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
