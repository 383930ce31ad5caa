import { parse } from 'yaml';
import type { z } from 'zod';
import { ContentError, describeIssues } from './errors';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a content file into validated metadata and its Markdown/MDX body. */
export function parseFrontmatter<S extends z.ZodType>(source: string, schema: S, file: string): { meta: z.output<S>; body: string } {
  const match = FENCE.exec(source);
  if (!match) throw new ContentError(file, ['no metadata block: the file must start with --- YAML --- lines']);
  let raw: unknown;
  try {
    raw = parse(match[1] ?? '');
  } catch (error) {
    throw new ContentError(file, [`metadata is not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
  return { meta: result.data, body: source.slice(match[0].length) };
}

/** Parses and validates a whole YAML data file. */
export function parseYamlFile<S extends z.ZodType>(source: string, schema: S, file: string): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
  return result.data;
}
