/**
 * The body of a 400 that a page cannot answer itself (Next.js gives a page no
 * way to set its status; proxy.ts answers for it): what could not be read, and
 * a link to the same view without it. Plain HTML, no script, in the visitor's
 * language; the security headers are proxy.ts's as for every answer.
 */
export interface BadRequestPage {
  lang: string;
  title: string;
  intro: string;
  items: string[];
  link: { href: string; label: string };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function badRequestHtml(page: BadRequestPage): string {
  return `<!DOCTYPE html>
<html lang="${escape(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${escape(page.title)}</h1>
<p>${escape(page.intro)}</p>
<ul>${page.items.map((item) => `<li>${escape(item)}</li>`).join("")}</ul>
<p><a href="${escape(page.link.href)}">${escape(page.link.label)}</a></p>
</main>
</body>
</html>
`;
}
