/**
 * FormData -> a plain object for zod, in the browser (instant checks) and on
 * the server (the real checks), so both read a form the same way.
 * Names are dotted paths: "contacts.0.name" builds { contacts: [{ name }] };
 * a name ending in "[]" collects every value of that name into an array
 * ("regions[]" for a group of checkboxes). An uploaded file stays a File
 * (the edition upload, lib/imports): only a schema that asks for one keeps it.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION")) continue;
    if (typeof value !== "string") {
      setPath(root, name, value);
      continue;
    }
    if (name.endsWith("[]")) {
      const path = name.slice(0, -2);
      const existing = getPath(root, path);
      setPath(root, path, Array.isArray(existing) ? [...existing, value] : [value]);
    } else {
      setPath(root, name, value);
    }
  }
  return root;
}

const isIndex = (segment: string) => /^\d{1,4}$/.test(segment);
/** Prototype-polluting segments are refused: a form name comes from the client. */
const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

function getPath(root: Record<string, unknown>, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  if (segments.some((s) => s === "" || UNSAFE.has(s))) return;
  let node: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i];
    const nextIsIndex = isIndex(segments[i + 1]);
    const container = node as Record<string, unknown>;
    let child = container[key];
    if (child === null || typeof child !== "object") {
      child = nextIsIndex ? [] : {};
      container[key] = child;
    }
    node = child as Record<string, unknown> | unknown[];
  }
  (node as Record<string, unknown>)[segments[segments.length - 1]] = value;
}

/** zod issues -> { "contacts.0.emails": ["invalidEmail"] } (the messages are i18n keys). */
export function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    const list = (out[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out;
}

/**
 * The posted form, however the action was called: `useActionState` forms pass
 * (previous state, form); a hand-made no-JS post naming the action
 * (`$ACTION_ID_…`) passes the form alone (issue 9: that was a 500).
 */
export function postedForm(previous: unknown, formData: unknown): FormData {
  if (formData instanceof FormData) return formData;
  if (previous instanceof FormData) return previous;
  return new FormData();
}
