/** Pass: later mentions of known people, by full name, surname, "the mayor", or a sentence-opening pronoun. */
import { WEEKDAYS } from '../dates.ts';
import { type Doc, foldWord, type PersonRec } from '../document.ts';

/** Mentions of known people by full name, surname, or "the mayor", in every sentence. */
export function resolveReferences(doc: Doc): void {
  const lastByHead = new Map<string, PersonRec>();
  for (const info of doc.sentences) {
    const { s, tokens } = info;
    const covered = (a: number, b: number): boolean => info.people.some((m) => a < m.end && b > m.start);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (covered(t.start, t.end)) continue;
      if (t.cap) {
        // Full names first, then a single word that is one person's surname or given name.
        for (const p of doc.people) {
          // "TOMAS SALAS" for "TOMAS RUIZ SALAS": the given name and the last surname.
          const short = p.words.length > 2 ? p.name.split(/\s+/) : [];
          const firstLast = short.length > 2 ? [`${short[0]} ${short[short.length - 1]}`] : [];
          const forms = [p.name, ...p.aliases, ...firstLast].filter((f) => f.includes(' '));
          const hit = forms.find((f) => s.text.startsWith(f, t.start));
          if (hit) {
            info.people.push({ start: t.start, end: t.start + hit.length, person: p });
            break;
          }
        }
        if (covered(t.start, t.end)) continue;
        // A hyphenated surname ("Popescu-Ionescu said") is one word of the name, though two tokens.
        let last = k;
        while (tokens[last + 1]?.cap && s.text.slice(tokens[last]!.outerEnd, tokens[last + 1]!.start) === '-') last++;
        const end = tokens[last]!;
        const word = s.text.slice(t.start, end.end);
        const lower = foldWord(word);
        const nextCap = tokens[last + 1]?.cap && tokens[last + 1]!.start === end.outerEnd + 1 && !end.possessive;
        // "On Tuesday Holm met ...": a weekday after a preposition is no first word of a longer name.
        const weekday =
          k > 1 &&
          WEEKDAYS.includes(tokens[k - 1]!.lower) &&
          /^(?:on|last|this|by|until|since)$/.test(tokens[k - 2]!.lower);
        const prevCap =
          k > 0 &&
          tokens[k - 1]!.cap &&
          tokens[k - 1]!.outerEnd + 1 === t.start &&
          !tokens[k - 1]!.possessive &&
          !weekday;
        if (nextCap || prevCap) continue;
        const matches = doc.people.filter(
          (p) =>
            p.words.length > 1 &&
            (p.words[0] === lower ||
              p.words[p.words.length - 1] === lower ||
              // "Quiroga said" for "Rosa Quiroga Llanos": the first of two surnames.
              (p.words.length > 2 && p.words[p.words.length - 2] === lower && /^\p{Lu}/u.test(word))),
        );
        const titled = doc.people.filter((p) => p.titleName && [...p.aliases].some((a) => foldWord(a) === lower));
        const all = [...matches, ...titled];
        if (all.length === 1 && !info.places.some((m) => m.start <= t.start && m.end >= end.end)) {
          info.people.push({ start: t.start, end: end.end, person: all[0]! });
          // The short form the text uses ("Wang", "Kawakatsu") is kept as an alias for review and linking.
          if (all[0]!.name !== word) all[0]!.aliases.add(word);
        }
        k = last;
      } else if (t.lower === 'the' || t.lower === 'his' || t.lower === 'her') {
        // "the mayor", "the governor's visit"
        const next = tokens[k + 1];
        if (next && !next.cap && lastByHead.has(next.lower) && next.start === t.end + 1) {
          info.people.push({ start: t.start, end: next.end, person: lastByHead.get(next.lower)! });
        }
      }
    }
    // "He was received ...", "She said ...": a sentence opening with a pronoun goes on about the person the sentence
    // before began with.
    const pronoun = /^(?:He|She)\b/.exec(s.text);
    const before = doc.sentences[info.s.index - 1];
    const subject = before?.people.slice().sort((a, b) => a.start - b.start)[0]?.person;
    if (pronoun && subject && !info.people.some((m) => m.start === 0))
      info.people.push({ start: 0, end: pronoun[0].length, person: subject });
    info.people.sort((a, b) => a.start - b.start);
    // "the mayor" is not the deputy mayor: a vice, deputy or assistant title leaves the last holder of the office as
    // it was.
    for (const m of info.people)
      for (const o of m.person.offices) if (!DEPUTY.test(o.title)) lastByHead.set(o.head, m.person);
  }
}

/** A title of one who stands in for the holder of the office. */
const DEPUTY = /\b(?:deputy|vice|assistant)\b/i;
