import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, parseGuide, renderGuideHtml } from '../../../src/api/pages/browser-guide.ts';

const SOURCE = `// # A made-up tour
// First line of the intro,
// second line.
//
// Another paragraph.

// ## Count things
// Explains the count.
MATCH (n)
RETURN count(n) AS nodes;

// ## Names <with> "marks"
MATCH (n) WHERE n.name < 'x' RETURN n.name;
`;

describe('the Neo4j Browser guide', () => {
  it('reads the title, the intro paragraphs and each step with its explanation and query', () => {
    expect(parseGuide(SOURCE)).toEqual({
      title: 'A made-up tour',
      intro: ['First line of the intro, second line.', 'Another paragraph.'],
      steps: [
        { title: 'Count things', text: ['Explains the count.'], query: 'MATCH (n)\nRETURN count(n) AS nodes;' },
        { title: 'Names <with> "marks"', text: [], query: "MATCH (n) WHERE n.name < 'x' RETURN n.name;" },
      ],
    });
  });

  it('refuses a step without a query, naming its line', () => {
    expect(() => parseGuide('// ## Empty step\n// only words\n\n// ## Next\nRETURN 1;\n')).toThrow(
      /:1: step "Empty step" has no query/,
    );
  });

  it('renders one slide for the intro and one per step, with the queries runnable and escaped', () => {
    const html = renderGuideHtml(parseGuide(SOURCE));
    expect(html.match(/<slide /g)).toHaveLength(3);
    expect(html).toContain('<title>A made-up tour</title>');
    expect(html).toContain('<h3>Names &lt;with&gt; &quot;marks&quot;</h3>');
    expect(html).toContain(
      `<pre mode="cypher" class="pre-scrollable code runnable">MATCH ` +
        `(n) WHERE n.name &lt; &#39;x&#39; RETURN n.name;</pre>`,
    );
  });

  it("the project's guide covers the walk the issue asks for, one query per step", async () => {
    const guide = parseGuide(await readFile(GUIDE_FILE, 'utf8'));
    expect(guide.steps.map((step) => step.title)).toEqual([
      'What the graph holds',
      "A place's partners, and where each is known from",
      'Ties between two countries',
      'The country network',
      'The chain of twinnings between two places',
      'Who met whom around a place',
      'The sentences behind a fact',
      'The most connected places',
    ]);
    for (const step of guide.steps)
      expect(step.query.trimEnd().endsWith(';') && step.query.split(';').length === 2).toBe(true);
  });
});
