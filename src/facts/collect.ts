/**
 * Pairs each document of a documents folder with its facts: the hand-made or reviewed facts file when there is one
 * (`<facts dir>/<name>.facts.yaml`, `.yml` or `.json`), otherwise facts extracted from the text on the fly.
 * Every document comes out either ready to seed or as a failure that says what to fix; one bad file never stops
 * the others.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_DOCUMENT_BYTES, MAX_FACTS_FILE_BYTES } from './limits.ts';
import { locateEvidence, parseFactsFile } from './load.ts';
import { forbiddenNameCharacter } from './names.ts';
import { readTextFileIn } from './read-text-file.ts';
import type { FactsFile } from './types.ts';

export interface ReadyDocument {
  file: string;
  text: string;
  facts: FactsFile;
  /** The facts as read (or as extracted, serialised), hashed to notice changes. */
  factsText: string;
  /** Path of the facts file, or null when the facts were extracted. */
  factsPath: string | null;
  extracted: boolean;
}

export interface FailedDocument {
  file: string;
  message: string;
}

/** Finds facts in a document's text; the extractor (src/extract) provides one. */
export type Extractor = (text: string, file: string) => FactsFile;

const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
const FACTS_EXTENSIONS = ['.facts.yaml', '.facts.yml', '.facts.json'];

const stem = (file: string) => basename(file).replace(/\.[^.]+$/, '');

export async function collectDocuments(options: {
  documentsDir: string;
  factsDir: string;
  extract?: Extractor;
}): Promise<{ ready: ReadyDocument[]; failed: FailedDocument[] }> {
  const ready: ReadyDocument[] = [];
  const failed: FailedDocument[] = [];
  if (!existsSync(options.documentsDir)) {
    throw new Error(
      `The documents folder ${options.documentsDir} does not exist: create it or name another one (--documents DIR).`,
    );
  }
  const documents = (await readdir(options.documentsDir))
    .filter((f) => DOCUMENT_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort();
  const factsFiles = existsSync(options.factsDir)
    ? (await readdir(options.factsDir)).filter((f) => FACTS_EXTENSIONS.some((ext) => f.endsWith(ext))).sort()
    : [];

  const documentStems = new Set(documents.map(stem));
  for (const factsFile of factsFiles) {
    const name = FACTS_EXTENSIONS.reduce((n, ext) => (n.endsWith(ext) ? n.slice(0, -ext.length) : n), factsFile);
    if (!documentStems.has(name)) {
      failed.push({
        file: join(options.factsDir, factsFile),
        message:
          `${join(options.factsDir, factsFile)}: no document "${name}.txt" in ${options.documentsDir}; add the ` +
          `article or remove the facts file`,
      });
    }
  }

  for (const file of documents) {
    const documentPath = join(options.documentsDir, file);
    try {
      const badCharacter = forbiddenNameCharacter(file);
      if (badCharacter) {
        throw new Error(
          `${documentPath}: the file name contains ${badCharacter.description}, which would end up in ids; ` +
            `rename the file`,
        );
      }
      const text = await readTextFileIn(options.documentsDir, file, MAX_DOCUMENT_BYTES);
      const factsFile = factsFiles.find((f) => FACTS_EXTENSIONS.some((ext) => f === `${stem(file)}${ext}`));
      if (factsFile) {
        const factsPath = join(options.factsDir, factsFile);
        const factsText = await readTextFileIn(options.factsDir, factsFile, MAX_FACTS_FILE_BYTES);
        const parsed = parseFactsFile(factsText, factsPath);
        if (parsed.document.file !== file) {
          throw new Error(
            `${factsPath}: document.file is "${parsed.document.file}" but the facts file belongs to "${file}"; ` +
              `make them agree`,
          );
        }
        ready.push({
          file,
          text,
          facts: locateEvidence(parsed, text, factsText, factsPath),
          factsText,
          factsPath,
          extracted: false,
        });
      } else if (options.extract) {
        const extracted = options.extract(text, file);
        // Extracted facts go through the same checks as hand-made ones: the extractor gets no exemption.
        const factsText = JSON.stringify(extracted, null, 2);
        const label = `${documentPath} (extracted facts)`;
        const parsed = parseFactsFile(factsText, label);
        ready.push({
          file,
          text,
          facts: locateEvidence(parsed, text, factsText, label),
          factsText,
          factsPath: null,
          extracted: true,
        });
      } else {
        throw new Error(`${documentPath}: no facts file in ${options.factsDir} (expected ${stem(file)}.facts.yaml)`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push({
        file: documentPath,
        message: message.includes(file) || message.includes(documentPath) ? message : `${documentPath}: ${message}`,
      });
    }
  }
  return { ready, failed };
}
