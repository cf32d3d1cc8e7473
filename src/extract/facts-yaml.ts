/** Facts files as YAML, for people to review: fixed key order, no line folding, a header that says what to do. */
import { parse, stringify } from 'yaml';
import type { FactsFile } from '../facts/types.ts';

/** The YAML text of an extracted facts file. The same facts give the same bytes. */
export function factsToYaml(facts: FactsFile): string {
  const header = [
    `# Facts extracted automatically from ${facts.document.file} by \`npm run extract\`: NOT REVIEWED.`,
    '# Check every fact against its evidence sentence, correct or delete it, add what is missing,',
    '# then set document.reviewed to true (a reviewed file is never overwritten by extraction).',
    "# Confidence is the extractor's, 0..1. Format: src/facts/types.ts and src/facts/facts.schema.json.",
  ].join('\n');
  return `${header}\n${stringify(facts, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false })}`;
}

/** True when a facts file's text says a person reviewed it (`document.reviewed: true`) or cannot be read as YAML. */
export function isReviewedFactsFile(text: string): boolean {
  try {
    const data = parse(text) as { document?: { reviewed?: unknown } } | null;
    return data?.document?.reviewed !== false;
  } catch {
    // A file a person is in the middle of editing is theirs too.
    return true;
  }
}
