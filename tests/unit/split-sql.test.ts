import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "../../src/storage/d1/split-sql";

describe("splitSqlStatements", () => {
  it.each([
    ["one statement without a final semicolon", "SELECT 1", ["SELECT 1"]],
    ["two statements", "CREATE TABLE a (x);\nCREATE TABLE b (y);\n", ["CREATE TABLE a (x)", "CREATE TABLE b (y)"]],
    ["line comments dropped", "-- a; b\nSELECT 1; -- c;\n", ["SELECT 1"]],
    ["block comments dropped", "/* a; b */SELECT 1;/* ; */", ["SELECT 1"]],
    ["semicolons in quotes", "INSERT INTO a VALUES (';', \"b;\", 'it''s; fine');", ["INSERT INTO a VALUES (';', \"b;\", 'it''s; fine')"]],
    ["comment markers in quotes", "INSERT INTO a VALUES ('--x', '/*y*/');", ["INSERT INTO a VALUES ('--x', '/*y*/')"]],
    ["empty pieces dropped", ";;  ;\n", []],
    [
      "a trigger body stays whole",
      "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END;\nSELECT 1;",
      ["CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END", "SELECT 1"],
    ],
    ["BEGIN outside a trigger does not nest", "BEGIN TRANSACTION; SELECT 1;", ["BEGIN TRANSACTION", "SELECT 1"]],
  ])("%s", (_name, sql, expected) => {
    expect(splitSqlStatements(sql)).toEqual(expected);
  });
});
