// Find friends of friends
MATCH (p:Person {name: "Alice", age: 30})-[:KNOWS*1..3]->(fof:Person)
WHERE NOT (p)-[:KNOWS]->(fof) AND fof.age > 25.5 OR fof.city IN ['Paris', 'Lyon']
WITH fof, count(*) AS mutual, collect(DISTINCT fof.name) AS names
/* multi-line
   /* nested */ comment */
OPTIONAL MATCH (fof)-[r:LIVES_IN]->(c:City)
RETURN fof.name AS name, mutual, size(names), toUpper(c.name)
ORDER BY mutual DESC
SKIP 0 LIMIT 10;
CREATE INDEX ON :Person(name);
UNWIND range(1, 0x0F) AS i MERGE (n:Node {id: i}) SET n.`weird key` = 1e3, n.x = $param
CALL db.labels() YIELD label RETURN label
