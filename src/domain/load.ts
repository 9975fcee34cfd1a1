/**
 * Loading data is an edge: input may be malformed. Loaders never throw on bad features; they
 * return what was valid plus a list of issues, each with a message key the UI translates.
 */
import type { z } from 'zod/mini';
import { FeatureCollectionShell } from './schema.ts';

export type LoadIssue = {
  /** Which file or import the issue is in, e.g. `sites.geojson`. */
  file: string;
  /** Feature index in the collection, or -1 for the file as a whole. */
  index: number;
  /** The feature id where one could be read. */
  featureId?: string;
  /** i18n key of the message, e.g. `data.issue.invalidFeature`. */
  key: 'data.issue.notCollection' | 'data.issue.invalidFeature' | 'data.issue.duplicateId';
  /** Technical detail: the failing field paths and reasons (zod's messages, in English). */
  detail: string;
};

export type Loaded<T> = { value: T[]; issues: LoadIssue[] };

function readId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const props = (raw as { properties?: unknown }).properties;
  const id = typeof props === 'object' && props !== null ? (props as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.join('.') || '(feature)'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates each feature of a GeoJSON FeatureCollection against `schema`.
 * @example loadFeatures(json, SiteFeature, 'sites.geojson') // { value: [...], issues: [] }
 */
export function loadFeatures<S extends z.ZodMiniType<{ properties: { id: string } }>>(
  raw: unknown,
  schema: S,
  file: string,
): Loaded<z.infer<S>> {
  const shell = FeatureCollectionShell.safeParse(raw);
  if (!shell.success) {
    return {
      value: [],
      issues: [{ file, index: -1, key: 'data.issue.notCollection', detail: describe(shell.error) }],
    };
  }
  const value: z.infer<S>[] = [];
  const issues: LoadIssue[] = [];
  const seen = new Set<string>();
  shell.data.features.forEach((feature, index) => {
    const featureId = readId(feature);
    const parsed = schema.safeParse(feature);
    if (!parsed.success) {
      issues.push({ file, index, featureId, key: 'data.issue.invalidFeature', detail: describe(parsed.error) });
      return;
    }
    const id = parsed.data.properties.id;
    if (seen.has(id)) {
      issues.push({ file, index, featureId: id, key: 'data.issue.duplicateId', detail: `id "${id}" repeats` });
      return;
    }
    seen.add(id);
    value.push(parsed.data);
  });
  return { value, issues };
}
