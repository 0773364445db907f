/**
 * The label vocabulary of the fiches (docs/report-format.md §3) and a matcher for labels
 * wrapped over several lines. The report flattens two-column tables, so a
 * label may span 1–5 lines, be spelled several ways, and share its last line
 * with the start of its value (`Ville  Bamako`, `cohortes Une seule cohorte…`).
 * Matching is done on folded text against whole known wordings, never on line
 * positions, so a new edition that wraps differently still parses.
 */
import { fold } from "./values/text";
import { processMemo } from "../runtime/process-memo";

export type FicheKind = "partner" | "actor";

export interface LabelSpec {
  /** Canonical key, stored in FicheField.key. */
  key: string;
  /** Known wordings, as written in the report (folded before matching). */
  wordings: string[];
  /** Which fiches use the label; a partner label inside an actor fiche is prose. */
  fiche: FicheKind | "any";
  /** Sub-headers under which the label may appear, for words that are also common prose. */
  sections?: string[];
}

const both = (key: string, wordings: string[]): LabelSpec => ({ key, wordings, fiche: "any" });
const partner = (key: string, wordings: string[], sections?: string[]): LabelSpec => ({
  key,
  wordings,
  fiche: "partner",
  sections,
});
const actor = (key: string, wordings: string[]): LabelSpec => ({ key, wordings, fiche: "actor" });

const SUMMARY_ENDINGS = ["des projets", "du projet", "du programme", "des programmes", "de projets"];

/**
 * "Capacité d’<action> <de|des|aux|pour les> migrants de retour [dans la structure]": the
 * report words the field the mission turns on several ways (intégration, appui,
 * accompagnement…); every combination of its parts is a wording.
 */
const RETURNEE_CAPACITY_WORDINGS = ["intégration", "appui", "accompagnement", "accueil", "insertion", "réintégration"].flatMap(
  (action) =>
    ["de", "des", "aux", "pour les"].flatMap((link) =>
      ["", " dans la structure"].map((end) => `Capacité d’${action} ${link} migrants de retour${end}`),
    ),
);

export const LABELS: LabelSpec[] = [
  // Identity
  both("country", ["Pays"]),
  both("region", ["Région", "Régions"]),
  both("regionCity", ["Région / ville", "Région / villes", "Régions / villes", "Régions / ville"]),
  partner("city", ["Ville", "Villes"]),
  // Structure
  partner("structureType", ["Type de structure", "Type de structure et organisation"]),
  partner("supportType", [
    "Type d’appui apporté",
    "Types d’appuis apportés",
    "Types d’appui apportés",
    "Type d’appuis apportés",
    "Type d’appui",
    "Types d’appuis",
  ]),
  partner("funding", [
    "Financements actuels / principaux",
    "Financements principaux",
    "Financements actuels",
    "Financement actuel / principal",
  ]),
  partner("governance", ["Organisation et gouvernance", "Organisation / gouvernance"]),
  partner("beneficiaries", ["Profil des bénéficiaires actuels", "Profil des bénéficiaires"]),
  partner("totalCapacity", ["Capacité totale (actuelle et à terme)", "Capacité totale"]),
  partner("communication", [
    "Stratégie de communication à destination des potentiels bénéficiaires",
    "Stratégie de communication",
  ]),
  partner("cost", ["Coût", "Coûts"]),
  // Partnerships
  partner("returneeCapacity", RETURNEE_CAPACITY_WORDINGS),
  partner("absorptionCapacity", ["Capacité d’absorption"]),
  partner("existingPartnerships", ["Partenariats existants"]),
  // A bare `Partenariats` is a sub-header unless the fiche is already under it (FP9, FP13).
  partner("existingPartnerships", ["Partenariats"], ["partnerships"]),
  partner("perspectives", [
    "Perspectives / opportunités de partenariat pour la programmation future",
    "Perspectives pour la programmation future",
    "Perspectives de partenariat pour la programmation future",
    "Perspectives / opportunités de partenariat",
  ]),
  // Training centres
  partner("courses", ["Filières de formation", "Filières de formations"]),
  partner("entryConditions", ["Conditions d’entrée", "Conditions d’accès"]),
  partner("trainingTypes", ["Types de formations", "Types de formation", "Type de formations"]),
  partner("trainingFlow", ["Déroulé des formations", "Déroulement des formations"]),
  partner("cohortFrequency", ["Fréquence des cohortes"]),
  partner("practiceRatio", ["Dominante (pratique ou théorique)"]),
  partner("literacy", ["Alphabétisation"]),
  partner("curricula", ["Curricula"]),
  partner("trainers", ["Formateurs"]),
  partner("certification", ["Certification", "Certification des formations"]),
  partner("perDiem", ["Perdiem et taux de déperdition"]),
  partner("postTrainingFollowUp", ["Suivi post-formation"]),
  partner("insertionStats", [
    "Statistiques d’insertion sur le marché de l’emploi",
    "Statistiques d’insertion",
  ]),
  partner("privateSectorPartnership", ["Partenariat avec le secteur privé"]),
  partner("intermediationPartnership", [
    "Partenariat / relation avec les mécanismes d’intermédiation sur le marché de l’emploi",
    "Partenariat / relation avec les mécanismes d’intermédiation",
  ]),
  partner("ptfSupportStats", ["Statistiques de prise en charge de jeunes soutenus par des PTF"]),
  // Service providers
  partner("incubator", ["Incubateur et accélérateur"]),
  partner("microfinance", ["Microfinance"]),
  partner("shortTrainings", ["Formations courtes"]),
  partner("trainings", ["Formations"], ["details"]),
  partner("vocationalTraining", ["Formation professionnelle"]),
  partner("targetSectors", ["Secteurs ciblés"]),
  partner("beneficiaryFollowUp", ["Suivi des bénéficiaires"]),
  partner("employability", ["Développement de l’employabilité des jeunes"]),
  partner("entrepreneurshipSpirit", ["Développement de l’esprit d’entreprise chez les jeunes"]),
  partner("youthProjectFinancing", ["Renforcement du dispositif de financement des projets des jeunes"]),
  partner("rapidJobs", ["Création d’emplois rapides (HIMO)"]),
  partner("jobMarketAccess", ["Accès au marché de l’emploi et accompagnement de l’auto-emploi"]),
  partner("skillsDevelopment", ["Développement des compétences"]),
  partner("returneeFollowUp", ["Suivi des migrants de retour"]),
  partner("placementAbroad", ["Placement de travailleurs à l’étranger"]),
  partner("financeAccess", ["Accès au financement"]),
  partner("bankingServices", ["Services bancaires et financiers"]),
  partner("entrepreneurSupport", ["Appui aux entrepreneurs"]),
  partner("recruitment", ["Recrutements / sous-traitance et conseil"]),
  partner("vulnerableAssistance", ["Assistance aux migrants vulnérables"]),
  partner("ruralResilience", ["Résilience et entrepreneuriat rural"]),
  partner("childProtection", ["Protection des mineurs et victimes de traite", "Protection des mineurs"]),
  partner("economicInclusion", ["Inclusion économique"]),
  // Actor projects
  actor("projectNames", ["Nom des projets", "Nom du projet", "Noms des projets", "Noms du projet"]),
  actor("projectSummary", [
    ...SUMMARY_ENDINGS.map((end) => `Résumé des principaux objectifs ${end}`),
    ...SUMMARY_ENDINGS.map((end) => `Résumé des objectifs ${end}`),
    "Résumé des principaux objectifs",
    "Principaux objectifs",
  ]),
  actor("projectDuration", ["Durée des projets", "Durée du projet", "Durée du programme", "Durée des programmes"]),
  actor("projectZone", [
    "Zone(s) géographique(s)",
    "Zones géographiques",
    "Zone géographique",
    "Zone(s)",
    "Zones",
    "Zone",
  ]),
  actor("projectBudget", ["Budgets", "Budget"]),
  actor("partnerInstitutions", ["Institutions partenaires"]),
  actor("targetGroups", ["Groupes cibles"]),
  actor("expectedResults", ["Résultats visés", "Résultats attendus"]),
  // Actor coordination
  actor("anchoring", [
    "Ancrage et relation institutionnels",
    "Ancrage et relation institutionnelles",
    "Ancrage et relations institutionnelles",
    "Ancrage et relations institutionnels",
  ]),
  actor("referral", [
    "Mécanismes de référencement mis en place",
    "Mécanismes de référencement",
    "Mécanisme de référencement mis en place",
    "Mécanisme de référencement",
  ]),
  actor("actorPerspectives", [
    "Perspectives / opportunités de partenariat à l’avenir",
    "Perspectives / opportunités de partenariat",
    "Perspectives de partenariat à l’avenir",
  ]),
  // Remarks and contacts
  both("challenges", ["Défis exprimés"]),
  both("otherRemarks", ["Autres remarques / leçons apprises", "Autres remarques"]),
  both("focalPoint", ["Point focal", "Point(s) focal(aux)", "Points focaux"]),
  both("contact", ["Contact"]),
];

export interface SubheaderSpec {
  key: string;
  wordings: string[];
  fiche: FicheKind | "any";
}

/** Full-width rows of a fiche. Actor theme headers are free text and found by position instead. */
export const SUBHEADERS: SubheaderSpec[] = [
  { key: "structure", wordings: ["Structure"], fiche: "partner" },
  {
    key: "details",
    wordings: ["Détails sur les formations", "Détails sur l’offre de service", "Détails sur l’offre de services"],
    fiche: "partner",
  },
  { key: "partnerships", wordings: ["Partenariats"], fiche: "partner" },
  { key: "coordination", wordings: ["Coordination avec les autorités nationales et les PTF"], fiche: "actor" },
  { key: "remarks", wordings: ["Remarques"], fiche: "any" },
  { key: "contacts", wordings: ["Contacts"], fiche: "any" },
];

/** Label keys that open an actor's project block; the line before the first is a theme header. */
export const PROJECT_NAME_KEY = "projectNames";

export interface NormalisedText {
  text: string;
  /** For each character of `text`, its index in the source string. */
  map: number[];
}

/**
 * Fold for matching: lower case, accents and apostrophe styles folded,
 * whitespace collapsed, `/` spaced (`Région/Ville` = `Région / ville`).
 * Keeps a map back to the source so a value sharing the label's line is cut as written.
 */
export function normaliseLabelText(s: string): NormalisedText {
  // Every line of the report goes through here: plain string building, no per-character closure or array of strings.
  let text = "";
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0 || code === 0x202f) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (code === 47 /* "/" */) {
      if (text.length > 0) {
        text += " ";
        map.push(i);
      }
      text += "/";
      map.push(i);
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      text += " ";
      map.push(i);
    }
    pendingSpace = false;
    // ASCII only changes case (bar the backquote, an apostrophe style): no lookup for most characters.
    if (code < 128 && code !== 96) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i];
      map.push(i);
    } else {
      const f = foldChar(s[i]);
      text += f;
      for (let k = 0; k < f.length; k++) map.push(i);
    }
  }
  return { text, map };
}

export const normalise = (s: string): string => normaliseLabelText(s).text;

// Each line is tried against every wording from up to six positions: normalise it once.
export const normalisedLine: (s: string) => NormalisedText = processMemo(normaliseLabelText, 20_000);

// Folding one character at a time keeps the map exact; memoised, as every line is matched many times.
const foldChar = processMemo(fold, 10_000);

interface CompiledWording {
  spec: { key: string; fiche: FicheKind | "any"; sections?: string[] };
  norm: string;
  words: number;
}

/** Wordings grouped by their first word: a label's first line always holds its whole first word. */
type WordingIndex = Map<string, CompiledWording[]>;

const firstWord = (norm: string) => norm.split(" ", 1)[0];

function compile(specs: (LabelSpec | SubheaderSpec)[]): WordingIndex {
  const index: WordingIndex = new Map();
  const all = specs
    .flatMap((spec) => spec.wordings.map((w) => ({ spec, norm: normalise(w), words: normalise(w).split(" ").length })))
    // Longest first, so `Capacité totale (actuelle et à terme)` beats `Capacité totale`.
    .sort((a, b) => b.norm.length - a.norm.length);
  for (const w of all) {
    const key = firstWord(w.norm);
    index.set(key, [...(index.get(key) ?? []), w]);
  }
  return index;
}

const LABEL_WORDINGS = compile(LABELS);
const SUBHEADER_WORDINGS = compile(SUBHEADERS);

export interface LabelMatch {
  key: string;
  /** The label as written, wrapped parts joined with one space. */
  label: string;
  /** How many of the given lines the label spans (the last may also hold the value's start). */
  lineCount: number;
  /** The start of the value when it shares the label's last line, as written. */
  inlineValue: string | null;
  /**
   * A wrapped or multi-word bare label is unmistakable; a one-line label followed
   * by text (`Formations entrepreneuriales…`) or a single bare word could be prose,
   * and is only trusted where a new row can start.
   */
  strong: boolean;
}

export interface MatchContext {
  fiche: FicheKind;
  /** Key of the sub-header the line sits under. */
  section: string;
}

/**
 * Matches a label starting at `lines[0]` (the following content lines of the
 * fiche, page artefacts already removed). Returns the longest known wording
 * that covers whole lines, the last of which may continue with the value.
 */
export function matchLabel(lines: string[], ctx: MatchContext): LabelMatch | null {
  return bestMatch(lines, LABEL_WORDINGS, ctx, true);
}

/** Matches a sub-header spanning whole lines (a sub-header never shares its line). */
export function matchSubheader(lines: string[], ctx: MatchContext): LabelMatch | null {
  return bestMatch(lines, SUBHEADER_WORDINGS, ctx, false);
}

function bestMatch(
  lines: string[],
  wordings: WordingIndex,
  ctx: MatchContext,
  allowInline: boolean,
): LabelMatch | null {
  if (lines.length === 0) return null;
  // Most lines start with no label's first word: look that up before normalising the rest of the window.
  const candidates = wordings.get(firstWord(normalisedLine(lines[0]).text));
  if (!candidates) return null;
  const window = lines.slice(0, 6).map(normalisedLine);
  for (const w of candidates) {
    if (w.spec.fiche !== "any" && w.spec.fiche !== ctx.fiche) continue;
    if (w.spec.sections && !w.spec.sections.includes(ctx.section)) continue;
    const m = matchWording(w.norm, window, lines);
    if (!m) continue;
    if (m.inlineValue !== null && !allowInline) continue;
    // `Groupes cibles : …`, `Accès au financement : les banques…` are pseudo-labels inside a value.
    if (m.inlineValue !== null && /^[:;,.]/.test(m.inlineValue)) continue;
    // A value cell starts a sentence (or is an address); `Secteurs ciblés lors de…` or
    // `Formations techniques :` is prose that happens to start with a label's words.
    if (m.inlineValue !== null && /^\p{Ll}[\p{L}’'-]*(\s|$)/u.test(m.inlineValue)) continue;
    const strong = m.lineCount > 1 || (m.inlineValue === null && w.words > 1);
    return { key: w.spec.key, ...m, strong };
  }
  return null;
}

function matchWording(
  wording: string,
  window: NormalisedText[],
  raw: string[],
): Omit<LabelMatch, "key" | "strong"> | null {
  let pos = 0;
  const parts: string[] = [];
  for (let j = 0; j < window.length; j++) {
    const line = window[j].text;
    if (line === "") return null;
    if (j > 0) {
      // A label wrapped inside a word (`sous-` / `traitance`) joins without a space.
      const glued = /[a-z]-$/.test(window[j - 1].text);
      if (!glued) {
        if (wording[pos] !== " ") return null;
        pos++;
      }
    }
    const rest = wording.slice(pos);
    if (line === rest) {
      parts.push(raw[j].trim());
      return { label: joinLabel(parts), lineCount: j + 1, inlineValue: null };
    }
    if (line.startsWith(rest + " ")) {
      const cut = window[j].map[rest.length + 1];
      parts.push(raw[j].slice(0, cut).trim());
      return { label: joinLabel(parts), lineCount: j + 1, inlineValue: raw[j].slice(cut).trim() };
    }
    if (!rest.startsWith(line)) return null;
    parts.push(raw[j].trim());
    pos += line.length;
  }
  return null;
}

function joinLabel(parts: string[]): string {
  return parts.reduce((acc, part) => (acc === "" ? part : /\p{L}-$/u.test(acc) ? acc + part : `${acc} ${part}`), "");
}
