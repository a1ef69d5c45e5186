/*
 * A synthetic newsroom archive for the search benchmark: articles in six languages made of real
 * words in several inflected forms, drawn with a Zipf-like skew so that some words are in most
 * articles and others in a handful — as in a real archive. Deterministic (seeded).
 */
import type { SearchDocument } from '../src/search/search-index.ts';

/** Words of each language, roughly from common to rare, with inflected forms. */
const WORDS: Record<string, string[]> = {
  es: 'el la los las de en que y a por para con sin sobre trabajo trabajador trabajadores trabajadora trabajadoras sindicato sindicatos huelga huelgas salario salarios asamblea asambleas puerto puertos gobierno ministerio ley leyes reforma reformas ciudad barrio barrios vivienda alquiler alquileres escuela escuelas docente docentes hospital hospitales enfermera enfermeras transporte colectivo tren trenes agua energía tarifa tarifas inflación precio precios mercado feria libro libros cultura música cine teatro elecciones candidato candidata votación protesta marcha marchas policía detenidos justicia tribunal fallo acuerdo paritaria convenio despidos fábrica fábricas cooperativa recuperada estibadores minería cobre litio glaciar sequía lluvias cosecha campesinos'.split(
    ' ',
  ),
  en: 'the a of in to and for with on by workers worker union unions strike strikes wage wages pay contract contracts nurses nurse hospital hospitals school schools teacher teachers rent rents tenant tenants housing city council mayor election elections vote voting court ruling law laws police protest protests march transit bus buses train trains port dock dockers warehouse warehouses delivery drivers driver factory factories layoffs budget budgets tax taxes energy price prices inflation market book books film music theatre festival climate heat drought flood floods farm farmers'.split(
    ' ',
  ),
  pt: 'o a os as de em que e para com sem sobre trabalho trabalhador trabalhadores trabalhadora sindicato sindicatos greve greves salário salários assembleia porto portos governo ministério lei leis reforma cidade bairro bairros moradia aluguel aluguéis escola escolas professor professores professora hospital hospitais enfermeira enfermeiras transporte ônibus metrô trem água energia tarifa inflação preço preços mercado livro livros cultura música cinema eleições candidato candidata votação protesto passeata polícia justiça tribunal decisão acordo demissões fábrica fábricas cooperativa entregadores aplicativo seca chuvas colheita camponeses'.split(
    ' ',
  ),
  fr: 'le la les de des en que et pour avec sans sur travail travailleur travailleurs travailleuse syndicat syndicats grève grèves salaire salaires assemblée port ports gouvernement ministère loi lois réforme réformes ville quartier quartiers logement loyer loyers école écoles enseignant enseignants enseignante hôpital hôpitaux infirmière infirmières transport bus métro train trains eau énergie tarif inflation prix marché livre livres culture musique cinéma théâtre élections candidat candidate vote manifestation manifestations police justice tribunal décision accord licenciements usine usines coopérative livreurs sécheresse pluies récolte paysans'.split(
    ' ',
  ),
  de: 'der die das den dem des und in zu mit für auf von Arbeit Arbeiter Arbeiterin Arbeiterinnen Gewerkschaft Gewerkschaften Streik Streiks Lohn Löhne Tarifvertrag Versammlung Hafen Häfen Regierung Ministerium Gesetz Gesetze Reform Stadt Viertel Wohnung Wohnungen Miete Mieten Mieter Schule Schulen Lehrer Lehrerin Krankenhaus Krankenhäuser Pflegekräfte Pflegerin Verkehr Bus Bahn Züge Wasser Energie Tarif Inflation Preis Preise Markt Buch Bücher Kultur Musik Kino Theater Wahlen Kandidat Kandidatin Abstimmung Protest Demonstration Polizei Gericht Urteil Einigung Entlassungen Fabrik Fabriken Genossenschaft Kuriere Dürre Regen Ernte Bauern'.split(
    ' ',
  ),
  it: 'il la i le di in che e per con senza su lavoro lavoratore lavoratori lavoratrice sindacato sindacati sciopero scioperi salario salari assemblea porto porti governo ministero legge leggi riforma città quartiere quartieri casa affitto affitti scuola scuole insegnante insegnanti ospedale ospedali infermiera infermiere trasporto autobus metro treno treni acqua energia tariffa inflazione prezzo prezzi mercato libro libri cultura musica cinema teatro elezioni candidato candidata voto protesta corteo polizia giustizia tribunale sentenza accordo licenziamenti fabbrica fabbriche cooperativa rider siccità piogge raccolto contadini'.split(
    ' ',
  ),
};

export const CORPUS_LANGUAGES = Object.keys(WORDS);

/** Queries a reader would type, per language: a common word, an inflected form, two words, a phrase, a rare word. */
export const QUERIES: Record<string, string[]> = {
  es: ['trabajadores', 'huelga', 'salarios docentes', '"paritaria convenio"', 'litio', 'glaciares'],
  en: ['workers', 'strike', 'nurses contract', '"rent tenants"', 'floods', 'dockworkers'],
  pt: [
    'trabalhadores',
    'greve',
    'salários professores',
    '"aluguel moradia"',
    'colheita',
    'entregador',
  ],
  fr: ['travailleurs', 'grève', 'loyers logement', '"syndicat grève"', 'sécheresse', 'livreur'],
  de: ['Arbeiter', 'Streik', 'Mieten Wohnung', '"Tarifvertrag Streik"', 'Dürre', 'Gewerkschaftern'],
  it: ['lavoratori', 'sciopero', 'affitti casa', '"sindacato sciopero"', 'siccità', 'rider'],
};

/** A small, fast, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo'.split(
    ' ',
  );

/**
 * The rest of a real vocabulary: 40,000 made-up words of two to four syllables. Without them
 * every article would hold most of the hundred real words and every query would match most
 * of the archive, which no real archive does.
 */
const FILLER = Array.from({ length: 40_000 }, (_, n) => {
  let word = '';
  let rest = n + 7;
  const syllables = 2 + (n % 3);
  for (let s = 0; s < syllables; s++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length) + s * 13;
  }
  return word;
});

/** Zipf-like: low indexes (common words) far more often than high ones. */
function skewed(list: string[], next: () => number, power: number): string {
  return list[Math.floor(list.length * next() ** power)] ?? list[0] ?? '';
}

function sentence(words: string[], next: () => number, length: number): string {
  const picked: string[] = [];
  for (let n = 0; n < length; n++) {
    // One word in sixteen from the language's real words, the others from the long tail.
    picked.push(next() < 0.06 ? skewed(words, next, 2.2) : skewed(FILLER, next, 3));
  }
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The `n`-th article of the archive (deterministic). */
export function corpusDocument(n: number): SearchDocument {
  const next = random(n + 1);
  const language = CORPUS_LANGUAGES[n % CORPUS_LANGUAGES.length] ?? 'en';
  const words = WORDS[language] ?? [];
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 6) }, () =>
    Array.from({ length: 3 }, () => sentence(words, next, 8 + Math.floor(next() * 14))).join(' '),
  );
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000);
  return {
    articleId: `bench-${String(n).padStart(7, '0')}`,
    siteId: `site-${language}-${n % 2}`,
    language,
    sectionId: `section-${language}-${n % 7}`,
    publishedAt: day.toISOString(),
    headline: sentence(words, next, 6 + Math.floor(next() * 6)).slice(0, -1),
    dek: sentence(words, next, 14),
    bodyText: paragraphs.join('\n'),
    contributorsText: `Autor ${n % 500}`,
    contributorIds: [`contributor-${n % 500}`],
  };
}
