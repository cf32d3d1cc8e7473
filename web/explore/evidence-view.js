// @ts-check
/** The evidence panel: a fact, and for each sentence that states it, the sentence and the document it is in. */
import { el } from './dom.js';

/** @typedef {import('./api.js').EvidenceView} EvidenceView */

/**
 * @param {EvidenceView['document']} document
 * @returns {HTMLElement}
 */
function documentLine(document) {
  const details = [document.source, document.date].filter(Boolean).join(', ');
  const title = /^https?:\/\//.test(document.url ?? '')
    ? el('a', { href: /** @type {string} */ (document.url), rel: 'noreferrer' }, document.title)
    : el('span', {}, document.title);
  return el('p', { class: 'evidence-document' }, '— ', title, details ? ` (${details})` : '');
}

/**
 * @param {EvidenceView} evidence
 * @returns {HTMLElement}
 */
function evidenceItem(evidence) {
  const where = evidence.start != null ? `characters ${evidence.start}–${evidence.end}` : '';
  const confidence = evidence.confidence != null && evidence.confidence < 1 ? `confidence ${evidence.confidence}` : '';
  const meta = [where, confidence].filter(Boolean).join(' · ');
  return el(
    'li',
    {},
    el('blockquote', { class: 'evidence-sentence' }, evidence.sentence),
    documentLine(evidence.document),
    meta ? el('p', { class: 'evidence-meta' }, meta) : null,
  );
}

/**
 * Fills `panel` with a fact's heading, what is known of it, and its evidence; `action` is an optional button.
 * @param {HTMLElement} panel
 * @param {{ heading: string, detail: string, evidence: EvidenceView[], action?: HTMLElement | null }} fact
 */
export function showEvidence(panel, fact) {
  const list = fact.evidence.length
    ? el('ul', { class: 'evidence-list' }, ...fact.evidence.map(evidenceItem))
    : el('p', {}, 'No sentence in the graph states this fact.');
  panel.replaceChildren(
    el('h3', {}, fact.heading),
    el('p', { class: 'fact-detail' }, fact.detail),
    list,
    fact.action ?? '',
  );
}
