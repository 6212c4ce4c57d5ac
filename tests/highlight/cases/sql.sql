-- Create the users table
CREATE TABLE IF NOT EXISTS geonetwork.users (
  id SERIAL PRIMARY KEY,
  login VARCHAR(64) NOT NULL UNIQUE,
  "display name" text,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

/* a /* nested */ comment */
INSERT INTO users (login, `display name`) VALUES ('jdoe', 'John O''Brien'), ('a\'b', "x");
SELECT u.login, COUNT(*) AS n
  FROM users u LEFT JOIN orgs o ON o.id = u.org_id
 WHERE u.created_at >= '2024-01-01' AND u.login LIKE 'j%'
 GROUP BY u.login HAVING COUNT(*) > 1
 ORDER BY n DESC LIMIT 10;
update users set login = lower(login) where id in (1, 2, 3);
DROP INDEX idx_users_login;
