import "server-only";
import { db, type Db } from "./client";

// A query a request repeats, built by Drizzle and compiled by SQLite once per connection
// instead of on every call (Drizzle's SQL building and SQLite's parsing were about a tenth
// of an inquiry's CPU: bench/README.md). Per connection, because the tests and the
// bench open their own. Values go in through `sql.placeholder()`. In a condition a
// placeholder skips the column's own conversion (pass a time as epoch milliseconds); in
// inserted values it does not (pass the Date).
export function preparedPerConnection<Q>(build: (database: Db) => Q): () => Q {
  const made = new WeakMap<Db, Q>();
  return () => {
    const database = db();
    let query = made.get(database);
    if (!query) {
      query = build(database);
      made.set(database, query);
    }
    return query;
  };
}
