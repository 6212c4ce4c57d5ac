-- Daily page views by country
SET hivevar:run_date=2024-03-05;
CREATE EXTERNAL TABLE IF NOT EXISTS page_views (
  user_id BIGINT,
  url STRING,
  tags ARRAY<STRING>,
  props MAP<STRING, STRING>,
  ts TIMESTAMP
)
PARTITIONED BY (dt STRING)
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t'
STORED AS ORC
LOCATION "/data/${hivevar:env}/page_views";

/* aggregate
   per country */
INSERT OVERWRITE TABLE daily_views PARTITION (dt = '${hivevar:run_date}')
SELECT country, COUNT(DISTINCT user_id) AS users, `weird col`
FROM page_views LATERAL VIEW explode(tags) t AS tag
WHERE dt = "${hivevar:run_date}" AND url RLIKE '^https?://'
GROUP BY country
HAVING users > 100
SORT BY users DESC LIMIT 10;
