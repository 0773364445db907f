"use client";

import { useRouter } from "next/navigation";

/**
 * The filter form's behaviour with JavaScript (its fields are rendered on the
 * server): ticking a box or choosing an option applies at once, text fields
 * apply on Enter/"Apply", and the URL is rebuilt without empty fields; each
 * change is a history entry, so back and forward step through the views.
 * Without JavaScript it is a plain GET form.
 */
export function AutoApplyForm({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  const router = useRouter();

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    router.push(query ? `/partners?${query}` : "/partners", { scroll: false });
  }

  return (
    <form
      id={id}
      method="get"
      action="/partners"
      role="search"
      aria-label={label}
      className="space-y-4 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      onChange={(e) => {
        const target: EventTarget = e.target;
        if (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio")) apply(e.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
