// Prints the reading-level figures quoted in the README: every string as written, and every piece a
// person reads together (a question with its hint and options, a sign, an exercise), by the same
// counting as the reading-level tests. Run: node --import tsx scripts/reading-figures.ts
import { en, es } from '../src/content/index.js';
import { readingLevelExceptions } from '../test/content/reading-level-exceptions.js';
import { readingLevelExceptionsEs } from '../test/content/reading-level-exceptions-es.js';
import { countsOf, gradeOfPiece } from '../test/content/readability.js';
import { fernandezHuertaOf, inflesz } from '../test/content/readability-es.js';
import type { Piece } from '../test/content/sentences.js';
import { piecesOf, textsOf } from '../test/content/text-walk.js';

const MIN_WORDS_ALONE = 8;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const range = (name: string, values: number[], worst: 'max' | 'min') =>
  `${name}: mean ${mean(values).toFixed(1)}, ${worst} ${(worst === 'max' ? Math.max(...values) : Math.min(...values)).toFixed(1)} (n=${values.length})`;

function figures(locale: string, strings: typeof en, excepted: Set<string>, score: [string, (piece: Piece) => number, 'max' | 'min'][]) {
  const entries = textsOf(strings);
  const long = entries.filter((entry) => !excepted.has(entry.path) && countsOf({ texts: [entry.text] }).word >= MIN_WORDS_ALONE);
  const pieces = [...piecesOf(entries, excepted).values()];
  console.log(`${locale}: ${entries.length} strings, ${long.length} of ${MIN_WORDS_ALONE}+ words, ${pieces.length} pieces`);
  for (const [name, of, worst] of score) {
    console.log(`  strings ${range(name, long.map((entry) => of({ texts: [entry.text] })), worst)}`);
    console.log(`  pieces  ${range(name, pieces.map(of), worst)}`);
  }
}

figures('en', en, new Set(readingLevelExceptions.map((e) => e.path)), [['Flesch-Kincaid grade', gradeOfPiece, 'max']]);
figures('es', es, new Set(readingLevelExceptionsEs.map((e) => e.path)), [
  ['Fernández-Huerta', fernandezHuertaOf, 'min'],
  ['INFLESZ', inflesz, 'min'],
]);
