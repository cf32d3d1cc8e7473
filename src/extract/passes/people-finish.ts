/** Pass: names of title-only people ("Governor Park") and each person's country. */
import type { Doc, PersonRec } from '../document.ts';
import { TITLE_EXPANSIONS, TITLE_HEADS } from '../lexicon.ts';

/** Names of title-only people ("Governor Park"), countries, and surname aliases. */
export function finishPeople(doc: Doc): void {
  for (const p of doc.people) {
    if (p.titleName) {
      const office = p.offices[0];
      if (office && !p.name.includes(' ') && titleWritten(p) && monosyllabic(p.name)) {
        p.aliases.add(p.name);
        p.name = `${titleHeadDisplay(office.title)} ${p.name}`;
      }
    }
    const placed = p.offices.find((o) => o.place);
    p.country = placed?.place?.country ?? null;
  }
}

/**
 * True when the text writes the title right before the surname ("Governor Park", "Gov. Park"), not only in an
 * apposition ("Ms. Okafor-Nwosu, the deputy mayor"): only then is "Title Surname" a name the text uses.
 */
function titleWritten(p: PersonRec): boolean {
  const texts = new Set([p.sentence.text, ...p.offices.map((o) => o.sentence.text)]);
  for (const text of texts) {
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1)) {
      const before = /([\p{L}-]+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
      const w = before?.[1]?.toLowerCase();
      if (w && (TITLE_HEADS.has(w) || w in TITLE_EXPANSIONS)) return true;
    }
  }
  return false;
}

/**
 * A surname of one syllable ("Kim", "Park", "Zhang") is shared by so many that it is no name alone: the title stays
 * with it ("Governor Kim"). A longer one ("Mayor Garcetti") names the person by itself.
 */
function monosyllabic(name: string): boolean {
  return (name.toLowerCase().match(/[aeiouyàáâãäåèéêëìíîïòóôõöùúûüāēīōū]+/g) ?? []).length <= 1;
}

function titleHeadDisplay(title: string): string {
  const words = title.split(' ');
  return words[words.length - 1] ?? title;
}
