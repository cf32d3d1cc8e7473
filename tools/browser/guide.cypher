// # The sister-city graph, a guided walk
// Places, their ties (sister cities, friendship ties, twin towns), the officials who meet, and for every fact the
// sentence and document that state it. Each step below is a query: click it, then run it.
//
// The names are those of the seed article (Shizuoka Prefecture, Zhejiang Province, China and Japan); change them to
// walk through any other part of the graph.

// ## What the graph holds
// How many nodes of each kind there are. Ties, meetings, offices and figures are nodes too, so that each can point at
// the sentences that state it.
MATCH (node)
RETURN labels(node)[0] AS label, count(*) AS nodes
ORDER BY nodes DESC;

// ## A place's partners, and where each is known from
// The places tied to Shizuoka Prefecture, the tie between them (its kind and start year), and the sentence and
// document each tie comes from.
MATCH (place:Place {name: 'Shizuoka Prefecture'})-[:PARTY_TO]->(tie:Partnership)<-[:PARTY_TO]-(partner)
OPTIONAL MATCH (tie)-[:EVIDENCED_BY]->(sentence:Sentence)-[:IN]->(document:Document)
RETURN place, tie, partner, sentence, document;

// ## Ties between two countries
// Every tie with one end in China and the other in Japan, oldest first.
MATCH (:Country {code: 'CN'})<-[:IN_COUNTRY]-(chinese:Place)-[:PARTY_TO]->(tie:Partnership)
MATCH (tie)<-[:PARTY_TO]-(japanese:Place)-[:IN_COUNTRY]->(:Country {code: 'JP'})
RETURN chinese.name AS in_china, japanese.name AS in_japan, tie.kind AS kind, tie.since AS since
ORDER BY since, in_china;

// ## The country network
// How many ties link places of two countries, kept on one relationship per pair (a loop for ties within a country):
// the pairs with most ties first.
MATCH (a:Country)-[pair:TIES_WITH]->(b:Country)
RETURN a.name AS country, b.name AS other, pair.ties AS ties
ORDER BY ties DESC, country, other
LIMIT 20;

// ## The chain of twinnings between two places
// The shortest chain of ties from one place to another, up to 8 ties, over TIED_TO: one edge per tie, straight from
// place to place (each carries the id, kind and start year of the Partnership node that holds its evidence). It
// follows ties only, never a shared country.
MATCH chain = SHORTEST 1 (:Place {name: 'Shizuoka Prefecture'})-[:TIED_TO]-{1,8}(:Place {name: 'Zhejiang Province'})
RETURN chain;

// ## Who met whom around a place
// Meetings held in Shizuoka Prefecture or in a place within it: when, who, and where exactly.
MATCH (around:Place {name: 'Shizuoka Prefecture'})
MATCH (meeting:Meeting)-[:HELD_IN]->(venue:Place)
WHERE venue = around OR (venue)-[:WITHIN*1..3]->(around)
MATCH (one:Person)-[:ATTENDED]->(meeting)<-[:ATTENDED]-(other:Person)
WHERE one.id < other.id
RETURN meeting.date AS date, one.name AS person, other.name AS met, venue.name AS held_in
ORDER BY date;

// ## The sentences behind a fact
// What states the tie between Shizuoka Prefecture and Zhejiang Province: each sentence, where it is in its document,
// and how sure extraction was. Any fact node (a Meeting, an Office, a CountryFigure) has the same EVIDENCED_BY links.
MATCH (:Place {name: 'Shizuoka Prefecture'})-[:PARTY_TO]->(tie:Partnership)<-[:PARTY_TO]-(:Place {name: 'Zhejiang Province'})
MATCH (tie)-[evidence:EVIDENCED_BY]->(sentence:Sentence)-[:IN]->(document:Document)
RETURN tie.name AS fact, sentence.text AS sentence, sentence.start AS offset, document.title AS document,
       document.date AS date, evidence.confidence AS confidence;

// ## The most connected places
// Places by their number of ties.
MATCH (place:Place)-[tie:TIED_TO]-(:Place)
RETURN place.name AS place, place.countryCode AS country, count(tie) AS ties
ORDER BY ties DESC, place
LIMIT 10;
