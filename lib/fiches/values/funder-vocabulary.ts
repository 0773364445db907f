/**
 * Vocabulary of funders and technical partners named in the report
 * (docs/report-format.md §8): canonical name, full name as the report gives it, and the
 * variants met. A vocabulary, not data: a new edition may name others, and
 * parseFunders keeps unknown names as written.
 */

export type FunderKind = "bilateral" | "multilateral" | "ngo" | "public-mali" | "private" | "other";

export interface FunderDef {
  name: string;
  slug: string;
  fullName: string | null;
  kind: FunderKind;
  /** Variants, matched case- and accent-insensitively; all-capital variants of up to 4 letters match case-sensitively. */
  aliases: string[];
}

type Def = Omit<FunderDef, "slug"> & { slug?: string };

const DEFS: Def[] = [
  { name: "AFD", fullName: "Agence Française de Développement", kind: "bilateral", aliases: ["AFD", "Agence Française de Développement"] },
  { name: "GIZ", fullName: null, kind: "bilateral", aliases: ["GIZ"] },
  { name: "Allemagne", fullName: null, kind: "bilateral", aliases: ["Coopération allemande", "BMZ", "Allemagne"] },
  { name: "DEG", fullName: "Deutsche Investitions und Entwicklungsgesellschaft GmbH", kind: "bilateral", aliases: ["DEG", "Deutsche Investitions und Entwicklungsgesellschaft GmbH"] },
  { name: "OIM", fullName: "Organisation internationale pour les migrations", kind: "multilateral", aliases: ["OIM", "IOM", "EU-IOM", "IC UE-OIM", "Organisation internationale pour les migrations"] },
  // FFU and ECHO are EU instruments: one funder, the mention keeps the detail.
  { name: "Union européenne", fullName: null, kind: "multilateral", aliases: ["Union européenne", "UE", "FFU", "ECHO", "EU", "Fonds fiduciaire d'urgence"] },
  { name: "LuxDev", fullName: "Coopération luxembourgeoise", kind: "bilateral", aliases: ["LuxDev", "Lux-Dev", "Coopération luxembourgeoise", "Gouvernement luxembourgeois", "Luxembourg"] },
  { name: "Banque mondiale", fullName: "Groupe Banque Mondiale", kind: "multilateral", aliases: ["Banque mondiale", "Groupe Banque mondiale", "World Bank"] },
  { name: "IFC", fullName: "International Finance Corporation", kind: "multilateral", aliases: ["IFC", "SFI", "International Finance Corporation", "Société Financière Internationale"] },
  { name: "PNUD", fullName: "Programme des Nations Unies pour le Développement", kind: "multilateral", aliases: ["PNUD", "UNDP", "TEF-PNUD", "Programme des Nations Unies pour le Développement"] },
  { name: "FIDA", fullName: "Fonds International pour le Développement Agricole", kind: "multilateral", aliases: ["FIDA", "IFAD", "Fonds International pour le Développement Agricole"] },
  { name: "DDC", fullName: "Coopération Suisse", kind: "bilateral", aliases: ["DDC", "Coopération suisse", "Suisse"] },
  { name: "DANIDA", fullName: "Coopération Danoise", kind: "bilateral", aliases: ["DANIDA", "Coopération danoise", "Ambassade du Royaume du Danemark", "Ambassade du Danemark", "Ambassades du Danemark", "Danemark"] },
  { name: "Pays-Bas", fullName: "Ambassade des Pays-Bas", kind: "bilateral", aliases: ["Ambassade des Pays-Bas", "Ambassade des Pays Bas", "Royaume des Pays-Bas", "Royaume des Pays Bas", "ministère des Affaires Étrangères des Pays-Bas", "Pays-Bas", "Pays Bas"] },
  { name: "Royaume-Uni", fullName: null, kind: "bilateral", aliases: ["Ambassade du Royaume Uni", "Ambassade du Royaume-Uni", "Royaume Uni", "Royaume-Uni"] },
  { name: "Canada", fullName: null, kind: "bilateral", aliases: ["Coopération canadienne", "Canada"] },
  { name: "USAID", fullName: null, kind: "bilateral", aliases: ["USAID", "Etats-Unis", "États-Unis"] },
  { name: "AECID", fullName: null, kind: "bilateral", aliases: ["AECID"] },
  { name: "AICS", fullName: null, kind: "bilateral", aliases: ["AICS"] },
  { name: "Coopération Monégasque", fullName: "Coopération Monégasque au Développement", kind: "bilateral", aliases: ["Coopération Monégasque au Développement", "Coopération Monégasque"] },
  { name: "OFII", fullName: null, kind: "bilateral", aliases: ["OFII"] },
  { name: "SNV", fullName: null, kind: "ngo", aliases: ["SNV"] },
  { name: "FAO", fullName: "Food and Agriculture Organisation", kind: "multilateral", aliases: ["FAO", "Food and Agriculture Organisation"] },
  { name: "UNICEF", fullName: null, kind: "multilateral", aliases: ["UNICEF"] },
  { name: "UNCDF", fullName: null, kind: "multilateral", aliases: ["UNCDF", "FENU"] },
  { name: "ONU Femmes", fullName: null, kind: "multilateral", aliases: ["ONU Femmes", "UN Women", "UN-Women"] },
  { name: "UNHCR", fullName: null, kind: "multilateral", aliases: ["UNHCR", "HCR"] },
  { name: "OIT", fullName: "Organisation internationale du Travail", kind: "multilateral", aliases: ["OIT", "BIT", "ILO"] },
  { name: "BAD", fullName: "Banque africaine de développement", kind: "multilateral", aliases: ["BAD", "Banque africaine de développement"] },
  { name: "FFEM", fullName: null, kind: "bilateral", aliases: ["FFEM"] },
  { name: "OIF", fullName: null, kind: "multilateral", aliases: ["OIF"] },
  { name: "I&P", fullName: "Investisseurs et Partenaires", kind: "private", aliases: ["I&P", "Investisseurs et Partenaires"] },
  { name: "FECA", fullName: "Fondation pour l’Égalité des Chances en Afrique", kind: "private", aliases: ["FECA", "Fondation pour l'Égalité des Chances en Afrique"] },
  { name: "Crédit Coopératif", fullName: null, kind: "private", aliases: ["Crédit Coopératif"] },
  { name: "COFIDES Nord-Sud", fullName: null, kind: "private", aliases: ["COFIDES Nord-Sud", "COFIDES"] },
  { name: "Swisscontact", fullName: null, kind: "ngo", aliases: ["Swisscontact"] },
  { name: "ENGIM", fullName: null, kind: "ngo", aliases: ["ONG ENGIM", "ENGIM-Mali", "ENGIM"] },
  { name: "Caritas Luxembourg", fullName: null, kind: "ngo", aliases: ["Caritas Luxembourg"] },
  { name: "Care", fullName: null, kind: "ngo", aliases: ["Care", "CARE"] },
  { name: "Mercy Corps", fullName: null, kind: "ngo", aliases: ["Mercy Corps"] },
  { name: "SOS Villages d’enfants", fullName: null, kind: "ngo", aliases: ["SOS Village d'enfants", "SOS Villages d'enfants"] },
  { name: "Fondation Abbé Pierre", fullName: null, kind: "ngo", aliases: ["fondation Abbé Pierre"] },
  { name: "CCFD-Terre Solidaire", fullName: null, kind: "ngo", aliases: ["CCFD-TS", "CCFD"] },
  { name: "CFSI", fullName: null, kind: "ngo", aliases: ["CFSI"] },
  { name: "ICCO", fullName: null, kind: "ngo", aliases: ["ICCO"] },
  { name: "Plan International", fullName: null, kind: "ngo", aliases: ["Plan International", "PLAN-BØRNEfonden"] },
  { name: "Save the Children", fullName: null, kind: "ngo", aliases: ["Save the Children"] },
  { name: "IRC", fullName: null, kind: "ngo", aliases: ["IRC"] },
  { name: "GRDR", fullName: null, kind: "ngo", aliases: ["GRDR"] },
  { name: "Etat du Mali", fullName: "Gouvernement du Mali", kind: "public-mali", aliases: ["Subvention de l'État", "subventions d'État", "État du Mali", "Etat du Mali", "Gouvernement du Mali", "Gouvernement malien", "État malien", "Etat malien", "Subvention publique", "État", "Etat"] },
  { name: "MEFP", fullName: "Ministère de l’Emploi et de la Formation Professionnelle", kind: "public-mali", aliases: ["MEFP"] },
  { name: "FAFPA", fullName: null, kind: "public-mali", aliases: ["FAFPA"] },
  { name: "FASAM", fullName: null, kind: "public-mali", aliases: ["FASAM"] },
  { name: "APEJ", fullName: "Agence pour la Promotion de l’Emploi des Jeunes", kind: "public-mali", aliases: ["APEJ"] },
  { name: "ANPE", fullName: "Agence Nationale Pour l’Emploi", kind: "public-mali", aliases: ["ANPE"] },
];

const slugOf = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/&/g, "-et-").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

export const FUNDERS: readonly FunderDef[] = DEFS.map((d) => ({ ...d, slug: d.slug ?? slugOf(d.name) }));
