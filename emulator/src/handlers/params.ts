// Typed reads of request parameters, with the service's errors for missing or malformed values.
import { Errors } from '../errors';
import { asBoolean } from '../models/connectionConfig';
import type { Tag } from '../models/types';
import { readList, type Params } from '../protocol';

export function required(params: Params, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') throw Errors.missing(name);
  return value;
}

/** Empty values count as absent, as the SDK never sends unset fields. */
export function optional(params: Params, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

export function optionalBoolean(params: Params, name: string): boolean | undefined {
  return asBoolean(name, optional(params, name));
}

export function optionalInteger(params: Params, name: string, min: number, max: number): number | undefined {
  const raw = optional(params, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw Errors.illegal(name, raw);
  return value;
}

export function readTags(params: Params, prefix: 'Tags' | 'Tag'): Tag[] {
  return readList(params, prefix).map((t) => ({
    Key: typeof t.Key === 'string' ? t.Key : '',
    Value: typeof t.Value === 'string' ? t.Value : '',
  }));
}

export interface Page {
  readonly PageNumber: number;
  readonly PageSize: number;
}

export const MAX_PAGE_SIZE = 50;

export function readPage(params: Params): Page {
  return {
    PageNumber: optionalInteger(params, 'PageNumber', 1, Number.MAX_SAFE_INTEGER) ?? 1,
    PageSize: optionalInteger(params, 'PageSize', 1, MAX_PAGE_SIZE) ?? 10,
  };
}

export function paginate<T>(items: T[], page: Page): T[] {
  const start = (page.PageNumber - 1) * page.PageSize;
  return items.slice(start, start + page.PageSize);
}
