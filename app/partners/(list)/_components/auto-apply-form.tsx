"use client";

import { useEffect, useTransition } from "react";
import { useRouter } from "next/navigation";
import { RESULTS_ID } from "./form-id";

/**
 * Set when the form is submitted: the next form (a new one mounts per view,
 * keyed by the filters) moves focus to the results once they are shown.
 */
let focusResultsAfterNavigation = false;

function focusResults() {
  const heading = document.getElementById(RESULTS_ID);
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ block: "start" });
}

/**
 * The filter form's behaviour with JavaScript (its fields are rendered on the
 * server): ticking a box or choosing an option applies at once (focus stays,
 * so several boxes can be ticked; the count is announced), text fields and
 * "Apply" submit, close the phone drawer and move focus to the results
 * (issue 12). The URL is rebuilt without empty fields; each change is a
 * history entry, so back and forward step through the views.
 * Without JavaScript it is a plain GET form landing on the results (#fragment).
 * `action`: the list's path in the page's language (/partners, /en/partners).
 */
export function AutoApplyForm({ id, label, action, children }: { id: string; label: string; action: string; children: React.ReactNode }) {
  const router = useRouter();
  // While the next view loads, the results dim (app/globals.css): the list has no loading.tsx, so that a
  // reader without JavaScript gets the results in the first answer rather than a skeleton.
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!focusResultsAfterNavigation) return;
    focusResultsAfterNavigation = false;
    focusResults();
  }, []);

  function apply(form: HTMLFormElement, submitted: boolean) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    if (submitted) {
      form.closest("details")?.removeAttribute("open");
      // The same view again mounts no new form: focus now.
      if (query === window.location.search.slice(1)) return focusResults();
      focusResultsAfterNavigation = true;
    }
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      id={id}
      method="get"
      action={`${action}#${RESULTS_ID}`}
      role="search"
      aria-label={label}
      aria-busy={pending || undefined}
      className="facets space-y-4 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget, true);
      }}
      onChange={(e) => {
        const target: EventTarget = e.target;
        if (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio")) apply(e.currentTarget, false);
      }}
      onKeyDown={(e) => {
        // Escape closes the phone drawer and returns to its toggle.
        const drawer = e.currentTarget.closest("details");
        if (e.key !== "Escape" || !drawer?.open) return;
        drawer.removeAttribute("open");
        drawer.querySelector("summary")?.focus();
      }}
    >
      {children}
    </form>
  );
}
