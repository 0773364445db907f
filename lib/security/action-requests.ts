/**
 * Refusing server-action posts that Next.js would answer with a bare 500
 * (issue 9): a post from another origin (Next aborts it as CSRF) and a body
 * over the actions' 1 MB limit. proxy.ts answers them first, with the proper
 * status and a message in both languages. Route handlers under /api are not
 * server actions and are left alone.
 */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export interface Refusal {
  status: 403 | 411 | 413;
  message: string;
}

export function refuseActionPost(request: { method: string; pathname: string; headers: Pick<Headers, "get"> }): Refusal | null {
  if (request.method !== "POST" || request.pathname.startsWith("/api/")) return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== host) {
      return { status: 403, message: "Requête refusée : ce formulaire a été envoyé depuis un autre site. / Request refused: this form was posted from another site." };
    }
  }
  const length = request.headers.get("content-length");
  if (length === null) {
    // Browsers always send a length with a form post; without one the size cannot be checked up front.
    if (request.headers.get("transfer-encoding")) {
      return { status: 411, message: "Requête refusée : longueur du contenu manquante. / Request refused: the content length is missing." };
    }
    return null;
  }
  if (!/^\d+$/.test(length) || Number(length) > ACTION_BODY_LIMIT) {
    return { status: 413, message: "Requête refusée : le formulaire dépasse 1 Mo. / Request refused: the form is larger than 1 MB." };
  }
  return null;
}
