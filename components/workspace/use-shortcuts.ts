"use client";

import { useEffect, useRef } from "react";

export type ShortcutHandlers = {
  save: () => void;
  search: () => void;
  help: () => void;
  passage: (step: 1 | -1, extend: boolean) => void;
  concern: (step: 1 | -1) => void;
  status: (index: number) => void;
  notRaised: () => void;
  cases: () => void;
};

/**
 * The workspace's keys (listed in SHORTCUTS). Ctrl/Cmd+Enter saves from
 * anywhere, text fields included; single keys act only when the cursor is not
 * in a text field or an open dialog, so typing is never hijacked.
 */
export function useWorkspaceShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = latest.current;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A part with its own save button (the case panel) saves itself on Ctrl+Enter.
      if (target?.closest("[data-own-save]")) return;
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        h.save();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (target?.closest("input[type=text], input[type=search], input:not([type]), textarea, select, [contenteditable=true], dialog")) return;
      const key = event.key;
      const act = (fn: () => void) => {
        event.preventDefault();
        fn();
      };
      if (key === "/") act(h.search);
      else if (key === "?") act(h.help);
      else if (key === "j" || key === "J") act(() => h.passage(1, event.shiftKey));
      else if (key === "k" || key === "K") act(() => h.passage(-1, event.shiftKey));
      else if (key === "n") act(() => h.concern(1));
      else if (key === "p") act(() => h.concern(-1));
      else if (/^[1-6]$/.test(key)) act(() => h.status(Number(key) - 1));
      else if (key === "m") act(h.notRaised);
      else if (key === "c") act(h.cases);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
