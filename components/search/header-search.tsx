"use client";

import { useEffect, useRef } from "react";

/**
 * The search box in every page's header. `/` focuses it, unless the page has a
 * `/` of its own (the recording workspace searches its concerns with it): page
 * handlers listen on the document, which hears a key before the window does,
 * and take it with preventDefault.
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <form method="get" action="/search" role="search" aria-label="Search everything" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">Search everything</label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        placeholder="Search (press /)"
        aria-keyshortcuts="/"
        maxLength={200}
        className="w-44 rounded-md border border-slate-400 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 sm:w-56"
      />
      <button type="submit" className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100">Search</button>
    </form>
  );
}
