/** Pass: names of title-only people ("Governor Park") and each person's country. */
import type { Doc } from '../document.ts';

/** Names of title-only people ("Governor Park"), countries, and surname aliases. */
export function finishPeople(doc: Doc): void {
  for (const p of doc.people) {
    if (p.titleName) {
      const office = p.offices[0];
      if (office && !p.name.includes(' ')) {
        p.aliases.add(p.name);
        p.name = `${titleHeadDisplay(office.title)} ${p.name}`;
      }
    }
    const placed = p.offices.find((o) => o.place);
    p.country = placed?.place?.country ?? null;
  }
}

function titleHeadDisplay(title: string): string {
  const words = title.split(' ');
  return words[words.length - 1] ?? title;
}
