import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ProblemSchema, ShareDetailSchema, ShareSummarySchema } from "../../src/domain/api-schemas";
import { ShareRequestSchema, ShareUpdateRequestSchema } from "../../src/domain/briefing-schema";
import { openApiExamples } from "../../src/domain/openapi-examples";
import { ShareListSchema } from "../../src/domain/share-list/share-list-schema";
import { ShareStatsSchema } from "../../src/domain/share-stats";

describe("the OpenAPI document's examples", () => {
  const ex = openApiExamples("https://share.example.app");

  const cases: [string, z.ZodType, unknown][] = [
    ["create request", ShareRequestSchema, ex.createRequest],
    ["update request", ShareUpdateRequestSchema, ex.updateRequest],
    ["summary", ShareSummarySchema, ex.summary],
    ["detail", ShareDetailSchema, ex.detail],
    ["stats", ShareStatsSchema, ex.stats],
    ["share list", ShareListSchema, ex.list],
    ...Object.entries(ex.problems).map(([name, problem]): [string, z.ZodType, unknown] => [`problem ${name}`, ProblemSchema, problem]),
  ];

  it.each(cases)("the %s example passes the schema the code validates with", (_name, schema, example) => {
    const parsed = schema.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
