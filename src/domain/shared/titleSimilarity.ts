/**
 * How alike two short titles are, by the words they share: "Answer routine tax questions by email" and
 * "Answering routine tax questions" share answer, routine, tax, questions. Words are compared without
 * case, accents, punctuation and common small words ("by", "the", "of"), and with their usual English
 * endings taken off ("answering" = "answer", "questions" = "question"). The score is the Dice
 * coefficient of the two word sets: 2 x shared / (words of one + words of the other), from 0 to 1.
 */

const SMALL_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or our per that the their them this to via we with within without your all any each new more less'.split(
    ' ',
  ),
);

/** The comparable form of one word: lower case, no accents, common English endings removed. */
export function wordStem(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface TitleWord {
  /** As written in the title. */
  word: string;
  stem: string;
}

/** The words of a title that count for similarity (small words left out, each stem once). */
export function titleWords(title: string): TitleWord[] {
  const seen = new Set<string>();
  const words: TitleWord[] = [];
  for (const word of title.split(/[^\p{L}\p{N}'’]+/u)) {
    const clean = word.replace(/^['’]+|['’]+$/g, '');
    if (!clean || SMALL_WORDS.has(clean.toLowerCase())) continue;
    const stem = wordStem(clean);
    if (stem.length < 2 || seen.has(stem)) continue;
    seen.add(stem);
    words.push({ word: clean, stem });
  }
  return words;
}

/** Two stems are the same word when equal, or when the shorter (4+ letters) starts the longer ("automat", "automatic"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

export interface TitleMatch {
  /** 0 to 1 (1: the same words). */
  score: number;
  /** The shared words as written in the second title. */
  shared: string[];
  /** How many words of the first title count. */
  words: number;
  /** How many words of the second title count. */
  otherWords: number;
}

export function titleSimilarity(a: string, b: string): TitleMatch {
  const left = titleWords(a);
  const right = titleWords(b);
  const shared: string[] = [];
  const used = new Set<number>();
  for (const word of left) {
    const index = right.findIndex((other, i) => !used.has(i) && sameWord(word.stem, other.stem));
    if (index < 0) continue;
    used.add(index);
    shared.push(right[index].word);
  }
  const total = left.length + right.length;
  return {
    score: total === 0 ? 0 : (2 * shared.length) / total,
    shared,
    words: left.length,
    otherWords: right.length,
  };
}

/** Titles at least this alike (and sharing two words or more) count as similar. */
export const SIMILAR_TITLE_SCORE = 0.5;

/**
 * The candidates whose title is similar to `title`, most alike first (ties: the order given), at most
 * `limit`. Two shared words are needed (one when a title has only one), so one common word ("tax",
 * "client") never makes a match.
 */
export function similarTitles<T>(
  title: string,
  candidates: readonly T[],
  titleOf: (candidate: T) => string,
  limit = 3,
): { candidate: T; match: TitleMatch }[] {
  return candidates
    .map((candidate) => ({ candidate, match: titleSimilarity(title, titleOf(candidate)) }))
    .filter(
      ({ match }) =>
        match.shared.length >= Math.max(1, Math.min(2, match.words, match.otherWords)) &&
        match.score >= SIMILAR_TITLE_SCORE,
    )
    .sort((x, y) => y.match.score - x.match.score)
    .slice(0, limit);
}
